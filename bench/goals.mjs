// The goals of the speed issue that are not timings of role cards: layout shift while a slow
// catalogue loads, and Lighthouse 12 on both example pages. Each returns figures; run.mjs
// prints them beside the goal they answer.
import lighthouse from 'lighthouse';

/** How long the slow catalogue takes to answer, in milliseconds. */
export const SLOW_CATALOGUE_MS = 2000;

/** The "Avoiding layout shift" CSS of the Embed guide, sized for this page at 360 px wide. */
const RESERVE_ROOM = `<style>
hc-role-card, hc-requirements-list { display: block; }
hc-role-card { min-height: 23rem; }
hc-requirements-list { min-height: 60rem; }
</style>`;

/**
 * A page a person reads while the catalogue is slow: text above and below three role cards and
 * a requirements list. Whatever moves when the data arrives is layout shift. With `reserve`,
 * the page sets the room its widgets will take, as the Embed guide tells page authors to.
 * @param {boolean} reserve
 */
export function slowCataloguePage(reserve) {
  const src = `/data/health-informatics.json?delay=${SLOW_CATALOGUE_MS}`;
  const cards = ['clinical-informatics', 'clinical-coder', 'health-records-clerk']
    .map((id) => `<hc-role-card role-id="${id}" src="${src}"></hc-role-card>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>slow catalogue</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="module" src="/dist/cdn/hc-widgets.js"></script>${reserve ? RESERVE_ROOM : ''}</head>
<body><h1>Careers in health informatics</h1><p>Text above the widgets.</p>
${cards}
<hc-requirements-list role-id="clinical-informatics" src="${src}"></hc-requirements-list>
<p>Text below the widgets, which must not be pushed about.</p></body></html>`;
}

/**
 * Makes the page add up its layout shift in `window.__cls` from the start of each load.
 * @param {import('puppeteer-core').Page} page
 */
export function countLayoutShift(page) {
  return page.evaluateOnNewDocument(() => {
    const benchWindow = /** @type {import('./pages.mjs').BenchWindow} */ (window);
    benchWindow.__cls = 0;
    new PerformanceObserver((list) => {
      // Layout shifts, which the DOM library has no type for.
      const shifts =
        /** @type {(PerformanceEntry & { hadRecentInput: boolean, value: number })[]} */ (
          list.getEntries()
        );
      for (const entry of shifts) if (!entry.hadRecentInput) benchWindow.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * Cumulative layout shift from navigation until the slow catalogue has arrived and rendered.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} origin
 * @param {boolean} reserve
 */
export async function slowCatalogueShift(browser, origin, reserve) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 360, height: 740 });
  await countLayoutShift(page);
  await page.goto(`${origin}/slow${reserve ? '?reserve=1' : ''}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('hc-role-card')].every((card) =>
        card.shadowRoot?.querySelector('[part~="heading"]'),
      ),
    { timeout: SLOW_CATALOGUE_MS + 10_000 },
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  const cls = await page.evaluate(
    () => /** @type {import('./pages.mjs').BenchWindow} */ (window).__cls,
  );
  await context.close();
  return cls;
}

/**
 * Lighthouse 12 (its default mobile settings, simulated throttling) on one page.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
export async function lighthouseScores(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const result = await lighthouse(
    url,
    { output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
    undefined,
    page,
  );
  await context.close();
  if (!result) throw new Error(`Lighthouse gave no result for ${url}.`);
  const { categories, audits } = result.lhr;
  /**
   * @template T
   * @param {T | null | undefined} value
   * @param {string} what
   * @returns {T}
   */
  const needed = (value, what) => {
    if (value === null || value === undefined) {
      throw new Error(`Lighthouse reported no ${what} for ${url}.`);
    }
    return value;
  };
  /** @param {string} id */
  const score = (id) => needed(needed(categories[id], id).score, `${id} score`);
  /** @param {string} id */
  const measured = (id) => needed(needed(audits[id], id).numericValue, id);
  const accessibility = needed(categories.accessibility, 'accessibility');
  const failedA11y = Object.values(audits)
    .filter((audit) => audit.scoreDisplayMode === 'binary' && audit.score === 0)
    .filter((audit) => accessibility.auditRefs.some((ref) => ref.id === audit.id))
    .map((audit) => audit.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    firstContentfulPaintMs: measured('first-contentful-paint'),
    largestContentfulPaintMs: measured('largest-contentful-paint'),
    totalBlockingTimeMs: measured('total-blocking-time'),
    cumulativeLayoutShift: measured('cumulative-layout-shift'),
    failedAccessibilityAudits: failedA11y,
  };
}
