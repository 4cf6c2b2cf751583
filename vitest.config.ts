// Two projects over the same stories, both in Chromium:
// - storybook: every story in stories/ runs as a test (render, play function, axe);
// - visual: the same, then a screenshot of each story's whole canvas compared with its committed
//   reference (stories/support/visual.ts), at 320 px and 1024 px and, where a story asks, in
//   forced colours.
// `vitest run --project storybook` and `vitest run --project visual` (`-u` rewrites references).
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { platform } from 'node:os';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { BrowserCommand, Reporter, TestModule } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { serveDefaultCatalogueInDev } from './vite.config.js';

/** Each project's closing line in the name CI reads. */
const LABELS: Record<string, string> = { storybook: 'stories', visual: 'visual' };

/** CI reads one plain closing line per project: `stories: N passed, N failed, N skipped`. */
const closingLine: Reporter = {
  onTestRunEnd(testModules: readonly TestModule[]) {
    const byProject = new Map<string, { passed: number; failed: number; skipped: number }>();
    for (const module of testModules) {
      const project = module.project.name.replace(/ \(.*\)$/, '');
      const label = LABELS[project] ?? project;
      const counts = byProject.get(label) ?? { passed: 0, failed: 0, skipped: 0 };
      byProject.set(label, counts);
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && !module.children.size) counts.failed += 1;
    }
    for (const [label, counts] of byProject) {
      console.log(
        `\n${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      );
    }
  },
};

/** Forced-colours mode on or off for the whole page (Playwright's media emulation). */
const forcedColours: BrowserCommand<[boolean]> = async ({ page }, active) => {
  await page.emulateMedia({ forcedColors: active ? 'active' : 'none' });
};

/** The browser window's size; the test frame is sized apart from it (`page.viewport`). */
const windowSize: BrowserCommand<[number, number]> = async ({ page }, width, height) => {
  await page.setViewportSize({ width, height });
};

/** Where a stories file's reference pictures live: `stories/__screenshots__/<file>/`. */
const referencePath = (testPath: string, name: string, browser: string) =>
  join(
    dirname(testPath),
    '__screenshots__',
    basename(testPath),
    `${name}-${browser}-${platform()}.png`,
  );

/** Width and height of a reference picture, from its PNG header. */
const referenceSize: BrowserCommand<[string]> = async ({ testPath, project }, name) => {
  const png = await readFile(referencePath(testPath!, name, project.config.browser.name));
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
};

const chromium = (contextOptions = {}) =>
  playwright({
    launchOptions: { executablePath: chromiumPath, args: CHROMIUM_ARGS },
    contextOptions,
  });

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' }), serveDefaultCatalogueInDev()],
  test: {
    reporters: ['default', closingLine],
    projects: [
      {
        extends: true,
        test: {
          name: 'storybook',
          browser: {
            enabled: true,
            headless: true,
            provider: chromium(),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'visual',
          setupFiles: ['./stories/support/visual.ts'],
          // Stores the references a run writes in fewer bytes.
          globalSetup: ['./stories/support/compact-references.ts'],
          browser: {
            enabled: true,
            headless: true,
            // No transitions or animations to catch half-way, and a fixed pixel ratio.
            provider: chromium({ reducedMotion: 'reduce', deviceScaleFactor: 1 }),
            instances: [{ browser: 'chromium' }],
            commands: { forcedColours, windowSize, referenceSize },
            expect: {
              toMatchScreenshot: {
                resolveScreenshotPath: ({
                  root,
                  testFileDirectory,
                  testFileName,
                  arg,
                  browserName,
                }) => referencePath(join(root, testFileDirectory, testFileName), arg, browserName),
                screenshotOptions: { animations: 'disabled', caret: 'hide' },
              },
            },
          },
        },
      },
    ],
  },
});
