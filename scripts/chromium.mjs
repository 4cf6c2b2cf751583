// The browser both test runners use: CHROME_PATH, else Debian's Chromium, with the flags it
// needs as root on a closed network (see TOOLCHAIN.md).
import { existsSync } from 'node:fs';

export const chromiumPath =
  process.env.CHROME_PATH ||
  ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Each new window otherwise starts Chromium's own omnibox pages (chrome://omnibox-popup, built
 * with Lit) in a renderer of their own: 40 to 200 ms of CPU per window, beside the page under
 * test, on machines with two cores. For puppeteer launches only: puppeteer merges it with its
 * own `--disable-features` list, while Playwright (Vitest's browser mode) would take it in
 * place of its own.
 */
export const WITHOUT_OMNIBOX_PAGES =
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup';

/**
 * Headless Chromium driven by puppeteer-core, with the flags above and any `extraArgs`.
 * @param {string[]} [extraArgs]
 */
export async function launchChromium(extraArgs = []) {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [...CHROMIUM_ARGS, WITHOUT_OMNIBOX_PAGES, ...extraArgs],
  });
}
