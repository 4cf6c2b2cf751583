// First contentful paint of 100 role cards: rendered on the server by `hc-widgets render` (and
// hydrated by the CDN bundle), against the same cards as static HTML and as <hc-role-card> tags
// the bundle renders. server.mjs serves `serverRenderedPage` as the page kind `server` and calls
// `firstPaint` with its browser; this file writes bench/first-paint.json.
import { writeFile } from 'node:fs/promises';
import { render } from 'nhs-careers-widgets/server';
import { cards, readyScript, shell } from './pages.mjs';

const CARDS = 100;
const KINDS = /** @type {const} */ (['static', 'server', 'widgets']);

/**
 * Each role's card, rendered once: the page repeats them as the other pages do.
 * @type {Map<string, string>}
 */
const rendered = new Map();
for (const id of new Set(cards(CARDS))) {
  rendered.set(id, await render({ widget: 'role-card', roleId: id }));
}

/**
 * n server-rendered cards, each in its own `<hc-careers-data>`, then the bundle.
 * @param {number} n
 */
export function serverRenderedPage(n) {
  return shell(
    'server',
    '<script type="module" src="/dist/cdn/hc-widgets.js"></script>',
    `${cards(n)
      .map((id) => rendered.get(id))
      .join(
        '\n',
      )}${readyScript('hc-role-card', '(c) => c.shadowRoot?.querySelector(\'[part~="heading"]\')')}`,
  );
}

/**
 * One cold load (a fresh browser context): first contentful paint, and `__ready` as run.mjs
 * measures it (every card has its heading, once the page's scripts have run).
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {string} kind
 */
async function measure(browser, origin, kind) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const url = `${origin}/page?kind=${kind}&n=${CARDS}&data=inline`;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      /** @type {import('./pages.mjs').BenchWindow} */ (window).__ready !== undefined &&
      performance.getEntriesByName('first-contentful-paint').length > 0,
    { timeout: 30_000 },
  );
  // Both entries are there: the wait above saw to them.
  const result = await page.evaluate(() => ({
    fcp: /** @type {PerformanceEntry} */ (performance.getEntriesByName('first-contentful-paint')[0])
      .startTime,
    ready: /** @type {number} */ (
      /** @type {import('./pages.mjs').BenchWindow} */ (window).__ready
    ),
    bytes: /** @type {PerformanceNavigationTiming} */ (
      performance.getEntriesByType('navigation')[0]
    ).decodedBodySize,
  }));
  await context.close();
  return result;
}

/**
 * @param {number[]} values  at least one
 * @returns {number}
 */
const median = (values) =>
  /** @type {number} */ ([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]);

/**
 * Prints the medians of `runs` loads of each page and writes them to bench/first-paint.json.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {number} runs
 */
export async function firstPaint(browser, origin, runs) {
  /** @typedef {Awaited<ReturnType<typeof measure>>} Sample */
  const samples = /** @type {Record<(typeof KINDS)[number], Sample[]>} */ (
    Object.fromEntries(KINDS.map((kind) => [kind, /** @type {Sample[]} */ ([])]))
  );
  for (let run = 0; run < runs; run += 1) {
    // Rotate the order so that no page always goes first on a warm machine.
    for (const kind of [...KINDS.slice(run % 3), ...KINDS.slice(0, run % 3)]) {
      samples[kind].push(await measure(browser, origin, kind));
    }
  }
  const rows = KINDS.map((kind) => ({
    kind,
    fcpMs: median(samples[kind].map((sample) => sample.fcp)),
    readyMs: median(samples[kind].map((sample) => sample.ready)),
    htmlKB: Number(samples[kind][0]?.bytes) / 1000,
  }));
  console.log(`\n${CARDS} role cards, median of ${runs} cold loads (ms), catalogue inline\n`);
  console.log('page       first contentful paint  ready (scripts run)  HTML kB');
  for (const row of rows) {
    console.log(
      `${row.kind.padEnd(10)} ${row.fcpMs.toFixed(1).padStart(22)} ${row.readyMs.toFixed(1).padStart(20)} ${row.htmlKB.toFixed(1).padStart(8)}`,
    );
  }
  await writeFile(
    'bench/first-paint.json',
    `${JSON.stringify({ date: new Date().toISOString(), runs, cards: CARDS, rows }, null, 2)}\n`,
  );
  console.log('\nwrote bench/first-paint.json');
}
