// Helpers for the Node tests: the `hc-widgets` command as a user runs it (the built package:
// `npm test` builds first), and throwaway catalogue files and servers.
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/hc-widgets.js', import.meta.url);

/**
 * Runs `hc-widgets …args`; resolves with its exit code, stdout and stderr.
 * @param {...string} args
 * @returns {Promise<{ code: number | string | null | undefined, stdout: string, stderr: string }>}
 */
export function hcWidgets(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN.pathname, ...args], (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/**
 * Writes `content` (an object as JSON, or text as it is) to a new file; returns its path.
 * @param {unknown} content
 */
export async function catalogueFile(content, name = 'catalogue.json') {
  const path = join(await mkdtemp(join(tmpdir(), 'hc-widgets-')), name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

/**
 * A loopback HTTP server answering every request with `handler`; `close()` when done.
 * @param {import('node:http').RequestListener} handler
 */
export async function serve(handler) {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A loopback port nobody listens on: taken from the system, then let go. */
export async function closedPort() {
  const { origin, close } = await serve(() => {});
  await close();
  return origin;
}
