// `npm run bench:receiver` (and the end of `npm run bench`): load figures for the feedback
// receiver, on this machine's loopback only. For each store, PGlite in a fresh data directory
// and PostgreSQL (a throwaway cluster, when one can start), it runs `server/receiver/main.ts`
// as its own process and posts new feedback at it with autocannon for a bounded time, then
// prints requests per second and latency percentiles. Not part of `npm test`.
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import {
  freePort,
  payload,
  spawnReceiver,
  startPostgres,
  tempDir,
} from '../test/receiver/helpers.mjs';

const SECONDS = Number(process.env.BENCH_RECEIVER_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_RECEIVER_CONNECTIONS ?? 10);
const TOKEN = `bench-${randomUUID()}`;

/**
 * Posts unique feedback at a running receiver for SECONDS; returns autocannon's result and the
 * number of rows the receiver then lists.
 * @param {number} port
 */
async function load(port) {
  // Warm up: the first inserts pay for the table's first pages.
  for (let i = 0; i < 20; i += 1) {
    await fetch(`http://127.0.0.1:${port}/feedback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload()),
    });
  }
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        path: '/feedback',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({ ...request, body: JSON.stringify(payload()) }),
      },
    ],
  });
  const listing = await fetch(`http://127.0.0.1:${port}/feedback?limit=99999`, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  const rows = (await listing.json()).feedback.length;
  return { result, rows };
}

/**
 * @param {string} name
 * @param {Record<string, string>} env
 */
async function bench(name, env) {
  const port = await freePort();
  const receiver = await spawnReceiver({
    PORT: String(port),
    RECEIVER_ADMIN_TOKEN: TOKEN,
    RATE_LIMIT_PER_MINUTE: '100000000',
    LOG_LEVEL: 'warn',
    ...env,
  });
  try {
    const { result, rows } = await load(port);
    return {
      store: name,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p90 ms': result.latency.p90,
      'p99 ms': result.latency.p99,
      'max ms': result.latency.max,
      requests: result.requests.total,
      'non-2xx': result.non2xx,
      errors: result.errors + result.timeouts,
      'rows stored': rows,
    };
  } finally {
    receiver.child.kill('SIGTERM');
    await new Promise((resolve) => receiver.child.once('exit', resolve));
  }
}

console.log(
  `Receiver load: POST /feedback with new ids, ${CONNECTIONS} connections, ${SECONDS} s per store, loopback`,
);
const figures = [];
const dir = tempDir('receiver-bench-');
try {
  figures.push(await bench('PGlite', { RECEIVER_DATA_DIR: dir.path }));
} finally {
  await dir.remove();
}
const postgres = await startPostgres();
if ('skip' in postgres) {
  console.log(`PostgreSQL skipped: ${postgres.skip}`);
} else {
  try {
    figures.push(await bench('PostgreSQL', { DATABASE_URL: postgres.url }));
  } finally {
    await postgres.stop();
  }
}
console.table(figures);
