// `npm run bench` (after the build): role cards against static HTML and a bare custom element,
// in headless Chromium, on this machine's loopback only. Prints a table and writes
// bench/results.json. Not part of `npm test`: timings belong in figures, not in assertions.
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { firstPaint, serverRenderedPage } from './first-paint.mjs';
import { barePage, staticPage, widgetPage } from './pages.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const COUNTS = [1, 10, 100];
const KINDS = {
  static: staticPage,
  bare: barePage,
  widgets: widgetPage,
  server: serverRenderedPage,
};
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/page') {
    const kind = url.searchParams.get('kind');
    const html = KINDS[kind](Number(url.searchParams.get('n')), url.searchParams.get('data'));
    response.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
    });
    response.end(html);
    return;
  }
  const file = normalize(join('.', url.pathname));
  if (!/^(dist|data)[/\\]/.test(file)) return response.writeHead(404).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'text/plain' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: chromiumPath,
  headless: true,
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
});

/** One cold navigation (a fresh browser context: no cache), measured in the page. */
async function measure(kind, n, data) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.evaluateOnNewDocument(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}/page?kind=${kind}&n=${n}&data=${data}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready !== undefined, { timeout: 30_000 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const result = await page.evaluate(() => ({
    ready: window.__ready,
    requests: performance.getEntriesByType('resource').length + 1,
    cls: window.__cls,
  }));
  const { JSHeapUsedSize } = await page.metrics();
  await context.close();
  return { ...result, heap: JSHeapUsedSize };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = [];
for (const data of ['fetched', 'inline']) {
  for (const n of COUNTS) {
    const runs = { static: [], bare: [], widgets: [] };
    for (let run = 0; run < RUNS; run += 1) {
      // Alternate the order so that no kind always goes first on a warm machine.
      const order = run % 2 ? ['widgets', 'bare', 'static'] : ['static', 'bare', 'widgets'];
      for (const kind of order) runs[kind].push(await measure(kind, n, data));
    }
    const ratios = runs.widgets.map((w, index) => w.ready / runs.bare[index].ready);
    const row = { data, cards: n, runs: RUNS };
    for (const kind of Object.keys(runs)) {
      row[kind] = {
        readyMs: median(runs[kind].map((r) => r.ready)),
        requests: median(runs[kind].map((r) => r.requests)),
        heapMB: median(runs[kind].map((r) => r.heap)) / 1e6,
        cls: Math.max(...runs[kind].map((r) => r.cls)),
      };
    }
    row.widgetsOverBare = median(ratios);
    row.widgetsOverStatic = row.widgets.readyMs / row.static.readyMs;
    results.push(row);
  }
}

await firstPaint(browser, origin, RUNS);

await browser.close();
server.close();

const fixed = (value, digits = 1) => value.toFixed(digits).padStart(8);
console.log(`\nnavigation to ready, median of ${RUNS} cold runs each (ms); ratios pair by pair\n`);
console.log(
  'data     cards   static     bare  widgets  w/bare  w/static  requests(s/b/w)  heap MB(w)  CLS(w)',
);
for (const row of results) {
  console.log(
    `${row.data.padEnd(8)} ${String(row.cards).padStart(5)} ${fixed(row.static.readyMs)} ${fixed(row.bare.readyMs)} ${fixed(row.widgets.readyMs)} ${fixed(row.widgetsOverBare, 2)} ${fixed(row.widgetsOverStatic, 2)}  ${`${row.static.requests}/${row.bare.requests}/${row.widgets.requests}`.padStart(15)} ${fixed(row.widgets.heapMB, 2)}  ${row.widgets.cls.toFixed(3)}`,
  );
}
await writeFile(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results }, null, 2)}\n`,
);
console.log('\nwrote bench/results.json');
