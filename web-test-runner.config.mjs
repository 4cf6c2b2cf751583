// web-test-runner: every test file under test/, in Chromium, Firefox ESR and WebKit (Debian's
// chromium, firefox-esr and webkit2gtk-driver, or CHROME_PATH, FIREFOX_PATH and
// WEBKIT_DRIVER_PATH), with Chromium's coverage, real HTTP from the test server below, and
// closing lines: `tests: N passed, N failed, N skipped` and one `tests (<engine>): …` per engine.
// HC_ENGINES=chromium,firefox runs only those engines.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { ENGINES, freePort, miniBrowserPath, startWebKitDriver } from './scripts/browsers.mjs';
import { CHROMIUM_ARGS, WITHOUT_OMNIBOX_PAGES } from './scripts/chromium.mjs';
import { excelJsModule } from './test/server/exceljs-module.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';

const wanted = (process.env.HC_ENGINES || 'chromium,firefox,webkit').split(',');
/** The engines by any name HC_ENGINES may give, known or not. */
const byName = /** @type {Record<string, (typeof ENGINES)['chromium'] | undefined>} */ (ENGINES);
const missing = wanted.filter((engine) => !byName[engine]?.path);
if (missing.length) {
  for (const engine of missing) {
    console.error(byName[engine]?.missing ?? `Unknown engine in HC_ENGINES: ${engine}.`);
  }
  process.exit(1);
}
if (wanted.includes('webkit') && !miniBrowserPath) {
  console.error(
    "No MiniBrowser found: install Debian's webkit2gtk-driver package or set WEBKIT_BROWSER_PATH.",
  );
  process.exit(1);
}

/** Each launcher, by the engine name the closing lines use. */
const launchers = new Map();

if (wanted.includes('chromium')) {
  launchers.set(
    'chromium',
    chromeLauncher({
      launchOptions: {
        executablePath: ENGINES.chromium.path,
        headless: true,
        // window.gc() for the memory figures of the create/remove test.
        args: [
          ...CHROMIUM_ARGS,
          WITHOUT_OMNIBOX_PAGES,
          '--js-flags=--expose-gc',
          '--enable-precise-memory-info',
        ],
      },
    }),
  );
}

if (wanted.includes('firefox')) {
  // Puppeteer drives Firefox over WebDriver BiDi; no geckodriver needed.
  launchers.set(
    'firefox',
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: ENGINES.firefox.path, headless: true },
    }),
  );
}

if (wanted.includes('webkit')) {
  const port = await freePort();
  const webkit = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    // WebKitGTK's own `webkitgtk:browserOptions` is not in webdriverio's capability types.
    capabilities: /** @type {any} */ ({
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for BiDi, which WebKitWebDriver refuses: classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
    }),
  });
  // The driver (and its Xvfb display) live exactly as long as the launcher.
  let stopDriver = () => {};
  const { initialize, stop } = webkit;
  webkit.initialize = async (...args) => {
    stopDriver = await startWebKitDriver(port);
    return initialize.apply(webkit, args);
  };
  webkit.stop = async (...args) => {
    try {
      await stop.apply(webkit, args);
    } finally {
      stopDriver();
    }
  };
  launchers.set('webkit', webkit);
}

/** @param {import('@web/test-runner').BrowserLauncher} browser */
const engineOf = (browser) =>
  [...launchers].find(([, launcher]) => launcher === browser)?.[0] ?? browser?.name;

/**
 * Counts test results the way the closing lines report them.
 * @param {import('@web/test-runner').TestSuiteResult | undefined} suite
 * @param {{ passed: number, failed: number, skipped: number }} counts
 */
function countResults(suite, counts) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite?.suites ?? []) countResults(child, counts);
}

/** @typedef {{ passed: number, failed: number, skipped: number }} Counts */

/**
 * @param {string} label
 * @param {Counts} counts
 */
const line = (label, { passed, failed, skipped }) =>
  `${label}: ${passed} passed, ${failed} failed, ${skipped} skipped`;

/**
 * CI reads plain closing lines: `tests (<engine>): …` for each engine, then `tests: …`.
 * @returns {import('@web/test-runner').Reporter}
 */
function closingLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      /** @type {Map<string, Counts>} */
      const byEngine = new Map(
        [...launchers.keys()].map((engine) => [engine, { passed: 0, failed: 0, skipped: 0 }]),
      );
      for (const session of sessions) {
        const engine = engineOf(session.browser);
        let counts = byEngine.get(engine);
        if (!counts) byEngine.set(engine, (counts = { passed: 0, failed: 0, skipped: 0 }));
        countResults(session.testResults, counts);
        // A file that failed to load, or threw outside a test, counts as a failure.
        if (session.errors?.length || !session.passed) {
          if (!session.testResults?.tests?.length && !session.testResults?.suites?.length) {
            counts.failed += 1;
          }
        }
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = [];
      for (const [engine, counts] of byEngine) {
        lines.push(line(`tests (${engine})`, counts));
        total.passed += counts.passed;
        total.failed += counts.failed;
        total.skipped += counts.skipped;
      }
      console.log(`\n${lines.join('\n')}\n${line('tests', total)}`);
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time per browser: a background tab gets no animation frames (fixture() waits
  // for one) and its timers are throttled, which turns timing tests into flaky ones.
  concurrency: 1,
  concurrentBrowsers: 3,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }), excelJsModule()],
  middleware: testServerMiddleware(),
  browsers: [...launchers.values()],
  // Coverage is measured in Chromium alone (the other launchers have none).
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), closingLineReporter()],
};
