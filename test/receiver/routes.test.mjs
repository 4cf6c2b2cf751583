// Every route and status of SPEC's feedback receiver, against PGlite and against a real
// PostgreSQL server (started here on loopback; skipped, with the reason, when it cannot start).
// Requests go through Fastify's inject; rows are read straight from the database.
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { buildApp } from '../../server/receiver/app.js';
import { openStore } from '../../server/receiver/store.js';
import { captureLogs, payload, startPostgres, tempDir } from './helpers.mjs';

const ALLOWED = 'https://careers.example.ac.uk';
const REFUSED = 'https://elsewhere.example.com';
const TOKEN = 'right-token-0123456789';

const postgres = await startPostgres();
if ('skip' in postgres) console.log(`# PostgreSQL tests skipped: ${postgres.skip}`);

const BACKENDS = [
  { name: 'PGlite', skip: false },
  { name: 'PostgreSQL', skip: 'skip' in postgres ? postgres.skip : false },
];

after(async () => {
  if ('stop' in postgres) await postgres.stop();
});

/**
 * A copy of `object` without `key`.
 * @param {Record<string, unknown>} object
 * @param {string} key
 */
const without = (object, key) =>
  Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));

/**
 * @param {import('fastify').FastifyInstance} app
 * @param {unknown} body  sent as it is when a string, else as JSON
 * @param {Record<string, string>} [headers]
 */
const post = (app, body, headers = {}) =>
  app.inject({
    method: 'POST',
    url: '/feedback',
    headers: { 'content-type': 'application/json', ...headers },
    payload: typeof body === 'string' ? body : JSON.stringify(body),
  });

for (const backend of BACKENDS) {
  describe(`receiver on ${backend.name}`, { skip: backend.skip }, () => {
    /** @type {import('../../server/receiver/store.js').FeedbackStore} */
    let store;
    /** @type {import('fastify').FastifyInstance} */
    let app;
    /** @type {ReturnType<typeof captureLogs>} */
    let logs;
    const dir = tempDir();
    const config = {
      allowedOrigins: [ALLOWED],
      adminToken: TOKEN,
      rateLimitPerMinute: 1000,
      trustProxy: false,
      logLevel: 'info',
    };

    /** The stored rows, straight from the database. */
    const rows = async () =>
      (await store.db.query('SELECT id::text AS id, message, role_id FROM feedback')).rows;

    before(async () => {
      store = await openStore(
        backend.name === 'PGlite'
          ? { dataDir: dir.path }
          : { dataDir: dir.path, databaseUrl: /** @type {{ url: string }} */ (postgres).url },
      );
      logs = captureLogs();
      app = await buildApp({ store, config, logStream: logs.stream });
    });
    beforeEach(async () => {
      await store.db.query('DELETE FROM feedback');
    });
    after(async () => {
      await app?.close();
      await dir.remove();
    });

    it('creates its schema and records the migration, once', async () => {
      const { rows: applied } = await store.db.query('SELECT version FROM schema_migrations');
      assert.deepEqual(
        applied.map((row) => Number(row.version)),
        [1],
      );
      await store.migrate();
      assert.equal((await store.db.query('SELECT * FROM schema_migrations')).rows.length, 1);
    });

    it('POST /feedback: 201 { id } and one stored row', async () => {
      const body = payload();
      const response = await post(app, body, { 'idempotency-key': body.id });
      assert.equal(response.statusCode, 201);
      assert.deepEqual(response.json(), { id: body.id });
      assert.deepEqual(await rows(), [
        { id: body.id, message: body.message, role_id: 'clinical-coder' },
      ]);
    });

    it('stores feedback without a roleId', async () => {
      const body = without(payload(), 'roleId');
      const response = await post(app, body);
      assert.equal(response.statusCode, 201);
      assert.deepEqual(await rows(), [{ id: body.id, message: body.message, role_id: null }]);
    });

    it('replays of one id: 200 { id, duplicate: true }, and still one row (also concurrently)', async () => {
      const body = payload();
      assert.equal((await post(app, body)).statusCode, 201);
      const again = await post(app, { ...body, message: 'A changed text is still a replay.' });
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), { id: body.id, duplicate: true });

      const racing = payload();
      const answers = await Promise.all(Array.from({ length: 8 }, () => post(app, racing)));
      assert.deepEqual(
        answers.map((answer) => answer.statusCode).sort(),
        [200, 200, 200, 200, 200, 200, 200, 201],
      );
      const stored = await rows();
      assert.equal(stored.length, 2);
      assert.equal(stored.find((row) => row.id === body.id)?.message, body.message);
    });

    it('counts the message limit in code points: 1200 emoji pass, 1201 do not', async () => {
      const fits = payload({ message: '😀'.repeat(1200) });
      assert.equal(fits.message.length, 2400, 'UTF-16 units');
      assert.equal((await post(app, fits)).statusCode, 201);
      const over = await post(app, payload({ message: '😀'.repeat(1201) }));
      assert.equal(over.statusCode, 400);
      assert.match(over.json().message, /1200 characters/);
      const plain = await post(app, payload({ message: 'a'.repeat(1201) }));
      assert.equal(plain.statusCode, 400);
      assert.equal((await rows()).length, 1);
    });

    it('ignores fields SPEC does not name, storing the rest', async () => {
      const body = payload({ extra: 'field', nested: { deep: true } });
      assert.equal((await post(app, body)).statusCode, 201);
      const [row] = await rows();
      assert.equal(row?.id, body.id);
      assert.equal(row?.message, body.message);
    });

    it('takes any RFC 3339 date-time for submittedAt: an offset, a space, a leap second', async () => {
      for (const submittedAt of [
        '2026-03-01T09:30:00+01:00',
        '2026-03-01 09:30:00.5z',
        '2016-12-31T23:59:60Z',
      ]) {
        assert.equal((await post(app, payload({ submittedAt }))).statusCode, 201, submittedAt);
      }
    });

    it('400 { message } for a bad body, and nothing stored', async () => {
      const bad = [
        payload({ id: 'not-a-uuid' }),
        payload({ id: '6f1c2b9e-1d2a-1b3c-8d4e-0a1b2c3d4e5f' }), // version 1, not 4
        payload({ message: '' }),
        payload({ message: ' \n\t ' }),
        payload({ message: 42 }),
        payload({ page: '' }),
        payload({ locale: 'english please' }),
        payload({ roleId: 'Clinical Coder' }),
        payload({ submittedAt: 'yesterday' }),
        payload({ submittedAt: '2026-01-01' }),
        payload({ submittedAt: '2026-01-01T10:00:00' }), // no zone
        payload({ submittedAt: '2026-02-30T10:00:00Z' }), // no such day: 400, not the store's 500
        payload({ page: `/${'p'.repeat(2048)}` }),
        payload({ message: 'nul \u0000 inside' }),
        payload({ page: '/a\u0000b' }),
        without(payload(), 'message'),
        without(payload(), 'submittedAt'),
        [payload()],
      ];
      for (const body of bad) {
        const response = await post(app, body);
        assert.equal(response.statusCode, 400, JSON.stringify(body).slice(0, 120));
        assert.equal(typeof response.json().message, 'string');
      }
      const mismatch = payload();
      const keyed = await post(app, mismatch, { 'idempotency-key': payload().id });
      assert.equal(keyed.statusCode, 400);
      assert.match(keyed.json().message, /Idempotency-Key/);
      assert.equal((await rows()).length, 0);
    });

    it('400 for malformed or empty JSON, without quoting the body back', async () => {
      const broken = await post(app, '{"message": "SECRET-WORDS-123');
      assert.equal(broken.statusCode, 400);
      assert.ok(!broken.body.includes('SECRET-WORDS-123'));
      assert.equal((await post(app, '')).statusCode, 400);
    });

    it('413 over 16 kB', async () => {
      const response = await post(app, payload({ page: `/${'p'.repeat(17 * 1024)}` }));
      assert.equal(response.statusCode, 413);
      assert.equal(typeof response.json().message, 'string');
    });

    it('415 when the body is not JSON', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        const response = await app.inject({
          method: 'POST',
          url: '/feedback',
          headers: { 'content-type': type },
          payload: 'message=hello',
        });
        assert.equal(response.statusCode, 415, type);
        assert.equal(typeof response.json().message, 'string');
      }
      assert.equal((await rows()).length, 0);
    });

    it('CORS: preflight and POST from an allowed origin; nothing for a refused one', async () => {
      /** @param {string} origin */
      const preflight = (origin) =>
        app.inject({
          method: 'OPTIONS',
          url: '/feedback',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,idempotency-key',
          },
        });
      const allowed = await preflight(ALLOWED);
      assert.equal(allowed.statusCode, 204);
      assert.equal(allowed.headers['access-control-allow-origin'], ALLOWED);
      assert.match(String(allowed.headers['access-control-allow-methods']), /\bPOST\b/);
      const headers = String(allowed.headers['access-control-allow-headers']).toLowerCase();
      assert.match(headers, /\bcontent-type\b/);
      assert.match(headers, /\bidempotency-key\b/);

      const refused = await preflight(REFUSED);
      assert.equal(refused.headers['access-control-allow-origin'], undefined);

      const body = payload();
      const fromAllowed = await post(app, body, { origin: ALLOWED });
      assert.equal(fromAllowed.statusCode, 201);
      assert.equal(fromAllowed.headers['access-control-allow-origin'], ALLOWED);
      const fromRefused = await post(app, payload(), { origin: REFUSED });
      assert.equal(fromRefused.headers['access-control-allow-origin'], undefined);
    });

    it('GET /feedback: 401 without a token, with a wrong one, and with no token configured', async () => {
      await post(app, payload());
      for (const authorization of [
        undefined,
        'Bearer wrong-token',
        `Bearer ${TOKEN}x`,
        `Basic ${TOKEN}`,
        'Bearer',
      ]) {
        const response = await app.inject({
          method: 'GET',
          url: '/feedback',
          headers: authorization ? { authorization } : {},
        });
        assert.equal(response.statusCode, 401, String(authorization));
        assert.equal(response.headers['www-authenticate'], 'Bearer');
        assert.ok(!response.body.includes('clinical-coder'));
      }
      const closed = await buildApp({
        store,
        config: { ...config, adminToken: undefined },
        logStream: captureLogs().stream,
      });
      for (const authorization of ['Bearer undefined', 'Bearer ', 'Bearer null']) {
        const response = await closed.inject({
          method: 'GET',
          url: '/feedback',
          headers: { authorization },
        });
        assert.equal(response.statusCode, 401);
      }
      await closed.close();
    });

    it('GET /feedback with the right token: newest first, as JSON', async () => {
      const sent = [payload({ message: 'first' }), payload({ message: 'second' })];
      for (const body of sent) {
        assert.equal((await post(app, body)).statusCode, 201);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const response = await app.inject({
        method: 'GET',
        url: '/feedback',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(response.statusCode, 200);
      /** @type {{ feedback: import('../../server/receiver/store.js').StoredFeedback[] }} */
      const { feedback } = response.json();
      assert.deepEqual(
        feedback.map((row) => row.message),
        ['second', 'first'],
      );
      assert.equal(feedback[0]?.id, sent[1]?.id);
      assert.equal(feedback[0]?.roleId, 'clinical-coder');
      assert.equal(feedback[0]?.submittedAt, sent[1]?.submittedAt);
      assert.match(String(feedback[0]?.receivedAt), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const limited = await app.inject({
        method: 'GET',
        url: '/feedback?limit=1',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(limited.json().feedback.length, 1);
      const bad = await app.inject({
        method: 'GET',
        url: '/feedback?limit=many',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json().message, /limit/);
      const badWithoutToken = await app.inject({ method: 'GET', url: '/feedback?limit=many' });
      assert.equal(badWithoutToken.statusCode, 401);
    });

    it('GET /feedback as CSV: quoted cells, and formulas defused', async () => {
      const hostile = [
        '=HYPERLINK("http://x","y")',
        '+1',
        '-2',
        '@SUM(A1)',
        'line one\nline "two", and more',
      ];
      for (const message of hostile)
        assert.equal((await post(app, payload({ message }))).statusCode, 201);
      const response = await app.inject({
        method: 'GET',
        url: '/feedback',
        headers: { authorization: `Bearer ${TOKEN}`, accept: 'text/csv' },
      });
      assert.equal(response.statusCode, 200);
      assert.match(String(response.headers['content-type']), /^text\/csv/);
      const csv = response.body;
      assert.ok(
        csv.startsWith('"id","received_at","submitted_at","page","role_id","locale","message"\r\n'),
      );
      assert.ok(csv.includes(`"'=HYPERLINK(""http://x"",""y"")"`));
      assert.ok(csv.includes(`"'+1"`));
      assert.ok(csv.includes(`"'-2"`));
      assert.ok(csv.includes(`"'@SUM(A1)"`));
      assert.ok(csv.includes('"line one\nline ""two"", and more"'));
      assert.equal(csv.trimEnd().split('\r\n').length, 1 + hostile.length);
      /** @param {string} accept */
      const typeFor = async (accept) =>
        String(
          (
            await app.inject({
              method: 'GET',
              url: '/feedback',
              headers: { authorization: `Bearer ${TOKEN}`, accept },
            })
          ).headers['content-type'],
        ).split(';')[0];
      assert.deepEqual(
        [
          await typeFor('application/json, text/csv'),
          await typeFor('text/csv;q=0, application/json'),
          await typeFor('text/csv, application/json;q=0.5'),
          await typeFor('*/*'),
        ],
        ['application/json', 'application/json', 'text/csv', 'application/json'],
      );
    });

    it('GET /health: 200 when the store answers', async () => {
      const response = await app.inject({ method: 'GET', url: '/health' });
      assert.equal(response.statusCode, 200);
      assert.equal(response.json().status, 'ok');
    });

    it('retention deletes rows older than N days, and only those', async () => {
      const old = payload();
      const recent = payload();
      await post(app, old);
      await post(app, recent);
      await store.db.query(
        "UPDATE feedback SET received_at = now() - interval '40 days' WHERE id = $1",
        [old.id],
      );
      assert.equal(await store.deleteOlderThan(30), 1);
      assert.deepEqual(
        (await rows()).map((row) => row.id),
        [recent.id],
      );
    });

    it('logs ids and statuses, never the message text or an IP address', async () => {
      logs.lines.length = 0;
      const secret = 'PRIVATE-WORDS-7f3a';
      const body = payload({ message: `My name is ${secret}` });
      const address = '203.0.113.77';
      /** @param {import('fastify').InjectOptions} options */
      const inject = (options) => app.inject({ ...options, remoteAddress: address });
      await inject({
        method: 'POST',
        url: '/feedback?note=' + secret,
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.9' },
        payload: JSON.stringify(body),
      });
      await inject({
        method: 'POST',
        url: '/feedback',
        headers: { 'content-type': 'application/json' },
        payload: `{"message":"${secret}`,
      });
      await inject({
        method: 'POST',
        url: '/feedback',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload({ message: secret, locale: 'not a locale' })),
      });
      await inject({
        method: 'GET',
        url: '/feedback',
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      const text = logs.text();
      assert.ok(logs.lines.length >= 8, 'there are log lines');
      for (const line of logs.lines) JSON.parse(line);
      assert.ok(text.includes(body.id), 'the id is logged');
      assert.ok(text.includes('"statusCode":201'));
      for (const forbidden of [secret, address, '198.51.100.9', '127.0.0.1', TOKEN]) {
        assert.ok(!text.includes(forbidden), `logs contain ${forbidden}`);
      }
    });

    it('429 { message } with Retry-After past RATE_LIMIT_PER_MINUTE POSTs per client; preflights are not counted', async () => {
      const limitedApp = await buildApp({
        store,
        config: { ...config, rateLimitPerMinute: 3 },
        logStream: captureLogs().stream,
      });
      /** @param {string} remoteAddress */
      const from = (remoteAddress, body = payload()) =>
        limitedApp.inject({
          method: 'POST',
          url: '/feedback',
          remoteAddress,
          headers: { 'content-type': 'application/json', origin: ALLOWED },
          payload: JSON.stringify(body),
        });
      for (let i = 0; i < 5; i += 1) {
        const preflight = await limitedApp.inject({
          method: 'OPTIONS',
          url: '/feedback',
          remoteAddress: '192.0.2.1',
          headers: { origin: ALLOWED, 'access-control-request-method': 'POST' },
        });
        assert.equal(preflight.statusCode, 204);
      }
      for (let i = 0; i < 3; i += 1) assert.equal((await from('192.0.2.1')).statusCode, 201);
      const limited = payload();
      const refused = await from('192.0.2.1', limited);
      assert.equal(refused.statusCode, 429);
      assert.equal(typeof refused.json().message, 'string');
      const retryAfter = Number(refused.headers['retry-after']);
      assert.ok(
        retryAfter > 0 && retryAfter <= 60,
        `Retry-After: ${refused.headers['retry-after']}`,
      );
      assert.equal(refused.headers['access-control-allow-origin'], ALLOWED, 'the form can read it');
      assert.ok(!(await rows()).some((row) => row.id === limited.id));
      // Another client is not held back.
      assert.equal((await from('192.0.2.2')).statusCode, 201);
      assert.equal((await rows()).length, 4);
      await limitedApp.close();
    });

    it('limits guesses at the admin token: 429 with Retry-After past the per-minute limit', async () => {
      const limitedApp = await buildApp({
        store,
        config: { ...config, rateLimitPerMinute: 3 },
        logStream: captureLogs().stream,
      });
      /** @param {string} token */
      const list = (token) =>
        limitedApp.inject({
          method: 'GET',
          url: '/feedback',
          remoteAddress: '192.0.2.7',
          headers: { authorization: `Bearer ${token}` },
        });
      const answers = [];
      for (const token of ['guess-1', 'guess-2', TOKEN, 'guess-3', TOKEN]) {
        answers.push((await list(token)).statusCode);
      }
      assert.deepEqual(answers, [401, 401, 200, 429, 429]);
      assert.ok(Number((await list(TOKEN)).headers['retry-after']) > 0);
      await limitedApp.close();
    });

    it('GET /health: 503 once the store stops answering', async () => {
      await store.close();
      const response = await app.inject({ method: 'GET', url: '/health' });
      assert.equal(response.statusCode, 503);
      assert.equal(typeof response.json().message, 'string');
    });
  });
}
