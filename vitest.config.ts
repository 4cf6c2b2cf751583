// Story tests: every story in stories/ runs as a test in Chromium (render, play function, axe).
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { Reporter, TestModule } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';
import { serveDefaultCatalogueInDev } from './vite.config.js';

/** CI reads one plain closing line: `stories: N passed, N failed, N skipped`. */
const closingLine: Reporter = {
  onTestRunEnd(testModules: readonly TestModule[]) {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
      if (module.state() === 'failed' && !module.children.size) counts.failed += 1;
    }
    console.log(
      `\nstories: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
    );
  },
};

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' }), serveDefaultCatalogueInDev()],
  test: {
    name: 'storybook',
    reporters: ['default', closingLine],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: chromiumPath,
          args: CHROMIUM_ARGS,
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
