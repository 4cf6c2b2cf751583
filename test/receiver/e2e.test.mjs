// End to end: the real <hc-feedback-form> from the built CDN bundle, in headless Chromium, on a
// page of one origin, posting across origins (so with a CORS preflight) to the running receiver.
// `npm test` builds dist/ before this runs.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, it } from 'node:test';
import { chromiumPath, launchChromium } from '../../scripts/chromium.mjs';
import { sendFile } from '../../scripts/static-files.mjs';
import { buildApp } from '../../server/receiver/app.js';
import { openStore } from '../../server/receiver/store.js';
import { captureLogs, freePort, tempDir } from './helpers.mjs';

const BUNDLE = 'dist/cdn/hc-widgets.js';

const pagePort = await freePort();
const receiverPort = await freePort();
/** The page's origin, the one the receiver allows. */
const allowed = `http://127.0.0.1:${pagePort}`;
/** The same page under another name: another origin, which the receiver does not allow. */
const refused = `http://localhost:${pagePort}`;
const endpoint = `http://127.0.0.1:${receiverPort}/feedback`;

/**
 * What the page below records: each hc-feedback-sent or hc-feedback-failed event.
 * @typedef {typeof window & {
 *   __events: { type: string, detail: { id: string, status: number | null, reason?: string } }[]
 * }} TestWindow
 */
const pageHtml = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Feedback to the receiver</title>
    <script type="module" src="/${BUNDLE}"></script></head>
  <body>
    <hc-feedback-form endpoint="${endpoint}" page="/e2e/receiver" role-id="clinical-coder"></hc-feedback-form>
    <script>
      window.__events = [];
      for (const type of ['hc-feedback-sent', 'hc-feedback-failed'])
        document.addEventListener(type, (event) => window.__events.push({ type, detail: event.detail }));
    </script>
  </body>
</html>`;

const pages = createServer(async (request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/') {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pageHtml);
    return;
  }
  if (!(await sendFile(response, path, ['dist']))) response.writeHead(404).end();
});

const dir = tempDir('receiver-e2e-');
/** @type {import('../../server/receiver/store.js').FeedbackStore} */
let store;
/** @type {import('fastify').FastifyInstance} */
let app;
/** @type {import('puppeteer-core').Browser} */
let browser;

before(async () => {
  if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first.`);
  if (!chromiumPath) throw new Error('No Chromium found: install it or set CHROME_PATH.');
  await new Promise((resolve) => pages.listen(pagePort, '127.0.0.1', () => resolve(undefined)));
  store = await openStore({ dataDir: dir.path });
  app = await buildApp({
    store,
    config: {
      allowedOrigins: [allowed],
      adminToken: 'e2e-token',
      rateLimitPerMinute: 30,
      trustProxy: false,
      logLevel: 'warn',
    },
    logStream: captureLogs().stream,
  });
  await app.listen({ port: receiverPort, host: '127.0.0.1' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await store?.close().catch(() => {});
  await new Promise((resolve) => pages.close(resolve));
  await dir.remove();
});

/**
 * Opens the page from `origin`, types `message` into the form and sends it; resolves to the
 * first hc-feedback-sent or hc-feedback-failed event, and the page.
 * @param {string} origin
 * @param {string} message
 */
async function send(origin, message) {
  const page = await browser.newPage();
  await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForSelector('hc-feedback-form >>> textarea', { timeout: 60_000 });
  await page.type('hc-feedback-form >>> textarea', message);
  await page.click('hc-feedback-form >>> button[type="submit"]');
  await page.waitForFunction(() => /** @type {TestWindow} */ (window).__events.length > 0, {
    timeout: 60_000,
  });
  const [event] = await page.evaluate(() => /** @type {TestWindow} */ (window).__events);
  assert.ok(event, 'an event was recorded');
  return { page, event };
}

it('the form posts to the receiver across origins, and the message is stored', async () => {
  const message = 'Sent from the real form, end to end: “quotes”, emoji 😀 and Cymraeg ŵ.';
  const { page, event } = await send(allowed, message);
  assert.equal(event.type, 'hc-feedback-sent', JSON.stringify(event));
  assert.equal(event.detail.status, 201);
  const success = await page.$eval(
    'hc-feedback-form',
    (form) => form.shadowRoot?.querySelector('[part~="success"]')?.textContent ?? '',
  );
  assert.ok(success.trim().length > 0, 'the success panel shows');
  await page.close();

  const { rows } = await store.db.query(
    'SELECT id::text AS id, page, role_id, message, locale FROM feedback WHERE id = $1',
    [event.detail.id],
  );
  assert.deepEqual(rows, [
    {
      id: event.detail.id,
      page: '/e2e/receiver',
      role_id: 'clinical-coder',
      message,
      locale: 'en',
    },
  ]);
});

it('from an origin not on the allow list, the browser blocks the post: nothing is stored', async () => {
  const before = Number((await store.db.query('SELECT count(*) AS n FROM feedback')).rows[0]?.n);
  const { page, event } = await send(refused, 'This one comes from an origin not allowed.');
  assert.equal(event.type, 'hc-feedback-failed');
  assert.equal(event.detail.reason, 'network');
  const kept = await page.$eval(
    'hc-feedback-form',
    (form) => form.shadowRoot?.querySelector('textarea')?.value,
  );
  assert.equal(kept, 'This one comes from an origin not allowed.');
  await page.close();
  const after = Number((await store.db.query('SELECT count(*) AS n FROM feedback')).rows[0]?.n);
  assert.equal(after, before);
});
