// `npm run bench` (after the build): role cards against the floor (the same card written by
// hand) and beside the same card as a bare Lit element, with and without the data checks (what
// Lit alone and the checks cost; figures, not goals), the role finder's tick, first paint,
// layout shift and Lighthouse, in headless Chromium, on this machine's loopback only. Prints
// the figures beside their goals and writes bench/results.json. Not part of `npm test`: timings belong in figures, not in assertions.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { CDN_BUNDLE, sizes } from '../scripts/bundle-size.mjs';
import { launchChromium } from '../scripts/chromium.mjs';
import { SLOW_CATALOGUE_MS, lighthouseScores, slowCatalogueShift } from './goals.mjs';
import { firstPaint } from './first-paint.mjs';
import { startBenchServer } from './server.mjs';
import { CARD_SCENARIOS, cardFigures, finderTick } from './speed.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const EXAMPLES = ['index', 'nhs-trust-vacancy', 'university-careers'];
const { server, origin } = await startBenchServer();

const browser = await launchChromium(['--enable-precise-memory-info']);

/** @type {Awaited<ReturnType<typeof cardFigures>>[]} */
const cardResults = [];
for (const scenario of CARD_SCENARIOS) {
  cardResults.push(await cardFigures(browser, origin, scenario, RUNS));
}
// At the default limit, then with every result shown.
const finderAtDefault = await finderTick(browser, origin, 10, RUNS);
const finderResults = [finderAtDefault, await finderTick(browser, origin, 500, RUNS)];

await firstPaint(browser, origin, RUNS);

// Worst of three: one lucky run must not hide a shift. Without and with the page's own CSS
// reserving room (the Embed guide: "Avoiding layout shift").
const slowShift = { bare: 0, reserved: 0 };
for (let run = 0; run < 3; run += 1) {
  slowShift.bare = Math.max(slowShift.bare, await slowCatalogueShift(browser, origin, false));
  slowShift.reserved = Math.max(
    slowShift.reserved,
    await slowCatalogueShift(browser, origin, true),
  );
}
/** @type {Record<string, Awaited<ReturnType<typeof lighthouseScores>>>} */
const lighthouse = {};
for (const name of EXAMPLES) {
  lighthouse[name] = await lighthouseScores(browser, `${origin}/examples/${name}.html`);
}

await browser.close();
server.close();

/** @param {number} value */
const fixed = (value, digits = 1) => value.toFixed(digits).padStart(8);
console.log(
  `\nrole cards against the floor, median of ${RUNS} paired cold runs (ms; ratios pair by pair)\n`,
);
console.log(
  'scenario                  floor main  widgets main  ratio   floor wall  widgets wall  ratio  requests',
);
for (const row of cardResults) {
  console.log(
    `${row.name.padEnd(24)} ${fixed(row.floor.mainMs)}     ${fixed(row.widgets.mainMs)}  ${fixed(row.mainRatio, 2)}   ${fixed(row.floor.wallMs)}      ${fixed(row.widgets.wallMs)} ${fixed(row.wallRatio, 2)}  ${row.widgets.catalogueRequests}`,
  );
}
/** The card figures of the scenario named `name` (one of CARD_SCENARIOS). */
const scenario = (/** @type {string} */ name) => {
  const row = cardResults.find((result) => result.name === name);
  if (!row) throw new Error(`No card scenario is named "${name}".`);
  return row;
};
console.log(
  `  middle half of the main-thread pair ratios: ${cardResults.map((row) => row.mainRatioMiddleHalf.map((value) => value.toFixed(2)).join('–')).join(', ')}`,
);
console.log(
  '\nthe same cards as Lit elements: main-thread time against the floor (median of pair ratios)',
);
console.log(
  '  bare Lit: the card through Lit alone (bench/lit-card.ts); checked: with the data checks\n',
);
console.log('scenario                  bare Lit   checked   widgets');
for (const row of cardResults) {
  console.log(
    `${row.name.padEnd(24)} ${fixed(row.lit.mainRatio, 2)}  ${fixed(row.litChecked.mainRatio, 2)}  ${fixed(row.mainRatio, 2)}`,
  );
}
console.log(
  `  middle half, bare Lit: ${cardResults.map((row) => row.lit.mainRatioMiddleHalf.map((value) => value.toFixed(2)).join('–')).join(', ')}`,
);
const perCard = (/** @type {(typeof cardResults)[number]} */ row) => row.widgets.mainMs / row.n;
console.log(
  `  main-thread ms per card: ${perCard(scenario('100 cards, fetched')).toFixed(2)} at 100 cards, ${perCard(scenario('1,000 cards, fetched')).toFixed(2)} at 1,000`,
);
console.log(
  `\nrole finder, 500 roles: main-thread time from a tick to the next frame, median of ${RUNS}`,
);
for (const row of finderResults)
  console.log(`  limit ${String(row.limit).padStart(3)}: ${row.mainMs.toFixed(1)} ms`);

const bundleBrotli = sizes(readFileSync(CDN_BUNDLE)).brotli;
const ratioGoal = (/** @type {string} */ name) => ({
  goal: `${name}: main-thread time <= 1.10x the floor (median of pair ratios)`,
  figure: scenario(name).mainRatio,
  met: scenario(name).mainRatio <= 1.1,
});
const goals = [
  ratioGoal('100 cards, fetched'),
  ratioGoal('100 cards, inline'),
  ratioGoal('1 card of 2,000 roles'),
  {
    goal: 'role finder: a tick on 500 roles shown within 16 ms of main-thread time (default limit)',
    figure: finderAtDefault.mainMs,
    met: finderAtDefault.mainMs <= 16,
  },
  {
    goal: 'CDN bundle (six elements, hydration, Welsh) <= 22,000 bytes brotli (quality 11)',
    figure: bundleBrotli,
    met: bundleBrotli <= 22_000,
  },
  {
    goal: 'one catalogue request per page however many cards fetch it (none when inline)',
    figure: Math.max(...cardResults.map((row) => row.widgets.catalogueRequests)),
    met: cardResults.every(
      (row) => row.widgets.catalogueRequests === (row.data === 'inline' ? 0 : 1),
    ),
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
  ...Object.entries(lighthouse).flatMap(([name, scores]) => [
    {
      goal: `Lighthouse performance >= 0.98 on examples/${name}.html`,
      figure: scores.performance,
      met: scores.performance >= 0.98,
    },
    {
      goal: `Lighthouse accessibility = 1.0 on examples/${name}.html`,
      figure: scores.accessibility,
      met: scores.accessibility === 1,
    },
    {
      goal: `Lighthouse CLS <= 0.05 on examples/${name}.html`,
      figure: scores.cumulativeLayoutShift,
      met: scores.cumulativeLayoutShift <= 0.05,
    },
  ]),
];
console.log('\ngoals');
for (const { goal, figure, met } of goals) {
  console.log(
    `  ${met ? 'met    ' : 'NOT MET'}  ${String(+figure.toFixed(3)).padStart(6)}  ${goal}`,
  );
}
for (const [name, scores] of Object.entries(lighthouse)) {
  console.log(
    `  lighthouse ${name}: FCP ${scores.firstContentfulPaintMs.toFixed(0)} ms, LCP ${scores.largestContentfulPaintMs.toFixed(0)} ms, TBT ${scores.totalBlockingTimeMs.toFixed(0)} ms, CLS ${scores.cumulativeLayoutShift.toFixed(3)}${scores.failedAccessibilityAudits.length ? `; failed: ${scores.failedAccessibilityAudits.join(', ')}` : ''}`,
  );
}

await writeFile(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, cards: cardResults, finder: finderResults, bundleBrotli, slowCatalogueShift: slowShift, lighthouse, goals }, null, 2)}\n`,
);
console.log('\nwrote bench/results.json');
