// `npm run receiver`: the feedback receiver, configured from the environment (see config.ts
// and README.md beside it). Stops cleanly on SIGINT and SIGTERM.
import { buildApp } from './app.js';
import { readConfig } from './config.js';
import { openStore } from './store.js';

/** How often retention runs after the first run at start. */
const RETENTION_EVERY_MS = 60 * 60 * 1000;

const config = readConfig();
const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const app = await buildApp({ store, config });

/** Deletes what is older than RETENTION_DAYS (when set), logging only the count. */
async function applyRetention(): Promise<void> {
  if (!config.retentionDays) return;
  try {
    const deleted = await store.deleteOlderThan(config.retentionDays);
    app.log.info({ deleted, retentionDays: config.retentionDays }, 'retention applied');
  } catch (error) {
    app.log.error({ name: (error as Error).name }, 'retention failed');
  }
}

await applyRetention();
const retention = setInterval(() => void applyRetention(), RETENTION_EVERY_MS);
retention.unref();

if (!config.adminToken) {
  app.log.warn('RECEIVER_ADMIN_TOKEN is not set: GET /feedback answers 401 to everyone');
}

// Fastify's own line would name the address it listens on.
await app.listen({ port: config.port, host: config.host, listenTextResolver: () => 'listening' });
app.log.info(
  { port: config.port, store: store.kind, origins: config.allowedOrigins.length },
  'receiver ready',
);

let stopping = false;
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = true;
  app.log.info({ signal }, 'receiver stopping');
  clearInterval(retention);
  await app.close();
  await store.close();
  process.exit(0);
}
process.on('SIGINT', (signal) => void stop(signal));
process.on('SIGTERM', (signal) => void stop(signal));
