import { readFileSync } from 'node:fs';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify } from 'terser';
import { defineConfig, type Plugin } from 'vite';
import { COMPILE_HINT } from './scripts/compile-hint.mjs';

/** The default catalogue first; the informatics roles alone are for pages that name them. */
const CATALOGUES = ['data/nhs-careers.json', 'data/health-informatics.json'];
const DEFAULT_CATALOGUE = CATALOGUES[0]!;

/**
 * Writes the catalogues beside the built modules (`<outDir>/data/…`), where they look for the
 * default at run time through `import.meta.url`. Minified: every page without its own `src`
 * downloads the default, and indentation is a quarter of its raw bytes (4% after brotli).
 */
function cataloguesBesideBundle(): Plugin {
  return {
    name: 'hc-catalogues',
    generateBundle() {
      for (const fileName of CATALOGUES) {
        const source = JSON.stringify(JSON.parse(readFileSync(fileName, 'utf8')));
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
  };
}

/**
 * Minifies the CSS in `css` templates and the white space in `html` templates of our own
 * modules (the bench's Lit reference too, so that it is built as the widgets are): comments and
 * indentation would otherwise ship to every page.
 */
function minifyTemplateLiterals(): Plugin {
  return {
    name: 'hc-minify-template-literals',
    apply: 'build',
    async transform(code, id) {
      if (!/\/(src|bench)\/.*\.ts$/.test(id)) return null;
      // Only modules with such templates: minify-literals warns about any other that merely
      // names unsafeCSS (src/styles/colours.ts builds its declarations in code).
      if (!/\b(?:css|html)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result && { code: result.code, map: result.map };
    },
  };
}

/**
 * Terser over Rolldown's minified CDN bundle: three compress passes take another 0.34 kB (1.7%)
 * off its brotli size, and every page that embeds the widgets downloads this file.
 */
function terserForCdn(): Plugin {
  return {
    name: 'hc-terser-cdn',
    apply: 'build',
    // After Rolldown's own minifier (which also shortens private names), carrying its source map.
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const mapAsset = bundle[`${chunk.fileName}.map`];
        const inputMap = mapAsset?.type === 'asset' ? String(mapAsset.source) : undefined;
        const [code = '', mapComment = ''] = chunk.code.split(/(?=\n\/\/# sourceMappingURL=)/);
        const result = await minify(code, {
          module: true,
          ecma: 2022,
          compress: { passes: 3 },
          // A page of cards calls most of this file on load: without the hint the first card
          // paid about 5 ms of main-thread compiling on the bench machine. As a preamble, the
          // source map still fits.
          format: { preamble: COMPILE_HINT },
          sourceMap: inputMap ? { content: inputMap } : false,
        });
        chunk.code = `${result.code ?? code}${mapComment}`;
        if (mapAsset?.type === 'asset' && typeof result.map === 'string') {
          mapAsset.source = result.map;
        }
      }
    },
  };
}

const ELEMENTS = [
  'careers-data',
  'role-card',
  'requirements-list',
  'skills-checklist',
  'feedback-form',
  'role-finder',
];

/**
 * In the npm build every module keeps its own file, so `src/data/default-catalogue.ts` becomes
 * `dist/data/default-catalogue.js`, already beside `dist/data/nhs-careers.json`.
 */
function defaultCataloguePathForNpm(): Plugin {
  return {
    name: 'hc-default-catalogue-path',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('/src/data/default-catalogue.ts')) return null;
      const replaced = code.replace(/(['"])\.\/data\/nhs-careers\.json\1/, '"./nhs-careers.json"');
      if (replaced === code) throw new Error(`${id}: the default catalogue's path was not found.`);
      // Same lines, one string shorter: the mappings stay close enough for a debugger.
      return { code: replaced, map: null };
    },
  };
}

/** npm entry points: `index` and `<element>` register elements; `classes` only exports. */
const npmEntries: Record<string, string> = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  ...Object.fromEntries(ELEMENTS.map((name) => [name, `src/${name}.ts`])),
  // Node only: `nhs-careers-widgets/server` and the `hc-widgets` command behind bin/.
  server: 'src/server.ts',
  'server/cli': 'src/server/cli.ts',
  // The spreadsheet core whole, which the command line loads in parts: for the Node tests, not
  // a package export.
  'spreadsheet/index': 'src/spreadsheet/index.ts',
};

/**
 * Library builds from one config:
 * - `vite build` (mode `production`): npm entry points with Lit and other dependencies external;
 * - `vite build --mode cdn`: `dist/cdn/hc-widgets.js`, one minified module with everything in;
 * - `vite build --mode bench:<name>`: the bench's `bench/<name>.ts` as `dist/bench/<name>.js`,
 *   one module minified as the CDN bundle is (the bench server builds its Lit references so).
 * In development (`vite`), the default catalogue is served where the source modules look for it.
 */
export default defineConfig(({ mode }) => {
  const reference = /^bench:([a-z-]+)$/.exec(mode)?.[1];
  // The CDN bundle and a bench reference are each one minified module with everything in.
  const oneModule = mode === 'cdn' || reference !== undefined;
  const { outDir, entry } = reference
    ? { outDir: 'dist/bench', entry: { [reference]: `bench/${reference}.ts` } }
    : mode === 'cdn'
      ? { outDir: 'dist/cdn', entry: { 'hc-widgets': 'src/cdn.ts' } }
      : { outDir: 'dist', entry: npmEntries };
  return {
    plugins: [
      ...(oneModule ? [terserForCdn()] : [defaultCataloguePathForNpm()]),
      minifyTemplateLiterals(),
      cataloguesBesideBundle(),
      serveDefaultCatalogueInDev(),
    ],
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      lib: {
        entry,
        formats: ['es'],
      },
      rolldownOptions: {
        // Terser takes a few seconds on purpose; no timing warning for it.
        checks: { pluginTimings: false },
        // The spreadsheet libraries are the command line's, loaded by `export` and `import` alone.
        external: oneModule
          ? []
          : [
              /^lit($|\/)/,
              /^@lit(-labs)?\//,
              /^valibot$/,
              /^node:/,
              /^exceljs$/,
              /^csv-(parse|stringify)\//,
            ],
        output: {
          minify: oneModule,
          entryFileNames: '[name].js',
          // npm: one file per source module, so that each element's define file is a file of its
          // own and package.json's `sideEffects` can name exactly the files that register.
          ...(oneModule ? {} : { preserveModules: true, preserveModulesRoot: 'src' }),
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
        if (request.url?.split('?')[0]?.endsWith(`/${DEFAULT_CATALOGUE}`)) {
          request.url = `/${DEFAULT_CATALOGUE}`;
        }
        next();
      });
    },
  };
}
