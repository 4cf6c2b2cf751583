import { defineConfig } from 'vite';
import { serveDefaultCatalogueInDev } from '../vite.config.js';

/** Storybook's (and the story tests') Vite config: the library's dev server plugin only. */
export default defineConfig({
  plugins: [serveDefaultCatalogueInDev()],
});
