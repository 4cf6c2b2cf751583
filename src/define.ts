import { VERSION } from './version.js';

const VERSIONS = Symbol.for('nhs-careers-widgets.versions');
const WARNED = Symbol.for('nhs-careers-widgets.version-warning');

interface PageRegistry {
  /** Which version of this library defined each tag on the page. */
  [VERSIONS]?: Record<string, string>;
  [WARNED]?: boolean;
}

const page = globalThis as typeof globalThis & PageRegistry;

function warnOnce(message: string): void {
  if (page[WARNED]) return;
  page[WARNED] = true;
  console.warn(message);
}

/**
 * Registers `tag` unless the page already has it. Pages often end up with two copies of the
 * library (a CMS block and a template each add the script): the same version is silent, another
 * version or another script's element warns once per page, and nothing ever throws.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  const versions = (page[VERSIONS] ??= {});
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    const theirs = versions[tag];
    if (theirs === VERSION) return;
    warnOnce(
      `nhs-careers-widgets ${VERSION}: <${tag}> is already defined by ${
        theirs ? `nhs-careers-widgets ${theirs}` : 'another script'
      }; the page keeps that one.`,
    );
    return;
  }
  try {
    customElements.define(tag, element);
    versions[tag] = VERSION;
  } catch (error) {
    // e.g. the class was already registered under a custom tag name by the page.
    warnOnce(`nhs-careers-widgets ${VERSION}: <${tag}> could not be defined: ${String(error)}`);
  }
}
