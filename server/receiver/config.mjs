// The receiver's settings, from the environment (SPEC: "The feedback receiver").

/**
 * @typedef {object} ReceiverConfig
 * @property {number} port                 PORT, default 8787
 * @property {string} host                 HOST, default 127.0.0.1 (0.0.0.0 to listen on all)
 * @property {string} dataDir              RECEIVER_DATA_DIR, default ./.receiver-data (PGlite)
 * @property {string | undefined} databaseUrl   DATABASE_URL: PostgreSQL instead of PGlite
 * @property {string[]} allowedOrigins     ALLOWED_ORIGINS, comma-separated exact origins
 * @property {string | undefined} adminToken    RECEIVER_ADMIN_TOKEN; unset: the listing is closed
 * @property {number} rateLimitPerMinute   RATE_LIMIT_PER_MINUTE, default 30 POSTs per client
 * @property {number} retentionDays        RETENTION_DAYS, default 0 (keep everything)
 * @property {boolean | number | string} trustProxy  TRUST_PROXY: Fastify's trustProxy
 * @property {string} logLevel             LOG_LEVEL, default info
 */

/**
 * @param {string | undefined} value
 * @param {number} fallback
 * @param {string} name
 */
function wholeNumber(value, fallback, name) {
  if (value === undefined || value.trim() === '') return fallback;
  if (!/^\d+$/.test(value.trim())) throw new Error(`${name} must be a whole number.`);
  return Number(value);
}

/**
 * `true`/`false`, a hop count, or addresses and CIDR ranges (comma-separated) that Fastify
 * then trusts to set X-Forwarded-For.
 * @param {string | undefined} value
 * @returns {boolean | number | string}
 */
function trustProxy(value) {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

/**
 * @param {Record<string, string | undefined>} [env]
 * @returns {ReceiverConfig}
 */
export function readConfig(env = process.env) {
  const adminToken = env.RECEIVER_ADMIN_TOKEN?.trim();
  return {
    port: wholeNumber(env.PORT, 8787, 'PORT'),
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: env.RECEIVER_DATA_DIR?.trim() || './.receiver-data',
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean),
    adminToken: adminToken || undefined,
    rateLimitPerMinute: wholeNumber(env.RATE_LIMIT_PER_MINUTE, 30, 'RATE_LIMIT_PER_MINUTE'),
    retentionDays: wholeNumber(env.RETENTION_DAYS, 0, 'RETENTION_DAYS'),
    trustProxy: trustProxy(env.TRUST_PROXY),
    logLevel: env.LOG_LEVEL?.trim() || 'info',
  };
}
