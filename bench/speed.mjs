// The speed figures: role cards against the floor, pair by pair, and the role finder's tick.
// Main-thread time is Chromium's own count (CDP `TaskDuration`, the renderer's busy time), wall
// time the page's own mark of the moment every card shows its title. Each measurement is a cold
// navigation in a fresh browser context (no cache).

import { REFERENCE_CARDS } from './pages.mjs';

/**
 * @typedef {{ name: string, n: number, data: 'fetched' | 'inline' | 'big' }} CardScenario
 * @typedef {{ wallMs: number, mainMs: number, catalogueRequests: number }} CardLoad
 */

/**
 * Card scenarios: how many cards, and where their catalogue comes from.
 * @type {CardScenario[]}
 */
export const CARD_SCENARIOS = [
  { name: '100 cards, fetched', n: 100, data: 'fetched' },
  { name: '100 cards, inline', n: 100, data: 'inline' },
  { name: '1 card of 2,000 roles', n: 1, data: 'big' },
  { name: '1,000 cards, fetched', n: 1000, data: 'fetched' },
];

/**
 * @param {number[]} values  at least one
 * @returns {number}
 */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]);
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
};

/**
 * The first and third quartiles: the middle half of `values`, to show how far one run strays
 * from the next on this machine (a median alone hides it).
 * @param {number[]} values  at least one
 * @returns {[number, number]}
 */
export const middleHalf = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (/** @type {number} */ share) =>
    /** @type {number} */ (sorted[Math.floor((sorted.length - 1) * share)]);
  return [at(0.25), at(0.75)];
};

/**
 * Main-thread milliseconds the page has used so far.
 * @param {import('puppeteer-core').Page} page
 */
async function taskMs(page) {
  const { TaskDuration } = await page.metrics();
  // Chromium always reports it; puppeteer types every metric as optional.
  return Number(TaskDuration) * 1000;
}

/** @typedef {keyof typeof REFERENCE_CARDS | 'widgets'} CardPage */
/** The pages of each card scenario, measured in turn: the references and the widgets. */
const CARD_PAGES = /** @type {CardPage[]} */ ([...Object.keys(REFERENCE_CARDS), 'widgets']);

/**
 * One cold load of a card page: wall and main-thread time to ready, and catalogue requests.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {CardPage} kind
 * @param {CardScenario} scenario
 * @returns {Promise<CardLoad>}
 */
async function loadCards(browser, origin, kind, { n, data }) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto(`${origin}/page?kind=${kind}&n=${n}&data=${data}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => /** @type {import('./pages.mjs').BenchWindow} */ (window).__ready !== undefined,
    {
      timeout: 60_000,
    },
  );
  const main = await taskMs(page);
  const { ready, catalogueRequests } = await page.evaluate(() => ({
    ready: Number(/** @type {import('./pages.mjs').BenchWindow} */ (window).__ready),
    catalogueRequests: performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('.json')).length,
  }));
  await context.close();
  return { wallMs: ready, mainMs: main, catalogueRequests };
}

/**
 * `runs` rounds of cold loads of every card page, the first page of each round rotating. Each
 * page's figures against the floor are the median of its pair ratios, round by round.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {CardScenario} scenario
 * @param {number} runs
 */
export async function cardFigures(browser, origin, scenario, runs) {
  /** @type {Record<CardPage, CardLoad[]>} The type names every page, so none is left out. */
  const loads = { floor: [], lit: [], 'lit-checked': [], widgets: [] };
  for (let run = 0; run < runs; run += 1) {
    const first = run % CARD_PAGES.length;
    for (const kind of [...CARD_PAGES.slice(first), ...CARD_PAGES.slice(0, first)]) {
      loads[kind].push(await loadCards(browser, origin, kind, scenario));
    }
  }
  /** A page's medians, and its ratios to the floor's load of the same round. @param {CardPage} kind */
  const figures = (kind) => {
    /** @param {'mainMs' | 'wallMs'} key */
    const ratios = (key) =>
      loads[kind].map(
        (load, index) => load[key] / /** @type {CardLoad} */ (loads.floor[index])[key],
      );
    return {
      mainMs: median(loads[kind].map((load) => load.mainMs)),
      wallMs: median(loads[kind].map((load) => load.wallMs)),
      mainRatio: median(ratios('mainMs')),
      mainRatioMiddleHalf: middleHalf(ratios('mainMs')),
      wallRatio: median(ratios('wallMs')),
    };
  };
  const floor = figures('floor');
  const { mainRatio, mainRatioMiddleHalf, wallRatio, ...widgetTimes } = figures('widgets');
  return {
    ...scenario,
    runs,
    floor: { mainMs: floor.mainMs, wallMs: floor.wallMs },
    lit: figures('lit'),
    litChecked: figures('lit-checked'),
    widgets: {
      ...widgetTimes,
      catalogueRequests: Math.max(...loads.widgets.map((load) => load.catalogueRequests)),
    },
    mainRatio,
    mainRatioMiddleHalf,
    wallRatio,
  };
}

/**
 * The finder over 500 roles: main-thread time from a tick (on a skill that reorders the list)
 * until the frame after the new results are drawn.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {number} limit
 * @param {number} runs
 */
export async function finderTick(browser, origin, limit, runs) {
  /** @type {number[]} */
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(`${origin}/page?kind=finder&n=${limit}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => /** @type {import('./pages.mjs').BenchWindow} */ (window).__ready !== undefined,
      {
        timeout: 60_000,
      },
    );
    // Let loading settle: the tick is measured on an idle page.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    const before = await taskMs(page);
    const order = await page.evaluate(async () => {
      const finder = /** @type {HTMLElementTagNameMap['hc-role-finder']} */ (
        document.querySelector('hc-role-finder')
      );
      const root = /** @type {ShadowRoot} */ (finder.shadowRoot);
      const first = () => finder.results[0]?.roleId;
      const was = first();
      // The fourth most-listed skill: common enough to match many roles, and it reorders them.
      /** @type {HTMLInputElement} */ (root.querySelectorAll('[part~="skills"] input')[3]).click();
      await finder.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return {
        was,
        now: first(),
        shown: root.querySelectorAll('[part~="result"]').length,
      };
    });
    times.push((await taskMs(page)) - before);
    await context.close();
    if (order.was === order.now) throw new Error('The tick did not reorder the results.');
  }
  return { limit, runs, mainMs: median(times) };
}
