// `npm run bench:compare -- <folder A> <folder B> [inline | fetched | big] [cards]`: two CDN
// builds side by side with the floor, loads interleaved (floor, A, B, rotating which goes
// first), so that a change is measured against its parent on the same machine in the same
// minutes; across days this machine strays by a third. `big` is always one card, of the
// 2,000-role catalogue. Each folder holds a build's `hc-widgets.js` and `data/`; `lit` or
// `lit-checked` in its place is that reference card (bench/pages.mjs) instead of a build:
//   npx vite build --mode cdn --outDir /tmp/before   (on the parent commit)
//   npx vite build --mode cdn --outDir /tmp/after    (on the change)
// Prints, per page, the median main-thread time (`TaskDuration`) and main-thread CPU time (the
// renderer main thread's own time in its tasks, from a trace: it leaves out time the machine
// gave to other work, so it strays less), and the median of the pair ratios with their middle
// half. BENCH_RUNS sets the rounds (default 30).
import { launchChromium } from '../scripts/chromium.mjs';
import { REFERENCE_CARDS } from './pages.mjs';
import { startBenchServer } from './server.mjs';
import { median, middleHalf } from './speed.mjs';

const [folderA, folderB, data = 'inline', cards = '100'] = process.argv.slice(2);
if (!folderA || !folderB) {
  console.error(
    'Usage: npm run bench:compare -- <folder A> <folder B> [inline | fetched | big] [cards]',
  );
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const PAGES = /** @type {const} */ (['floor', 'a', 'b']);

/** @typedef {{ taskMs: number, cpuMs: number }} Load */

/**
 * The renderer main thread's CPU milliseconds in its top-level tasks, from a `toplevel` trace.
 * @param {{ traceEvents: { name: string, ph: string, pid: number, tid: number, tdur?: number, args?: { name?: string } }[] }} trace
 */
function mainThreadCpuMs({ traceEvents }) {
  const threads = traceEvents.filter(
    (event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain',
  );
  // The page's renderer is the busiest one (about:blank's, if separate, barely runs).
  return Math.max(
    ...threads.map(
      (thread) =>
        traceEvents
          .filter(
            (event) =>
              event.pid === thread.pid &&
              event.tid === thread.tid &&
              event.ph === 'X' &&
              event.name === 'ThreadControllerImpl::RunTask',
          )
          .reduce((sum, event) => sum + (event.tdur ?? 0), 0) / 1000,
    ),
  );
}

/** A compared page: a reference card's kind (`lit`), or a build's folder served as a bundle. */
const isReference = (/** @type {string} */ name) => Object.hasOwn(REFERENCE_CARDS, name);
const { server, origin } = await startBenchServer({ bundles: { a: folderA, b: folderB } });
/** @type {Record<(typeof PAGES)[number], string>} */
const QUERIES = {
  floor: 'kind=floor',
  a: isReference(folderA) ? `kind=${folderA}` : 'kind=widgets&bundle=a',
  b: isReference(folderB) ? `kind=${folderB}` : 'kind=widgets&bundle=b',
};
const browser = await launchChromium();

/**
 * One cold load of a page in a fresh browser context, traced.
 * @param {(typeof PAGES)[number]} name
 * @returns {Promise<Load>}
 */
async function load(name) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.tracing.start({ categories: ['toplevel'] });
  await page.goto(`${origin}/page?${QUERIES[name]}&n=${cards}&data=${data}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => /** @type {import('./pages.mjs').BenchWindow} */ (window).__ready !== undefined,
    { timeout: 60_000 },
  );
  const { TaskDuration } = await page.metrics();
  const trace = JSON.parse(Buffer.from((await page.tracing.stop()) ?? []).toString('utf8'));
  await context.close();
  return { taskMs: Number(TaskDuration) * 1000, cpuMs: mainThreadCpuMs(trace) };
}

/** @type {Record<(typeof PAGES)[number], Load[]>} */
const loads = { floor: [], a: [], b: [] };
// One round first, not counted: the browser's first pages pay for its own start.
for (const name of PAGES) await load(name);
for (let run = 0; run < RUNS; run += 1) {
  const order = [...PAGES.slice(run % 3), ...PAGES.slice(0, run % 3)];
  for (const name of order) loads[name].push(await load(name));
}
await browser.close();
server.close();

/** @param {number[]} values */
const spread = (values) =>
  `${median(values).toFixed(3)} (${middleHalf(values)
    .map((value) => value.toFixed(2))
    .join('–')})`;
const shown = data === 'big' ? '1 card of 2,000 roles' : `${cards} cards, ${data}`;
console.log(`\n${shown}, ${RUNS} rounds: medians (ms), pair ratios (middle half)\n`);
for (const key of /** @type {const} */ (['taskMs', 'cpuMs'])) {
  const of = (/** @type {(typeof PAGES)[number]} */ name) => loads[name].map((each) => each[key]);
  const ratio = (/** @type {number[]} */ top, /** @type {number[]} */ bottom) =>
    top.map((value, index) => value / /** @type {number} */ (bottom[index]));
  console.log(
    `${key === 'taskMs' ? 'main thread' : 'main-thread CPU'}: floor ${median(of('floor')).toFixed(1)}, A ${median(of('a')).toFixed(1)}, B ${median(of('b')).toFixed(1)}`,
  );
  console.log(
    `  A/floor ${spread(ratio(of('a'), of('floor')))}  B/floor ${spread(ratio(of('b'), of('floor')))}  B/A ${spread(ratio(of('b'), of('a')))}`,
  );
}
