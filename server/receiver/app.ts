// The receiver's HTTP side: Fastify 5, SPEC's routes and statuses, nothing else.
//
//   POST    /feedback   201 { id } | 200 { id, duplicate: true } | 400 | 413 | 415 | 429
//                       (the body checked with the form's own FeedbackPayloadSchema)
//   OPTIONS /feedback   CORS preflight for ALLOWED_ORIGINS (Content-Type, Idempotency-Key)
//   GET     /feedback   newest first, JSON or CSV; Authorization: Bearer <RECEIVER_ADMIN_TOKEN>
//   GET     /health     200 when the store answers, else 503
//
// Logs are pino's JSON lines. They carry the method, the path, the status, the feedback id and
// timings; never the message text, the headers or anyone's IP address.
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { stringify } from 'csv-stringify/sync';
import Negotiator from 'negotiator';
import Fastify, { type FastifyError, type FastifyServerOptions } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Writable } from 'node:stream';
import * as v from 'valibot';
import { FeedbackPayloadSchema } from '../../src/elements/feedback-form/feedback-payload.js';
import type { ReceiverConfig } from './config.js';
import type { FeedbackStore, StoredFeedback } from './store.js';

/** "413 over 16 kB". */
export const BODY_LIMIT = 16 * 1024;

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Compares the bearer token with the configured one in constant time (both are hashed first,
 * so their lengths do not show either). No configured token: nobody gets in.
 */
export function authorised(header: string | undefined, token: string | undefined): boolean {
  if (!token) return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(token));
}

/** The columns of the CSV listing, in order. */
const CSV_COLUMNS: { key: keyof StoredFeedback; header: string }[] = [
  { key: 'id', header: 'id' },
  { key: 'receivedAt', header: 'received_at' },
  { key: 'submittedAt', header: 'submitted_at' },
  { key: 'page', header: 'page' },
  { key: 'roleId', header: 'role_id' },
  { key: 'locale', header: 'locale' },
  { key: 'message', header: 'message' },
];

/**
 * Every cell quoted, quotes doubled, and cells a spreadsheet would run as a formula
 * (= + - @, tab, carriage return) prefixed with an apostrophe.
 */
export function toCsv(rows: StoredFeedback[]): string {
  return stringify(rows, {
    header: true,
    columns: CSV_COLUMNS,
    quoted: true,
    quoted_empty: true,
    escape_formulas: true,
    record_delimiter: 'windows',
  });
}

/** Log lines name the request by method and path only: no query string, headers or address. */
const requestSerializer = (request: { method: string; url: string; id?: string }) => ({
  id: request.id,
  method: request.method,
  path: request.url.split('?')[0],
});

export interface AppOptions {
  store: FeedbackStore;
  config: Pick<
    ReceiverConfig,
    'allowedOrigins' | 'adminToken' | 'rateLimitPerMinute' | 'trustProxy' | 'logLevel'
  >;
  /** Where log lines go (default stdout). */
  logStream?: Writable | undefined;
}

export async function buildApp({ store, config, logStream }: AppOptions) {
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    // Fastify takes a hop count too (its documentation, lib/request.js); its types leave it out.
    trustProxy: config.trustProxy as FastifyServerOptions['trustProxy'],
    // The body is checked by FeedbackPayloadSchema, not Ajv; Ajv checks GET's query string only.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
    logger: {
      level: config.logLevel,
      ...(logStream ? { stream: logStream } : {}),
      serializers: {
        req: requestSerializer,
        res: (reply) => ({ statusCode: reply.statusCode }),
      },
      // Belt and braces, should anything log these objects whole.
      redact: {
        paths: [
          'req.headers',
          'req.body',
          'req.ip',
          'req.ips',
          'req.remoteAddress',
          'body',
          'payload',
          'message',
        ],
        remove: true,
      },
    },
  });

  // JSON only: Fastify also parses text/plain by default, which would be a 400, not a 415.
  app.removeContentTypeParser('text/plain');

  await app.register(cors, {
    origin: config.allowedOrigins.length ? config.allowedOrigins : false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Idempotency-Key'],
    maxAge: 600,
  });
  // Only the routes that ask for it are limited; preflights are answered in an earlier hook.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'RATE_LIMITED',
      message: `Too many messages from here: try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
    }),
  });

  app.setErrorHandler((error, request, reply) => {
    // Whatever was thrown; Fastify's own errors carry these fields.
    const { statusCode = 500, code, validation, message, name } = error as Partial<FastifyError>;
    // Validation and parser errors can quote the body; only their kind is logged.
    request.log.info({ code: code ?? 'unknown', statusCode }, 'request refused');
    // The only schema Ajv is given: GET /feedback's query string.
    if (validation) {
      return reply.code(400).send({ message: 'limit must be a whole number from 1 to 10000.' });
    }
    if (statusCode === 413) return reply.code(413).send({ message: 'The body is over 16 kB.' });
    if (statusCode === 415) {
      return reply.code(415).send({ message: 'Send JSON, with Content-Type: application/json.' });
    }
    if (statusCode === 429) return reply.code(429).send({ message });
    if (statusCode >= 400 && statusCode < 500) {
      // Malformed or empty JSON, and the like: Fastify's text may quote the body.
      return reply.code(statusCode).send({ message: 'The body is not valid JSON feedback.' });
    }
    request.log.error({ code: code ?? 'unknown', name }, 'store failed');
    return reply
      .code(500)
      .send({ message: 'The feedback could not be stored just now. Please try again.' });
  });

  app.post(
    '/feedback',
    { config: { rateLimit: { max: config.rateLimitPerMinute, timeWindow: 60_000 } } },
    async (request, reply) => {
      const checked = v.safeParse(FeedbackPayloadSchema, request.body, { abortEarly: true });
      if (!checked.success) {
        // The issue's message names the field and its rule; its input is never logged.
        request.log.info({ code: 'INVALID_FEEDBACK', statusCode: 400 }, 'request refused');
        return reply.code(400).send({ message: checked.issues[0].message });
      }
      const feedback = checked.output;
      // PostgreSQL text cannot hold U+0000; said plainly rather than failing at the store. Any
      // field of the body counts, also one the schema ignores.
      if (
        Object.values(request.body as object).some(
          (value) => typeof value === 'string' && value.includes('\0'),
        )
      ) {
        return reply
          .code(400)
          .send({ message: 'The feedback has a NUL character (U+0000) in it.' });
      }
      const key = request.headers['idempotency-key'];
      if (key !== undefined && String(key).toLowerCase() !== feedback.id.toLowerCase()) {
        return reply.code(400).send({ message: 'The Idempotency-Key header must be the id.' });
      }
      const id = feedback.id.toLowerCase();
      const inserted = await store.insert({ ...feedback, id });
      request.log.info({ feedbackId: id, duplicate: !inserted }, 'feedback stored');
      return inserted
        ? reply.code(201).send({ id })
        : reply.code(200).send({ id, duplicate: true });
    },
  );

  app.get(
    '/feedback',
    {
      // Token guesses are rate limited like POSTs (the limiter runs at onRequest); then the token
      // is checked before the query is validated: no token, no answers.
      config: {
        rateLimit: {
          max: config.rateLimitPerMinute,
          timeWindow: 60_000,
          errorResponseBuilder: (_request, context) => ({
            statusCode: 429,
            code: 'RATE_LIMITED',
            message: `Too many requests from here: try again in ${Math.ceil(context.ttl / 1000)} seconds.`,
          }),
        },
      },
      preValidation: async (request, reply) => {
        if (authorised(request.headers.authorization, config.adminToken)) return;
        await reply
          .code(401)
          .header('WWW-Authenticate', 'Bearer')
          .send({ message: 'The listing needs Authorization: Bearer <RECEIVER_ADMIN_TOKEN>.' });
      },
      schema: {
        querystring: {
          type: 'object',
          properties: { limit: { type: 'string', pattern: '^[0-9]{1,5}$' } },
        },
      },
    },
    async (request, reply) => {
      const { limit } = request.query as { limit?: string };
      const rows = await store.list(Math.min(Math.max(Number(limit ?? 1000), 1), 10_000));
      reply.header('Cache-Control', 'no-store');
      // JSON unless the client prefers CSV (q-values honoured; a tie goes to JSON).
      const accepted = new Negotiator(request).mediaType(['application/json', 'text/csv']);
      if (accepted === 'text/csv') {
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', 'attachment; filename="feedback.csv"')
          .send(toCsv(rows));
      }
      return reply.send({ feedback: rows });
    },
  );

  app.get('/health', async (request, reply) => {
    try {
      await Promise.race([
        store.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
      ]);
      return reply.send({ status: 'ok', store: store.kind });
    } catch {
      request.log.warn({ store: store.kind }, 'store not answering');
      return reply.code(503).send({ message: 'The store is not answering.' });
    }
  });

  return app;
}
