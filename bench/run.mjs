// `npm run bench` (after the build): role cards against static HTML and a bare custom element,
// in headless Chromium, on this machine's loopback only. Prints a table and writes
// bench/results.json. Not part of `npm test`: timings belong in figures, not in assertions.
import { createServer } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { launchChromium } from '../scripts/chromium.mjs';
import { sendFile } from '../scripts/static-files.mjs';
import {
  SLOW_CATALOGUE_MS,
  countLayoutShift,
  lighthouseScores,
  slowCataloguePage,
  slowCatalogueShift,
} from './goals.mjs';
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
const EXAMPLES = ['nhs-trust-vacancy', 'university-careers'];

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
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launchChromium(['--enable-precise-memory-info']);

/** One cold navigation (a fresh browser context: no cache), measured in the page. */
async function measure(kind, n, data) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await countLayoutShift(page);
  await page.goto(`${origin}/page?kind=${kind}&n=${n}&data=${data}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready !== undefined, { timeout: 30_000 });
  await new Promise((resolve) => setTimeout(resolve, 50));
  const result = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    return {
      ready: window.__ready,
      requests: resources.length + 1,
      catalogueRequests: resources.filter((entry) => entry.name.endsWith('.json')).length,
      cls: window.__cls,
    };
  });
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
        catalogueRequests: Math.max(...runs[kind].map((r) => r.catalogueRequests)),
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

// Worst of three: one lucky run must not hide a shift. Without and with the page's own CSS
// reserving room (README: "Avoiding layout shift").
const slowShift = { bare: 0, reserved: 0 };
for (let run = 0; run < 3; run += 1) {
  slowShift.bare = Math.max(slowShift.bare, await slowCatalogueShift(browser, origin, false));
  slowShift.reserved = Math.max(
    slowShift.reserved,
    await slowCatalogueShift(browser, origin, true),
  );
}
const lighthouse = {};
for (const name of EXAMPLES) {
  lighthouse[name] = await lighthouseScores(browser, `${origin}/examples/${name}.html`);
}

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
const hundredFetched = results.find((row) => row.data === 'fetched' && row.cards === 100);
const fetchedWidgets = results.filter((row) => row.data === 'fetched');
const goals = [
  {
    goal: '100 role cards ready within 1.10x the bare custom element (median of pair ratios)',
    figure: hundredFetched.widgetsOverBare,
    met: hundredFetched.widgetsOverBare <= 1.1,
  },
  {
    goal: 'exactly one request per catalogue URL per page (1, 10 and 100 cards, fetched)',
    figure: Math.max(...fetchedWidgets.map((row) => row.widgets.catalogueRequests)),
    met: fetchedWidgets.every((row) => row.widgets.catalogueRequests === 1),
  },
  {
    goal: `cumulative layout shift <= 0.05 while a ${SLOW_CATALOGUE_MS / 1000} s catalogue loads, page reserving room (worst of 3)`,
    figure: slowShift.reserved,
    met: slowShift.reserved <= 0.05,
  },
  {
    goal: `the same with no room reserved by the page (widgets' 6rem loading height only)`,
    figure: slowShift.bare,
    met: slowShift.bare <= 0.05,
  },
  ...EXAMPLES.flatMap((name) => [
    {
      goal: `Lighthouse performance >= 0.98 on examples/${name}.html`,
      figure: lighthouse[name].performance,
      met: lighthouse[name].performance >= 0.98,
    },
    {
      goal: `Lighthouse accessibility = 1.0 on examples/${name}.html`,
      figure: lighthouse[name].accessibility,
      met: lighthouse[name].accessibility === 1,
    },
  ]),
];
console.log('\ngoals');
for (const { goal, figure, met } of goals) {
  console.log(
    `  ${met ? 'met    ' : 'NOT MET'}  ${String(+figure.toFixed(3)).padStart(6)}  ${goal}`,
  );
}
for (const name of EXAMPLES) {
  const scores = lighthouse[name];
  console.log(
    `  lighthouse ${name}: FCP ${scores.firstContentfulPaintMs.toFixed(0)} ms, LCP ${scores.largestContentfulPaintMs.toFixed(0)} ms, TBT ${scores.totalBlockingTimeMs.toFixed(0)} ms, CLS ${scores.cumulativeLayoutShift.toFixed(3)}${scores.failedAccessibilityAudits.length ? `; failed: ${scores.failedAccessibilityAudits.join(', ')}` : ''}`,
  );
}

await writeFile(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, results, slowCatalogueShift: slowShift, lighthouse, goals }, null, 2)}\n`,
);
console.log('\nwrote bench/results.json');
