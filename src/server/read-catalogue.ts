import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TIMEOUT_MS } from '../data/loader.js';
import { parseCatalogueJson } from './catalogue-json.js';
import { InputError } from './input-error.js';

const isWebAddress = (source: string): boolean => /^https?:\/\//i.test(source);

/** What went wrong reaching a URL, in words: "connect ECONNREFUSED 127.0.0.1:9", say. */
function networkReason(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return `no answer within ${DEFAULT_TIMEOUT_MS / 1000} s`;
  }
  const cause = error instanceof Error ? (error.cause as { message?: string } | undefined) : null;
  return cause?.message ?? String(error);
}

async function fetchText(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(DEFAULT_TIMEOUT_MS) });
  } catch (error) {
    throw new InputError(`Could not reach ${url} (${networkReason(error)}).`);
  }
  if (!response.ok)
    throw new InputError(`${url} answered HTTP ${response.status}, not a catalogue.`);
  return response.text();
}

async function readText(source: string): Promise<string> {
  const path = source.startsWith('file:') ? fileURLToPath(source) : source;
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`There is no file at ${path}.`);
    if (code === 'EISDIR') throw new InputError(`${path} is a folder, not a catalogue file.`);
    throw new InputError(`Could not read ${path} (${(error as Error).message}).`);
  }
}

/**
 * Reads a catalogue's JSON from a file path, a `file:` URL or an http(s) URL. Anything that
 * keeps it from being read or parsed is an InputError saying which source and why.
 */
export async function readCatalogue(source: string): Promise<unknown> {
  const text = isWebAddress(source) ? await fetchText(source) : await readText(source);
  return parseCatalogueJson(text, source);
}
