// The receiver's storage: one small interface, two databases, the same SQL.
//
//   openDatabase({ databaseUrl, dataDir })  PostgreSQL through `pg` when databaseUrl is set,
//                                           else embedded PGlite in dataDir ('memory://' works)
//   createFeedbackStore(db)                 migrate(), insert(row), list(limit), ping(),
//                                           deleteOlderThan(days), close()
//
// Idempotency is the primary key: `INSERT … ON CONFLICT (id) DO NOTHING`, and a row that was
// not inserted is a replay. A caller hears back only after the write is durable (see
// `pgliteDatabase` for what that takes with PGlite).
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

import type { FeedbackPayload } from '../../src/elements/feedback-form/feedback-payload.js';

export interface QueryResult {
  rows: Record<string, unknown>[];
  affectedRows?: number;
  rowCount?: number | null;
}
export type Query = (text: string, params?: unknown[]) => Promise<QueryResult>;

/** What both databases offer the store. */
export interface Database {
  kind: 'pglite' | 'postgres';
  query: Query;
  transaction<T>(work: (query: Query) => Promise<T>): Promise<T>;
  /** Resolves once every write so far is on disk. */
  durable(): Promise<void>;
  close(): Promise<void>;
}

/** A message as checked by the receiver: the form's payload. */
export type Feedback = FeedbackPayload;

/** A stored message, as `GET /feedback` lists it. */
export interface StoredFeedback {
  id: string;
  page: string;
  roleId: string | null;
  message: string;
  locale: string;
  submittedAt: string;
  receivedAt: string;
}

/** Schema changes, applied once each and in order, recorded in schema_migrations. */
export const MIGRATIONS = [
  {
    version: 1,
    sql: `
      CREATE TABLE feedback (
        id uuid PRIMARY KEY,
        page text NOT NULL,
        role_id text,
        message text NOT NULL,
        locale text NOT NULL,
        submitted_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX feedback_received_at ON feedback (received_at DESC);
    `,
  },
];

const SQL = {
  migrationsTable: `CREATE TABLE IF NOT EXISTS schema_migrations (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`,
  // Two receivers starting together on one server take turns (PGlite has one connection).
  migrationLock: `SELECT pg_advisory_xact_lock(8787)`,
  applied: `SELECT version FROM schema_migrations`,
  recordMigration: `INSERT INTO schema_migrations (version) VALUES ($1)`,
  insert: `INSERT INTO feedback (id, page, role_id, message, locale, submitted_at)
    VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (id) DO NOTHING
    RETURNING id`,
  list: `SELECT id::text AS id, page, role_id, message, locale,
      to_char(submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS submitted_at,
      to_char(received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS received_at
    FROM feedback ORDER BY received_at DESC, id LIMIT $1`,
  ping: `SELECT 1 AS ok`,
  retention: `DELETE FROM feedback WHERE received_at < now() - make_interval(days => $1::int)`,
};

/**
 * The feedback store on either database.
 */
export function createFeedbackStore(db: Database) {
  return {
    kind: db.kind,
    db,

    /** Creates the tables, or brings them up to date. */
    async migrate() {
      await db.query(SQL.migrationsTable);
      await db.transaction(async (query) => {
        await query(SQL.migrationLock);
        const done = new Set((await query(SQL.applied)).rows.map((row) => Number(row.version)));
        for (const migration of MIGRATIONS) {
          if (done.has(migration.version)) continue;
          for (const statement of migration.sql.split(';').filter((part) => part.trim())) {
            await query(statement);
          }
          await query(SQL.recordMigration, [migration.version]);
        }
      });
      await db.durable();
    },

    /**
     * Stores one message; true when it is new, false when its id was already stored.
     * Resolves only once the row is durable.
     */
    async insert(feedback: Feedback): Promise<boolean> {
      const { rows } = await db.query(SQL.insert, [
        feedback.id,
        feedback.page,
        feedback.roleId ?? null,
        feedback.message,
        feedback.locale,
        feedback.submittedAt,
      ]);
      await db.durable();
      return rows.length === 1;
    },

    /** Newest first. */
    async list(limit: number): Promise<StoredFeedback[]> {
      const { rows } = await db.query(SQL.list, [limit]);
      return rows.map((row) => ({
        id: String(row.id),
        page: String(row.page),
        // A text column: a string or NULL.
        roleId: typeof row.role_id === 'string' ? row.role_id : null,
        message: String(row.message),
        locale: String(row.locale),
        submittedAt: String(row.submitted_at),
        receivedAt: String(row.received_at),
      }));
    },

    /** Throws unless the database answers. */
    async ping(): Promise<void> {
      await db.query(SQL.ping);
    },

    /** Deletes rows received more than `days` days ago; returns how many. */
    async deleteOlderThan(days: number): Promise<number> {
      const result = await db.query(SQL.retention, [days]);
      await db.durable();
      return Number(result.affectedRows ?? result.rowCount ?? 0);
    },

    close: () => db.close(),
  };
}

export type FeedbackStore = ReturnType<typeof createFeedbackStore>;

/** Opens the database the settings name and brings its schema up to date. */
export async function openStore({
  databaseUrl,
  dataDir,
}: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<FeedbackStore> {
  const db = databaseUrl ? await postgresDatabase(databaseUrl) : await pgliteDatabase(dataDir);
  const store = createFeedbackStore(db);
  try {
    await store.migrate();
  } catch (error) {
    await db.close();
    throw error;
  }
  return store;
}

/**
 * PostgreSQL through a `pg` pool. A COMMIT is durable by default (fsync and synchronous_commit
 * on), and every statement here is its own transaction unless run in `transaction`.
 */
export async function postgresDatabase(connectionString: string): Promise<Database> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client losing its server is reported here; the next query gets a fresh one.
  pool.on('error', () => {});
  return {
    kind: 'postgres',
    query: (text, params) => pool.query(text, params),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work((text, params) => client.query(text, params));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    durable: async () => {},
    close: () => pool.end(),
  };
}

/**
 * Embedded PostgreSQL (PGlite) in `dataDir`.
 *
 * PGlite runs with `fsync = off`, and its Node filesystem writes each commit's WAL to the file
 * with write(2) but never fsyncs it: a killed process keeps the commit (it is in the OS page
 * cache), a crashed machine might not. So after each write the receiver fdatasyncs the WAL
 * segments written since the last sync, one sync serving every write that waits for it.
 * `relaxedDurability` stays at its default (false), so each query resolves only after PGlite
 * has handed its pages to the filesystem.
 */
export async function pgliteDatabase(dataDir: string): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const pglite = await PGlite.create({ dataDir, relaxedDurability: false });
  const inMemory = dataDir.startsWith('memory://');
  const walDir = join(dataDir, 'pg_wal');
  const synced = new Map<string, { mtimeMs: number; size: number }>();

  async function syncWal(): Promise<void> {
    const names = (await readdir(walDir)).filter((name) => /^[0-9A-F]{24}$/.test(name));
    let added = false;
    for (const name of names) {
      const path = join(walDir, name);
      const { mtimeMs, size } = await stat(path);
      const seen = synced.get(name);
      // File times are coarse (a few ms): a recent one may hide a later write, so it is synced.
      const recent = mtimeMs > Date.now() - 2000;
      if (seen && !recent && seen.mtimeMs === mtimeMs && seen.size === size) continue;
      if (!seen) added = true;
      const handle = await open(path, 'r+');
      try {
        await handle.datasync();
      } finally {
        await handle.close();
      }
      synced.set(name, { mtimeMs, size });
    }
    // A new segment's name must be on disk too.
    if (added) {
      const handle = await open(walDir, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
  }

  return {
    kind: 'pglite',
    query: (text, params) => pglite.query(text, params),
    transaction: (work) =>
      pglite.transaction((tx) => work((text, params) => tx.query(text, params))),
    durable: inMemory ? async () => {} : groupCommit(syncWal),
    close: () => pglite.close(),
  };
}

/**
 * One sync at a time; a caller that arrives during a sync waits for the next one, which
 * serves everyone who arrived meanwhile.
 */
export function groupCommit(syncOnce: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  const start = () => {
    running = syncOnce().finally(() => {
      running = null;
    });
    return running;
  };
  return () => {
    if (!running) return start();
    next ??= running
      .catch(() => {})
      .then(() => {
        next = null;
        return start();
      });
    return next;
  };
}
