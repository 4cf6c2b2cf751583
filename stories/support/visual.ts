/**
 * Visual regression for every story (the `visual` Vitest project only): after a story's play
 * function, its canvas is compared with the committed reference at 320 px and 1024 px wide, and
 * in forced-colours mode for stories whose `parameters.visual.forcedColours` is true.
 * References live in `stories/__screenshots__/<stories file>/`; `npm run test:visual -- -u`
 * rewrites them.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { expect } from 'vitest';
import { commands, page } from 'vitest/browser';
import type { VisualCheck } from './visual-hook.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    forcedColours: (active: boolean) => Promise<void>;
  }
}

const WIDTHS = [320, 1024];
const HEIGHT = 800;

// Widgets take the page's font, and NHS.UK pages fall back to Arial, which machines do not all
// have: the pictures use Liberation Sans (Arial's metrics; Debian's fonts-liberation, which
// Debian's Chromium depends on) and fail at once without it rather than with a stray font.
const FONT = 'Liberation Sans';
const style = document.createElement('style');
style.textContent = `
  @font-face { font-family: 'hc-visual-probe'; src: local('${FONT}'), local('LiberationSans'); }
  body, .docs-story { font-family: '${FONT}', sans-serif !important; }
`;
document.head.append(style);
const fontReady = document.fonts.load("16px 'hc-visual-probe'").then((faces) => {
  if (!faces.length) {
    throw new Error(
      `Visual tests need the ${FONT} font: install Debian's fonts-liberation package.`,
    );
  }
});

const check: VisualCheck = async ({ canvasElement, id, parameters }: StoryContext) => {
  await fontReady;
  await document.fonts.ready;
  const name = id.split('--')[1]!;
  const canvas = page.elementLocator(canvasElement);
  for (const width of WIDTHS) {
    await page.viewport(width, HEIGHT);
    await expect.element(canvas).toMatchScreenshot(`${name}-${width}`);
  }
  if ((parameters.visual as { forcedColours?: boolean } | undefined)?.forcedColours) {
    await commands.forcedColours(true);
    try {
      await expect.element(canvas).toMatchScreenshot(`${name}-forced-colours-1024`);
    } finally {
      await commands.forcedColours(false);
    }
  }
};

(globalThis as { hcVisualCheck?: VisualCheck }).hcVisualCheck = check;
