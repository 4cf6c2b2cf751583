import { DocsCataloguePreview } from './catalogue-preview.js';

if (!customElements.get('docs-catalogue-preview')) {
  customElements.define('docs-catalogue-preview', DocsCataloguePreview);
}

declare global {
  interface HTMLElementTagNameMap {
    'docs-catalogue-preview': DocsCataloguePreview;
  }
}
