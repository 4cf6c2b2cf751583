// The benchmark's pages on loopback: each kind of page made on request (`/page?kind=…`), the
// floor compiled for the browser, the big catalogues, the slow-catalogue page, and the built
// files, the catalogues and the examples.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import ts from 'typescript';
import { sendFile } from '../scripts/static-files.mjs';
import { serverRenderedPage } from './first-paint.mjs';
import { slowCataloguePage } from './goals.mjs';
import { BIG_CATALOGUES, finderPage, floorPage, staticPage, widgetPage } from './pages.mjs';

/** @type {Record<string, (n: number, data: string | null) => string>} */
const KINDS = {
  static: staticPage,
  floor: floorPage,
  widgets: widgetPage,
  server: serverRenderedPage,
  finder: finderPage,
};
/** The floor, compiled for the browser once. */
const floorModule = ts.transpileModule(await readFile('bench/floor-card.ts', 'utf8'), {
  compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
}).outputText;

/** Starts the server on a free loopback port. */
export async function startBenchServer() {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/page') {
      const kind = String(url.searchParams.get('kind'));
      const html = /** @type {NonNullable<(typeof KINDS)[string]>} */ (KINDS[kind])(
        Number(url.searchParams.get('n')),
        url.searchParams.get('data'),
      );
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
