/**
 * The default catalogue ships beside the module (`dist/cdn/data/…`, `dist/data/…`) and is found
 * from the module's own URL at run time. The path lives in a constant because Vite inlines a
 * literal `new URL('./x.json', import.meta.url)` into the bundle as a `data:` URL.
 */
const DEFAULT_CATALOGUE_PATH = './data/nhs-careers.json';

let defaultUrl: string | undefined;

/** Worked out once, on first use: every widget without a source asks for it on each update. */
export const defaultCatalogueUrl = (): string =>
  (defaultUrl ??= new URL(/* @vite-ignore */ DEFAULT_CATALOGUE_PATH, import.meta.url).href);
