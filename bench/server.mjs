// The benchmark's pages on loopback: each kind of page made on request (`/page?kind=…`), the
// floor compiled for the browser and the Lit references built, the big catalogues, the
// slow-catalogue page, and the built files, the catalogues and the examples.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { resolve, sep } from 'node:path';
import ts from 'typescript';
import { build } from 'vite';
import { sendFile, sendPath } from '../scripts/static-files.mjs';
import { serverRenderedPage } from './first-paint.mjs';
import { slowCataloguePage } from './goals.mjs';
import {
  BIG_CATALOGUES,
  REFERENCE_CARDS,
  finderPage,
  referencePage,
  staticPage,
  widgetPage,
} from './pages.mjs';

/** @type {Record<string, (n: number, data: string | null) => string>} */
const KINDS = {
  static: staticPage,
  ...Object.fromEntries(
    Object.keys(REFERENCE_CARDS).map((kind) => [
      kind,
      (/** @type {number} */ n, /** @type {string | null} */ data) =>
        referencePage(/** @type {keyof REFERENCE_CARDS} */ (kind), n, data),
    ]),
  ),
  widgets: widgetPage,
  server: serverRenderedPage,
  finder: finderPage,
};
/**
 * The references served from dist/bench/ (the Lit cards), built as the CDN bundle is
 * (`vite build --mode bench:<name>`), once for each process that serves the pages.
 */
async function buildLitReferences() {
  for (const { module } of Object.values(REFERENCE_CARDS)) {
    const name = /^\/dist\/bench\/([a-z-]+)\.js$/.exec(module)?.[1];
    if (name) await build({ mode: `bench:${name}`, logLevel: 'warn' });
  }
}
/** @type {Promise<void> | undefined} */
let litReferencesBuilt;

/** The floor, compiled for the browser once. */
const floorModule = ts.transpileModule(await readFile('bench/floor-card.ts', 'utf8'), {
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
}).outputText;

/**
 * A file of one of the compared builds: `/bundles/<name>/<file>` from the folder named `name`.
 * @param {import('node:http').ServerResponse} response
 * @param {string} pathname
 * @param {Record<string, string>} bundles
 */
async function sendBundleFile(response, pathname, bundles) {
  const [, name = '', ...rest] = pathname.slice(1).split('/');
  const folder = bundles[name];
  if (!folder) return false;
  const root = resolve(folder);
  const file = resolve(root, rest.join('/'));
  if (!file.startsWith(root + sep)) return false;
  return sendPath(response, file);
}

/**
 * Starts the server on a free loopback port. `bundles` names folders of other CDN builds
 * (`hc-widgets.js` and its `data/`), served at `/bundles/<name>/` and used by
 * `/page?kind=widgets&bundle=<name>`.
 * @param {{ bundles?: Record<string, string> }} [options]
 */
export async function startBenchServer({ bundles = {} } = {}) {
  await (litReferencesBuilt ??= buildLitReferences());
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/page') {
      const kind = String(url.searchParams.get('kind'));
      const n = Number(url.searchParams.get('n'));
      const data = url.searchParams.get('data');
      const bundle = url.searchParams.get('bundle');
      const html = bundle
        ? widgetPage(n, data, `/bundles/${bundle}/hc-widgets.js`)
        : /** @type {NonNullable<(typeof KINDS)[string]>} */ (KINDS[kind])(n, data);
      response.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
      });
      response.end(html);
      return;
    }
    if (url.pathname === '/bench/floor-card.js') {
      response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      response.end(floorModule);
      return;
    }
    const big = /^\/bench\/roles-(\d+)\.json$/.exec(url.pathname);
    const catalogue = big && BIG_CATALOGUES[String(big[1])];
    if (catalogue) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(catalogue));
      return;
    }
    if (
      url.pathname.startsWith('/bundles/') &&
      (await sendBundleFile(response, url.pathname, bundles))
    ) {
      return;
    }
    if (url.pathname === '/slow') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(slowCataloguePage(url.searchParams.has('reserve')));
      return;
    }
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    if (!(await sendFile(response, url.pathname, ['dist', 'data', 'examples']))) {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { server, origin: `http://127.0.0.1:${port}` };
}
