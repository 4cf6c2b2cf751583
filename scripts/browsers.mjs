// The three engines the web-test-runner suite runs in, found where Debian's packages put them
// (or where CHROME_PATH, FIREFOX_PATH and WEBKIT_DRIVER_PATH say), and the two helpers WebKit
// needs: WebKitGTK's MiniBrowser has no headless mode, so it gets an Xvfb display of its own,
// and it is driven through WebKitWebDriver. See TOOLCHAIN.md, "Firefox and WebKit".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { chromiumPath } from './chromium.mjs';

/** @param {string[]} paths */
const firstExisting = (paths) => paths.find((path) => existsSync(path));

/**
 * Each engine: its path, and the sentence to print when it is missing.
 * @type {Record<'chromium' | 'firefox' | 'webkit', { path: string | undefined, missing: string }>}
 */
export const ENGINES = {
  chromium: {
    path: chromiumPath,
    missing: "No Chromium found: install Debian's chromium package or set CHROME_PATH.",
  },
  firefox: {
    path: process.env.FIREFOX_PATH || firstExisting(['/usr/bin/firefox-esr', '/usr/bin/firefox']),
    missing: "No Firefox found: install Debian's firefox-esr package or set FIREFOX_PATH.",
  },
  webkit: {
    path: process.env.WEBKIT_DRIVER_PATH || firstExisting(['/usr/bin/WebKitWebDriver']),
    missing:
      "No WebKitWebDriver found: install Debian's webkit2gtk-driver package or set WEBKIT_DRIVER_PATH.",
  },
};

/** MiniBrowser beside Debian's WebKitGTK; WEBKIT_BROWSER_PATH for one elsewhere. */
export const miniBrowserPath =
  process.env.WEBKIT_BROWSER_PATH ||
  firstExisting([
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);

export const xvfbPath = firstExisting(['/usr/bin/Xvfb']);

/**
 * A TCP port nobody is listening on now.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Resolves once something accepts connections on `port`, or rejects after `timeoutMs`.
 * @param {number} port
 * @param {number} timeoutMs
 * @param {import('node:child_process').ChildProcess} child
 */
async function waitForPort(port, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode})`);
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeoutMs} ms`);
}

/** The first X display number with neither a lock file nor a socket. */
function freeDisplay() {
  for (let n = 99; n < 200; n += 1) {
    if (!existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`)) return n;
  }
  throw new Error('No free X display between :99 and :199');
}

/**
 * Waits until Xvfb has made the display's socket.
 * @param {number} n
 * @param {import('node:child_process').ChildProcess} child
 */
async function waitForDisplay(n, child) {
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Xvfb exited (${child.exitCode})`);
    if (existsSync(`/tmp/.X11-unix/X${n}`)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Xvfb did not open display :${n}`);
}

/**
 * Starts Xvfb (or, without it, uses the DISPLAY already set) and WebKitWebDriver on `port`; returns a stop function
 * that ends both, by their PIDs. Also stops them if this process exits first.
 * @param {number} port
 * @returns {Promise<() => void>}
 */
export async function startWebKitDriver(port) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    }
    children.length = 0;
  };
  process.once('exit', stop);
  const env = { ...process.env };
  if (xvfbPath || !env.DISPLAY) {
    if (!xvfbPath) throw new Error("No Xvfb found: install Debian's xvfb package.");
    const display = freeDisplay();
    const xvfb = spawn(
      xvfbPath,
      [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: 'ignore',
      },
    );
    children.push(xvfb);
    await waitForDisplay(display, xvfb);
    env.DISPLAY = `:${display}`;
  }
  const driverPath = ENGINES.webkit.path;
  if (!driverPath) throw new Error(ENGINES.webkit.missing);
  const driver = spawn(driverPath, [`--port=${port}`], { env, stdio: 'ignore' });
  children.push(driver);
  await waitForPort(port, 10000, driver);
  return stop;
}
