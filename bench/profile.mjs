// `npm run bench:profile [kind] [n] [data] [cpu | memory | calls]` (after the build): where a
// page's main-thread time, or its memory, goes. Loads one bench page (default: 100 role cards,
// inline catalogue; `kind` is widgets, floor, lit or lit-checked) BENCH_RUNS times, cold.
// - cpu (the default): Chromium's CPU profiler; the functions with the most self time, and the
//   same by source file.
// - memory: Chromium's sampling heap profiler, counting objects already collected too; the bytes
//   each function allocated (a built-in's allocations are its caller's), by source file, and the
//   minor and major GCs in each load's trace. A page that allocates less than the young
//   generation holds is spared a minor GC of 1.5 to 5 ms on the bench machine.
// - calls: Chromium's precise coverage with call counts; how many times each function ran, and
//   the total. Unlike time, it is the same from one load to the next: a page of cold code runs
//   mostly in the interpreter, where each call costs, so fewer calls is less work.
import { existsSync, readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launchChromium } from '../scripts/chromium.mjs';
import { startBenchServer } from './server.mjs';

const [kind = 'widgets', n = '100', data = 'inline', mode = 'cpu'] = process.argv.slice(2);
if (mode !== 'cpu' && mode !== 'memory' && mode !== 'calls') {
  console.error('Usage: npm run bench:profile -- [kind] [n] [data] [cpu | memory | calls]');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const { server, origin } = await startBenchServer();
const browser = await launchChromium();

/**
 * The built files (the CDN bundle, the Lit references) are minified: their frames are named by
 * their source maps. Each file's map and the offsets its lines start at, by URL path.
 * @type {Map<string, { map: TraceMap, lineStarts: number[] } | null>}
 */
const builtFiles = new Map();
/** @param {string} url */
function builtFile(url) {
  const path = url.replace(origin, '').slice(1);
  if (!builtFiles.has(path)) {
    const mapped = path.startsWith('dist/') && existsSync(`${path}.map`);
    const lineStarts = [0];
    if (mapped) {
      const text = readFileSync(path, 'utf8');
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
        lineStarts.push(at + 1);
      }
    }
    builtFiles.set(
      path,
      mapped ? { map: new TraceMap(readFileSync(`${path}.map`, 'utf8')), lineStarts } : null,
    );
  }
  return builtFiles.get(path);
}

/**
 * `function file:line` for a script frame; `null` for a frame with no script (the browser's own).
 * @param {Pick<import('puppeteer-core').Protocol.Runtime.CallFrame, 'functionName' | 'url' | 'lineNumber' | 'columnNumber'>} frame
 */
function scriptFrameName({ functionName, url, lineNumber, columnNumber }) {
  if (!url) return null;
  const built = builtFile(url);
  if (built) {
    const original = originalPositionFor(built.map, { line: lineNumber + 1, column: columnNumber });
    const source = (original.source ?? '?').replace(/^.*?(node_modules\/|src\/|bench\/)/, '$1');
    return `${original.name ?? functionName ?? '(anonymous)'} ${source}:${original.line}`;
  }
  return `${functionName || '(anonymous)'} ${url.replace(origin, '')}:${lineNumber + 1}`;
}

/**
 * Calls: how many times each function ran in one load.
 * @param {CDPSession} cdp
 * @param {() => Promise<void>} load
 * @param {(key: string, amount: number) => void} add
 */
async function callCounts(cdp, load, add) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
  await load();
  const { result } = await cdp.send('Profiler.takePreciseCoverage');
  await cdp.send('Profiler.stopPreciseCoverage');
  for (const { url, functions } of result) {
    // The page's own scripts and files; puppeteer's have no http: URL.
    if (!url.startsWith(origin)) continue;
    const lineStarts = builtFile(url)?.lineStarts ?? [0];
    for (const { functionName, ranges } of functions) {
      const [whole] = ranges;
      if (!whole?.count) continue;
      // The function's first line and column, from its offset in the file.
      let line = lineStarts.length - 1;
      while (/** @type {number} */ (lineStarts[line]) > whole.startOffset) line -= 1;
      const columnNumber = whole.startOffset - /** @type {number} */ (lineStarts[line]);
      const key = scriptFrameName({ functionName, url, lineNumber: line, columnNumber });
      add(key ?? functionName, whole.count);
    }
  }
}

/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('puppeteer-core').CDPSession} CDPSession */

/**
 * CPU: self time in ms by function, from one load.
 * @param {CDPSession} cdp
 * @param {() => Promise<void>} load
 * @param {(key: string, amount: number) => void} add
 */
async function cpuProfile(cdp, load, add) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await load();
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // A profile from Profiler.stop always has its samples and their time deltas.
  const { samples = [], timeDeltas = [] } = profile;
  samples.forEach((id, index) => {
    // Every sample names a node of the profile.
    const { callFrame } = /** @type {import('puppeteer-core').Protocol.Profiler.ProfileNode} */ (
      byId.get(id)
    );
    const key = scriptFrameName(callFrame) ?? (callFrame.functionName || '(browser)');
    if (key !== '(idle)') add(key, (timeDeltas[index] ?? 0) / 1000);
  });
}

/**
 * Memory: kB allocated by function, from one load, and the GCs its trace shows.
 * @param {CDPSession} cdp
 * @param {Page} page
 * @param {() => Promise<void>} load
 * @param {(key: string, amount: number) => void} add
 */
async function memoryProfile(cdp, page, load, add) {
  await page.tracing.start({ categories: ['devtools.timeline', 'v8'] });
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 128,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await load();
  // The trace ends first: stopping the sampler collects garbage of its own.
  const trace = await page.tracing.stop();
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  /** @param {import('puppeteer-core').Protocol.HeapProfiler.SamplingHeapProfileNode} node @param {string} owner */
  const walk = (node, owner) => {
    const here = scriptFrameName(node.callFrame) ?? owner;
    add(here, node.selfSize / 1000);
    for (const child of node.children) walk(child, here);
  };
  walk(profile.head, '(browser)');
  if (!trace) throw new Error('Chromium returned an empty trace: no GC figures for this load.');
  /** @type {{ traceEvents: { name: string, ph: string, dur?: number }[] }} */
  const { traceEvents } = JSON.parse(Buffer.from(trace).toString('utf8'));
  return ['MinorGC', 'MajorGC'].map((name) => {
    const events = traceEvents.filter((event) => event.name === name && event.ph === 'X');
    const ms = events.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000;
    return `${events.length} ${name} (${ms.toFixed(1)} ms)`;
  });
}

/**
 * Self time (ms) or allocation (kB) by `function file:line`, summed over `RUNS` cold loads.
 * @type {Map<string, number>}
 */
const byFunction = new Map();
/** @param {string} key @param {number} amount */
const add = (key, amount) => byFunction.set(key, (byFunction.get(key) ?? 0) + amount);
/** @type {string[]} */
const collections = [];
for (let run = 0; run < RUNS; run += 1) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  const load = async () => {
    await page.goto(`${origin}/page?kind=${kind}&n=${n}&data=${data}`, { waitUntil: 'load' });
    await page.waitForFunction(
      () => /** @type {import('./pages.mjs').BenchWindow} */ (window).__ready !== undefined,
      { timeout: 60_000 },
    );
  };
  if (mode === 'cpu') await cpuProfile(cdp, load, add);
  else if (mode === 'calls') await callCounts(cdp, load, add);
  else collections.push((await memoryProfile(cdp, page, load, add)).join(', '));
  await context.close();
}
await browser.close();
server.close();

const { unit, what, digits } = {
  cpu: { unit: 'ms', what: 'self time', digits: 2 },
  memory: { unit: 'kB', what: 'allocated', digits: 2 },
  calls: { unit: 'calls', what: 'function calls', digits: 0 },
}[mode];
const rows = [...byFunction].sort((a, b) => b[1] - a[1]);
const total = rows.reduce((sum, [, amount]) => sum + amount, 0);
console.log(`${kind}, ${n} cards, ${data}: ${what} per load, mean of ${RUNS} (${unit})\n`);
for (const [key, amount] of rows.slice(0, 30)) {
  console.log(`${(amount / RUNS).toFixed(digits).padStart(8)}  ${key}`);
}
console.log(
  `${(total / RUNS).toFixed(digits).padStart(8)}  total${mode === 'cpu' ? ' sampled, idle left out' : ''}`,
);
// By source file too: which module the time or memory is in.
/** @type {Map<string, number>} */
const byFile = new Map();
for (const [key, amount] of rows) {
  // A script frame's key ends in its file:line; the browser's own, such as "(garbage
  // collector)", have none and stand as they are.
  const file = /:\d+$/.test(key) ? key.slice(key.lastIndexOf(' ') + 1).replace(/:\d+$/, '') : key;
  byFile.set(file, (byFile.get(file) ?? 0) + amount);
}
console.log('\nby file');
for (const [file, amount] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 15)) {
  console.log(`${(amount / RUNS).toFixed(digits).padStart(8)}  ${file}`);
}
if (collections.length) console.log(`\nGCs, load by load:\n${collections.join('\n')}`);
