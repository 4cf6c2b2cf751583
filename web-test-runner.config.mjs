// web-test-runner: every test file under test/, in Debian's Chromium (or CHROME_PATH), with
// coverage, real HTTP from the test server below, and a closing "N passed, N failed" line.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { testServerMiddleware } from './test/server/middleware.mjs';

const executablePath = chromiumPath;
if (!executablePath) throw new Error('No Chromium found: install it or set CHROME_PATH.');

/**
 * Counts test results the way the closing line reports them.
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

/**
 * CI reads one plain closing line: `tests: N passed, N failed, N skipped`.
 * @returns {import('@web/test-runner').Reporter}
 */
function closingLineReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        countResults(session.testResults, counts);
        // A file that failed to load, or threw outside a test, counts as a failure.
        if (session.errors?.length || !session.passed) {
          if (!session.testResults?.tests?.length && !session.testResults?.suites?.length) {
            counts.failed += 1;
          }
        }
      }
      console.log(
        `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      );
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // One page at a time: a background tab gets no animation frames (fixture() waits for one)
  // and its timers are throttled, which turns timing tests into flaky ones.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  middleware: testServerMiddleware(),
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // window.gc() for the memory figures of the create/remove test.
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
      },
    }),
  ],
  coverage: true,
  coverageConfig: {
    include: ['src/**/*.ts'],
    report: true,
    reportDir: 'coverage',
    reporters: ['text-summary', 'lcov'],
  },
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), closingLineReporter()],
};
