import { DocsCataloguePreview } from './catalogue-preview.js';

/**
 * Registers `<docs-catalogue-preview>`. A function the stories call, not an import for its side
 * effect: package.json's `sideEffects` does not list this file, so a build would drop that.
 */
export function defineCataloguePreview(): void {
  if (!customElements.get('docs-catalogue-preview')) {
    customElements.define('docs-catalogue-preview', DocsCataloguePreview);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'docs-catalogue-preview': DocsCataloguePreview;
  }
}
