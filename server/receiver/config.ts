// The receiver's settings, from the environment (SPEC: "The feedback receiver"; every variable
// is listed in README.md beside this file).

export interface ReceiverConfig {
  /** PORT, default 8787. */
  port: number;
  /** HOST, default 127.0.0.1 (0.0.0.0 to listen on all). */
  host: string;
  /** RECEIVER_DATA_DIR, default ./.receiver-data (PGlite). */
  dataDir: string;
  /** DATABASE_URL: PostgreSQL instead of PGlite. */
  databaseUrl: string | undefined;
  /** ALLOWED_ORIGINS, comma-separated exact origins. */
  allowedOrigins: string[];
  /** RECEIVER_ADMIN_TOKEN; unset: the listing is closed. */
  adminToken: string | undefined;
  /** RATE_LIMIT_PER_MINUTE, default 30 POSTs per client. */
  rateLimitPerMinute: number;
  /** RETENTION_DAYS, default 0 (keep everything). */
  retentionDays: number;
  /** TRUST_PROXY: Fastify's trustProxy. */
  trustProxy: boolean | number | string;
  /** LOG_LEVEL, default info. */
  logLevel: string;
}

function wholeNumber(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value.trim() === '') return fallback;
  if (!/^\d+$/.test(value.trim())) throw new Error(`${name} must be a whole number.`);
  return Number(value);
}

/**
 * `true`/`false`, a hop count, or addresses and CIDR ranges (comma-separated) that Fastify
 * then trusts to set X-Forwarded-For.
 */
function trustProxy(value: string | undefined): boolean | number | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

export function readConfig(env: Record<string, string | undefined> = process.env): ReceiverConfig {
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
