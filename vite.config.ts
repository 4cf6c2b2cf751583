import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';

const CATALOGUE = 'data/health-informatics.json';

/**
 * Writes the default catalogue beside the built modules (`<outDir>/data/…`), where they look for
 * it at run time through `import.meta.url`.
 */
function defaultCatalogueBesideBundle(): Plugin {
  return {
    name: 'hc-default-catalogue',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: CATALOGUE, source: readFileSync(CATALOGUE) });
    },
  };
}

/**
 * Minifies the CSS in `css` templates and the white space in `html` templates of our own
 * modules: comments and indentation would otherwise ship to every page.
 */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'hc-minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result && { code: result.code, map: result.map };
    },
  };
}

/** npm entry points: `dist/<name>.js`, one per element plus `index`. */
const npmEntries = {
  index: 'src/index.ts',
  'careers-data': 'src/careers-data.ts',
  'role-card': 'src/role-card.ts',
  'requirements-list': 'src/requirements-list.ts',
  'skills-checklist': 'src/skills-checklist.ts',
  'feedback-form': 'src/feedback-form.ts',
};

/**
 * Two library builds from one config:
 * - `vite build` (mode `production`): npm entry points with Lit and other dependencies external;
 * - `vite build --mode cdn`: `dist/cdn/hc-widgets.js`, one minified module with everything in.
 * In development (`vite`), the default catalogue is served where the source modules look for it.
 */
export default defineConfig(({ mode }) => {
  const cdn = mode === 'cdn';
  return {
    plugins: [
      minifyTemplateLiterals(),
      defaultCatalogueBesideBundle(),
      serveDefaultCatalogueInDev(),
    ],
    build: {
      outDir: cdn ? 'dist/cdn' : 'dist',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry: cdn ? { 'hc-widgets': 'src/cdn.ts' } : npmEntries,
        formats: ['es'],
      },
      rolldownOptions: {
        external: cdn ? [] : [/^lit($|\/)/, /^@lit\//, /^valibot$/],
        output: {
          minify: cdn,
          entryFileNames: '[name].js',
          // Shared chunks sit beside the entries so `./data/…` resolves the same from each.
          chunkFileNames: 'shared-[hash].js',
        },
      },
    },
  };
});

/** `vite` serves source modules from `/src/data/`, so the catalogue is asked for there. */
export function serveDefaultCatalogueInDev(): Plugin {
  return {
    name: 'hc-default-catalogue-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url?.split('?')[0]?.endsWith(`/${CATALOGUE}`)) request.url = `/${CATALOGUE}`;
        next();
      });
    },
  };
}
