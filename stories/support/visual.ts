/**
 * Visual regression for every story (the `visual` Vitest project only): after a story's play
 * function, its whole canvas is compared with the committed reference at 320 px and 1024 px wide,
 * and in forced-colours mode for stories whose `parameters.visual.forcedColours` is true.
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
    windowSize: (width: number, height: number) => Promise<void>;
    referenceSize: (name: string) => Promise<{ width: number; height: number }>;
  }
}

const WIDTHS = [320, 1024];
/** The shortest window a story is laid out in; taller stories get a window as tall as they are. */
const MIN_HEIGHT = 800;

// Storybook's padded layout (the default in preview.ts) puts 1rem around the story. Here that
// space is inside the canvas, so that what widgets draw just outside their boxes (focus rings,
// button shadows) is in the picture, and the window is that much wider, so that the story is
// still laid out 320 or 1024 px wide (the widgets' one breakpoint, 641 px, is far from both).
const PADDED = 'hc-visual-padded';
const GUTTER = 16;

// Widgets take the page's font, and NHS.UK pages fall back to Arial, which machines do not all
// have: the pictures use Liberation Sans (Arial's metrics; Debian's fonts-liberation, which
// Debian's Chromium depends on) and fail at once without it rather than with a stray font.
const FONT = 'Liberation Sans';
const style = document.createElement('style');
style.textContent = `
  @font-face { font-family: 'hc-visual-probe'; src: local('${FONT}'), local('LiberationSans'); }
  body, .docs-story { font-family: '${FONT}', sans-serif !important; }
  .${PADDED} { padding: ${GUTTER}px; }
`;
document.head.append(style);
const fontReady = document.fonts.load("16px 'hc-visual-probe'").then((faces) => {
  if (!faces.length) {
    throw new Error(
      `Visual tests need the ${FONT} font: install Debian's fonts-liberation package.`,
    );
  }
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Window and test frame both `width` × `height`, so the frame is drawn unscaled. */
async function resize(width: number, height: number) {
  await commands.windowSize(width, height);
  await page.viewport(width, height);
  await nextFrame();
  await nextFrame();
}

/**
 * Lays the story out `width` px wide in a window as tall as the page, because a screenshot only
 * has pixels for what is inside the window. A taller window can reflow the page (a scroll bar
 * goes), so it is measured again until it fits.
 */
async function fitWindow(width: number) {
  const windowWidth = width + 2 * GUTTER;
  let height = MIN_HEIGHT;
  await resize(windowWidth, height);
  for (let attempt = 0; attempt < 3 && document.documentElement.scrollHeight > height; attempt++) {
    height = document.documentElement.scrollHeight;
    await resize(windowWidth, height);
  }
}

/**
 * Fails unless the picture holds the whole story: the canvas ends inside the window (so all of
 * it is painted), nothing spills out of the canvas, and the picture is the canvas's size.
 */
async function expectWholeCanvas(canvasElement: HTMLElement, name: string, width: number) {
  expect(canvasElement.clientWidth - 2 * GUTTER, `${name}: the story's width`).toBe(width);
  const box = canvasElement.getBoundingClientRect();
  expect(box.bottom, `${name}: the canvas ends below the window`).toBeLessThanOrEqual(
    window.innerHeight,
  );
  const { scrollWidth, scrollHeight, clientWidth, clientHeight } = canvasElement;
  expect(
    { width: scrollWidth, height: scrollHeight },
    `${name}: the story spills out of its canvas`,
  ).toEqual({ width: clientWidth, height: clientHeight });
  const picture = await commands.referenceSize(name);
  expect(picture, `${name}: the picture is not the size of the canvas`).toEqual({
    width: Math.ceil(box.right) - Math.floor(box.left),
    height: Math.ceil(box.bottom) - Math.floor(box.top),
  });
}

// In forced colours Chromium paints a text field's caret whatever Playwright's `caret: 'hide'`
// sets (playwright#15211), and it blinks: those pictures allow a caret's worth of pixels (one
// 1 px wide line of text) to differ.
const CARET_PIXELS = 32;

async function matchWholeCanvas(
  canvasElement: HTMLElement,
  name: string,
  width: number,
  allowedMismatchedPixels = 0,
) {
  await fitWindow(width);
  await expect
    .element(page.elementLocator(canvasElement))
    .toMatchScreenshot(name, { comparatorOptions: { allowedMismatchedPixels } });
  await expectWholeCanvas(canvasElement, name, width);
}

const check: VisualCheck = async ({ canvasElement, id, parameters }: StoryContext) => {
  await fontReady;
  await document.fonts.ready;
  const name = id.split('--')[1]!;
  canvasElement.classList.add(PADDED);
  for (const width of WIDTHS) {
    await matchWholeCanvas(canvasElement, `${name}-${width}`, width);
  }
  if ((parameters.visual as { forcedColours?: boolean } | undefined)?.forcedColours) {
    await commands.forcedColours(true);
    try {
      await matchWholeCanvas(canvasElement, `${name}-forced-colours-1024`, 1024, CARET_PIXELS);
    } finally {
      await commands.forcedColours(false);
    }
  }
};

(globalThis as { hcVisualCheck?: VisualCheck }).hcVisualCheck = check;
