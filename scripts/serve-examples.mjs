// `npm run examples`: builds, then serves the example pages on http://localhost:8080 (PORT to
// change it) with the real feedback receiver (server/receiver/) behind /api/feedback, as a
// reverse proxy would put it: same origin, so no CORS. Messages are stored with PGlite in
// RECEIVER_DATA_DIR (default ./.receiver-data); with RECEIVER_ADMIN_TOKEN set, GET /api/feedback
// lists them. Nothing but examples/ and dist/ is served as files.
import { createServer } from 'node:http';
import { buildApp } from '../server/receiver/app.js';
import { readConfig } from '../server/receiver/config.js';
import { openStore } from '../server/receiver/store.js';
import { sendFile } from './static-files.mjs';

const PORT = Number(process.env.PORT ?? 8080);

const config = readConfig();
const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const receiver = await buildApp({ store, config });

/**
 * /api/feedback and /api/health, handed to the receiver as they came (body, headers, client).
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {string} path
 */
async function toReceiver(request, response, path) {
  // An http.Server's requests always have a url.
  const url = request.url ?? '/';
  /** @type {Buffer[]} */
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const answer = await receiver.inject({
    method: /** @type {import('fastify').HTTPMethods} */ (request.method),
    url: path + (url.includes('?') ? url.slice(url.indexOf('?')) : ''),
    headers: request.headers,
    payload: chunks.length ? Buffer.concat(chunks) : undefined,
    remoteAddress: request.socket.remoteAddress,
  });
  const headers = { ...answer.headers };
  delete headers['transfer-encoding'];
  delete headers.connection;
  delete headers['keep-alive'];
  response.writeHead(answer.statusCode, headers).end(answer.rawPayload);
}

const server = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/api/feedback') return toReceiver(request, response, '/feedback');
  if (path === '/api/health') return toReceiver(request, response, '/health');
  const file = path === '/' ? '/examples/index.html' : path;
  if (!(await sendFile(response, file, ['examples', 'dist']))) {
    response.writeHead(404).end('Not found');
  }
});

server.listen(PORT, () => {
  console.log(`Examples at http://localhost:${PORT}/`);
  console.log(`  http://localhost:${PORT}/examples/nhs-trust-vacancy.html`);
  console.log(`  http://localhost:${PORT}/examples/university-careers.html`);
  console.log(`Feedback goes to the receiver (${store.kind}) at /api/feedback`);
});

const stop = async () => {
  server.close();
  await receiver.close();
  await store.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
