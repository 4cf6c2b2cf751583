// Durability: the receiver (`node --import tsx server/receiver/main.ts`) is killed with SIGKILL
// in the middle of a load; restarted, it must hold every message it acknowledged with 201 or 200.
// With PGlite the database dies with the process. With PostgreSQL the server is also stopped
// the way a crash stops it (immediate mode, no checkpoint) and recovers on restart.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { freePort, payload, spawnReceiver, startPostgres, tempDir } from './helpers.mjs';

const TOKEN = 'sigkill-admin-token';
const WORKERS = 12;
const dir = tempDir('receiver-sigkill-');
const postgres = await startPostgres();
if ('skip' in postgres) console.log(`# PostgreSQL SIGKILL test skipped: ${postgres.skip}`);
after(async () => {
  await dir.remove();
  if ('stop' in postgres) await postgres.stop();
});

/**
 * Loads a receiver started with `env`, kills it (and calls `crash`), restarts it, and compares.
 * @param {import('node:test').TestContext} t
 * @param {string} name
 * @param {Record<string, string>} env
 * @param {() => void} [crash]
 */
async function killMidLoad(t, name, env, crash) {
  const port = await freePort();
  const fullEnv = {
    PORT: String(port),
    RECEIVER_ADMIN_TOKEN: TOKEN,
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  };
  const first = await spawnReceiver(fullEnv);
  const url = `http://127.0.0.1:${port}/feedback`;

  /** @type {Set<string>} */
  const acknowledged = new Set();
  let failed = 0;
  let killed = false;
  let sent = 0;

  /** One client: posts new messages (and now and then a replay) until the process dies. */
  async function worker() {
    /** @type {ReturnType<typeof payload> | null} */
    let last = null;
    while (!killed) {
      /** @type {ReturnType<typeof payload>} */
      const body = last && sent % 5 === 0 ? last : payload({ message: `load ${sent}` });
      sent += 1;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': body.id },
          body: JSON.stringify(body),
        });
        if (response.status === 201 || response.status === 200) acknowledged.add(body.id);
        else failed += 1;
        await response.arrayBuffer();
        last = body;
      } catch {
        failed += 1;
      }
    }
  }

  const load = Array.from({ length: WORKERS }, worker);
  // Kill once a good number of messages are in, while every worker has one in flight.
  const deadline = Date.now() + 10_000;
  while (acknowledged.size < 300 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  killed = true;
  first.child.kill('SIGKILL');
  await new Promise((resolve) => first.child.once('exit', resolve));
  await Promise.all(load);
  crash?.();
  assert.ok(acknowledged.size >= 50, `only ${acknowledged.size} acknowledged before the kill`);

  const second = await spawnReceiver(fullEnv);
  try {
    const response = await fetch(`${url}?limit=10000`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    assert.equal(response.status, 200);
    const stored = new Set(
      /** @type {{ feedback: { id: string }[] }} */ (await response.json()).feedback.map(
        (row) => row.id,
      ),
    );
    const missing = [...acknowledged].filter((id) => !stored.has(id));
    const line =
      `SIGKILL mid-load (${name}): ${sent} requests sent, ${acknowledged.size} ids acknowledged, ` +
      `${failed} cut off in flight, ${stored.size} rows after restart, ` +
      `${missing.length} acknowledged ids missing`;
    t.diagnostic(line);
    console.log(line);
    assert.deepEqual(missing, []);
    // At most the requests in flight at the kill were stored without an answer.
    assert.ok(stored.size <= acknowledged.size + WORKERS);

    // And it takes new messages after the restart.
    const again = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload()),
    });
    assert.equal(again.status, 201);
  } finally {
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  }
}

describe('SIGKILL during a load', () => {
  it('PGlite: loses no acknowledged message, and restarts cleanly', (t) =>
    killMidLoad(t, 'PGlite', { RECEIVER_DATA_DIR: dir.path }));

  it(
    'PostgreSQL, crashed too: loses no acknowledged message, and restarts cleanly',
    { skip: 'skip' in postgres ? postgres.skip : false },
    (t) =>
      killMidLoad(
        t,
        'PostgreSQL',
        { DATABASE_URL: /** @type {{ url: string }} */ (postgres).url },
        () => /** @type {{ crashAndRestart: () => void }} */ (postgres).crashAndRestart(),
      ),
  );
});
