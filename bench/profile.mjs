// `npm run bench:profile [kind] [n] [data]` (after the build): where a page's main-thread time
// goes. Loads one bench page (default: 100 role cards, inline catalogue) with Chromium's CPU
// profiler on, and prints the functions with the most self time, grouped by source file.
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium } from '../scripts/chromium.mjs';
import { startBenchServer } from './server.mjs';

const [kind = 'widgets', n = '100', data = 'inline'] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const { server, origin } = await startBenchServer();
const browser = await launchChromium();

/** The bundle is minified: its frames are named by its source map (source file, line, name). */
const bundleMap = new TraceMap(readFileSync('dist/cdn/hc-widgets.js.map', 'utf8'));
/** @param {import('puppeteer-core').Protocol.Runtime.CallFrame} frame */
function frameName({ functionName, url, lineNumber, columnNumber }) {
  if (!url) return functionName || '(browser)';
  if (url.endsWith('/dist/cdn/hc-widgets.js')) {
    const original = originalPositionFor(bundleMap, { line: lineNumber + 1, column: columnNumber });
    const source = (original.source ?? '?').replace(/^.*?(node_modules\/|src\/)/, '$1');
    return `${original.name ?? functionName ?? '(anonymous)'} ${source}:${original.line}`;
  }
  return `${functionName || '(anonymous)'} ${url.replace(origin, '')}:${lineNumber + 1}`;
}

/**
 * Self time in ms by `function (file:line)`, summed over `RUNS` cold loads.
 * @type {Map<string, number>}
 */
const selfTime = new Map();
for (let run = 0; run < RUNS; run += 1) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`${origin}/page?kind=${kind}&n=${n}&data=${data}`, { waitUntil: 'load' });
  await page.waitForFunction(
    () => /** @type {import('./pages.mjs').BenchWindow} */ (window).__ready !== undefined,
    { timeout: 60_000 },
  );
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<number, number>} */
  const interval = new Map();
  // A profile from Profiler.stop always has its samples and their time deltas.
  const { samples = [], timeDeltas = [] } = profile;
  samples.forEach((id, index) => {
    interval.set(id, (interval.get(id) ?? 0) + (timeDeltas[index] ?? 0));
  });
  for (const [id, micros] of interval) {
    // Every sample names a node of the profile.
    const key = frameName(
      /** @type {import('puppeteer-core').Protocol.Profiler.ProfileNode} */ (byId.get(id))
        .callFrame,
    );
    if (key === '(idle)') continue;
    selfTime.set(key, (selfTime.get(key) ?? 0) + micros / 1000);
  }
  await context.close();
}
await browser.close();
server.close();

const rows = [...selfTime].sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`${kind}, ${n} cards, ${data}: self time per load, mean of ${RUNS} (ms)\n`);
for (const [key, ms] of rows.slice(0, 30)) {
  console.log(`${(ms / RUNS).toFixed(2).padStart(8)}  ${key}`);
}
console.log(`${(total / RUNS).toFixed(2).padStart(8)}  total sampled, idle left out`);
// By source file too: which module the time is in.
/** @type {Map<string, number>} */
const byFile = new Map();
for (const [key, ms] of rows) {
  // The last word of the key is its file:line.
  const file = key.slice(key.lastIndexOf(' ') + 1).replace(/:\d+$/, '');
  byFile.set(file, (byFile.get(file) ?? 0) + ms);
}
console.log('\nby file');
for (const [file, ms] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${(ms / RUNS).toFixed(2).padStart(8)}  ${file}`);
}
