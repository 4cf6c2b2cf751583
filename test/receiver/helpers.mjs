// Shared by the receiver's tests (node --test): payloads, free ports, captured logs, and a
// throwaway PostgreSQL cluster on loopback.
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';

/**
 * A valid payload, as the form sends it, with `overrides` on top.
 * @param {Record<string, unknown>} [overrides]
 */
export function payload(overrides = {}) {
  return {
    id: randomUUID(),
    page: '/careers/clinical-coder',
    roleId: 'clinical-coder',
    message: 'The entry requirements could say which A levels help.',
    locale: 'en',
    submittedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** A port nobody is listening on just now. */
export async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** A temporary directory, removed by the returned function. */
export function tempDir(prefix = 'receiver-test-') {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** A writable stream that keeps every log line, for `buildApp({ logStream })`. */
export function captureLogs() {
  /** @type {string[]} */
  const lines = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines, text: () => lines.join('\n') };
}

/** Where Debian keeps PostgreSQL's server programs (the newest version), if anywhere. */
function postgresBin() {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    return initdb ? initdb.replace(/\/initdb$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a throwaway PostgreSQL cluster on 127.0.0.1 (initdb into a temporary directory, then
 * the server on a free port), as the `postgres` user when running as root, which PostgreSQL
 * requires. Resolves to `{ url, stop }`, or to `{ skip }` with the reason it cannot start.
 * @returns {Promise<{ url: string, crashAndRestart: () => void, stop: () => Promise<void> } | { skip: string }>}
 */
export async function startPostgres() {
  const bin = postgresBin();
  if (!bin) return { skip: 'PostgreSQL is not installed (no initdb): .ci/run installs it' };
  const asRoot = process.getuid?.() === 0;
  let uid = 0;
  let gid = 0;
  if (asRoot) {
    try {
      uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    } catch {
      return { skip: 'running as root and there is no postgres user to run the server as' };
    }
  }
  const dir = tempDir('receiver-pg-');
  const data = join(dir.path, 'data');
  if (asRoot) {
    chownSync(dir.path, uid, gid);
    chmodSync(dir.path, 0o700);
  }
  /** @param {string} program @param {string[]} args */
  const run = (program, args) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, program), ...args], {
          stdio: 'pipe',
          cwd: dir.path,
        })
      : execFileSync(join(bin, program), args, { stdio: 'pipe', cwd: dir.path });
  const port = await freePort();
  const startServer = () =>
    run('pg_ctl', [
      'start',
      '-D',
      data,
      '-w',
      '-t',
      '20',
      '-l',
      join(dir.path, 'server.log'),
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir.path}`,
    ]);
  try {
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8']);
    startServer();
  } catch (error) {
    const output = /** @type {{ stderr?: Buffer }} */ (error).stderr?.toString().trim();
    await dir.remove();
    return { skip: `PostgreSQL did not start: ${output || String(error)}` };
  }
  const pid = () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** Stops the server as a crash would (immediate mode: no checkpoint), then starts it again. */
    crashAndRestart() {
      run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      startServer();
    },
    async stop() {
      // By its PID: a fast shutdown, then wait for it to go.
      const serverPid = pid();
      try {
        process.kill(serverPid, 'SIGINT');
      } catch {
        // already gone
      }
      for (let i = 0; i < 100; i += 1) {
        try {
          process.kill(serverPid, 0);
        } catch {
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await dir.remove();
    },
  };
}

/**
 * Starts the receiver (`node --import tsx server/receiver/main.ts`, one process, as
 * `npm run receiver` does) with `env` and waits until /health answers.
 * @param {Record<string, string>} env
 */
export async function spawnReceiver(env) {
  const port = Number(env.PORT);
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/receiver/main.ts'], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  // PGlite's first start in a new directory takes seconds, many more on a busy machine.
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`receiver exited: ${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return { child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`receiver did not start in 90 s: ${output}`);
}
