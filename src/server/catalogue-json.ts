import { InputError } from './input-error.js';

/**
 * A catalogue file's text as JSON, or an InputError naming `source` and what JSON.parse found.
 * Platform-neutral, like `validate.ts`: `hc-widgets` and the Storybook preview both use it.
 */
export function parseCatalogueJson(text: string, source: string): unknown {
  try {
    // Editors on Windows often save with a byte-order mark; fetch() drops it, readFile does not.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new InputError(`${source} is not valid JSON (${(error as Error).message}).`);
  }
}
