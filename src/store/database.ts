import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { ConnectBreaker } from './connectBreaker.js';
import { LOCK_FILE, lockDataFolder, restrictPermissions, type DataFolderLock } from './embedded/dataFolder.js';
import { PGliteDialect } from './embedded/pgliteDialect.js';
import { PGliteThread } from './embedded/pgliteThread.js';
import type { Database } from './schema.js';

export type DatabaseKind = 'embedded' | 'postgres';

/** Where database trouble is reported; the server points it at its logger once it has one. */
export type DatabaseProblemListener = (message: string, error: Error) => void;

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Kysely<Database>;
  /** Where the data lives, for logs: a folder or a redacted URL. */
  location: string;
  /** The server URL on PostgreSQL, for connections outside the pool (LISTEN). */
  connectionString?: string;
  /** Settings for connections outside the pool, so they fail the same way pooled ones do. */
  connectionOptions?: pg.ClientConfig;
  /** The statement and lock timeouts it was opened with (another thread's pool opens with the same). */
  timeouts: DatabaseTimeouts;
  onProblem: DatabaseProblemListener;
  /**
   * A consistent snapshot of the embedded database while it serves: a gzipped
   * tarball of the data folder, taken by the database's thread between two
   * statements (as after a crash, recovery on restore rolls back what was not
   * committed). PostgreSQL is backed up with pg_dump or PITR instead, and rejects.
   */
  backup(): Promise<Uint8Array>;
  /** The embedded database's thread (diagnostics, tests); undefined on PostgreSQL. */
  thread?: PGliteThread;
  close(): Promise<void>;
}

/** How long a statement may run and a write may wait for a lock before the caller gets a 503 to retry. */
export interface DatabaseTimeouts {
  statementTimeoutMs: number;
  lockTimeoutMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { statementTimeoutMs: 10_000, lockTimeoutMs: 3_000 };

/** After a connect finds PostgreSQL away, how long further connects fail at once before one tries again. */
const AWAY_PAUSE_MS = 1_000;

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string | null; /** A data folder tarball to start from (tests skip initdb). */ template?: Blob; timeouts?: DatabaseTimeouts }
  | { kind: 'postgres'; url: string; poolSize?: number; timeouts?: DatabaseTimeouts };

// Both drivers return the same JavaScript types: counts as numbers, dates as
// 'YYYY-MM-DD' strings (a Date would shift with the server's time zone),
// timestamps as Date. (The embedded database's worker sets the same parsers.)
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const parseNumber = (value: string) => Number(value);
const keepText = (value: string) => value;

const reportToStderr: DatabaseProblemListener = (message, error) => process.stderr.write(`${message}: ${error.message}\n`);

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') return openPostgres(target.url, target.poolSize ?? 10, target.timeouts ?? DEFAULT_TIMEOUTS);
  return openEmbedded(target.dataDir, target.template, target.timeouts ?? DEFAULT_TIMEOUTS);
}

async function openEmbedded(dataDir: string | null, template: Blob | undefined, timeouts: DatabaseTimeouts): Promise<DatabaseHandle> {
  let lock: DataFolderLock | null = null;
  if (dataDir) {
    // Files PostgreSQL creates from now on are its owner's only (umask is per process; PGlite's worker shares it).
    process.umask(0o077);
    lock = lockDataFolder(dataDir);
  }
  const thread = new PGliteThread({ dataDir, ...(template ? { template: new Uint8Array(await template.arrayBuffer()) } : {}) });
  try {
    await thread.open();
    if (dataDir) restrictPermissions(dataDir);
  } catch (error) {
    await thread.close().catch(() => undefined);
    lock?.release();
    throw error;
  }
  // Every transaction takes the embedded database's one connection, so waiting for it is waiting for all
  // other writes together, not for one row's lock: it gets the statement timeout, not the lock timeout.
  const db = new Kysely<Database>({ dialect: new PGliteDialect(thread, timeouts.statementTimeoutMs) });
  const handle: DatabaseHandle = {
    kind: 'embedded',
    db,
    location: dataDir ?? 'memory',
    timeouts,
    onProblem: reportToStderr,
    async backup() {
      // Flush the buffers first, so a restore has little WAL to replay.
      await thread.query('checkpoint', []);
      return thread.dump('gzip');
    },
    thread,
    async close() {
      try {
        await db.destroy();
        await thread.close();
      } finally {
        lock?.release();
      }
    },
  };
  thread.onFailure = (error) => handle.onProblem('the embedded database thread stopped; it restarts on the next query', error);
  return handle;
}

async function openPostgres(url: string, poolSize: number, timeouts: DatabaseTimeouts): Promise<DatabaseHandle> {
  const connectionOptions: pg.ClientConfig = {
    // A statement stuck behind a lock, or running away, ends with an error the caller turns into a 503.
    statement_timeout: timeouts.statementTimeoutMs,
    lock_timeout: timeouts.lockTimeoutMs,
    // A transaction left open by a stalled request must not hold its locks for ever.
    idle_in_transaction_session_timeout: Math.max(timeouts.statementTimeoutMs * 3, 30_000),
    connectionTimeoutMillis: Math.max(timeouts.lockTimeoutMs, 2_000),
    keepAlive: true,
    // Named in pg_stat_activity, so an operator can tell LicenseHub's connections apart.
    application_name: 'licensehub',
  };
  // Opening a connection gives up after connectionTimeoutMillis (the database is unreachable). Waiting
  // for a busy pool's free connection is a burst, not an outage: that wait may last as long as a statement.
  const connectTimeout = connectionOptions.connectionTimeoutMillis;
  class Client extends pg.Client {
    constructor(config?: pg.ClientConfig) {
      super({ ...config, connectionTimeoutMillis: connectTimeout });
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    ...connectionOptions,
    connectionTimeoutMillis: timeouts.statementTimeoutMs,
    Client,
    types: {
      getTypeParser(oid: number, format?: any) {
        if (oid === INT8 || oid === NUMERIC) return parseNumber;
        if (oid === DATE) return keepText;
        return pg.types.getTypeParser(oid, format);
      },
    } as pg.CustomTypesConfig,
  });
  const breaker = new ConnectBreaker(AWAY_PAUSE_MS);
  const guardedPool = { connect: () => breaker.connect(() => pool.connect()), end: () => pool.end() };
  const handle: DatabaseHandle = {
    kind: 'postgres',
    db: new Kysely<Database>({ dialect: new PostgresDialect({ pool: guardedPool }) }),
    location: redactUrl(url),
    connectionString: url,
    connectionOptions,
    timeouts,
    onProblem: reportToStderr,
    async backup(): Promise<Uint8Array> {
      throw new Error('a PostgreSQL database is backed up with pg_dump (licensehub-server backup runs it) or continuous archiving (PITR)');
    },
    async close() {
      await handle.db.destroy();
    },
  };
  // A connection the server drops (restart, failover, pg_terminate_backend) emits 'error' on its
  // client, idle or busy; unheard, that event would end the process. The query in flight fails on
  // its own (and its transaction is rolled back by the server); the pool replaces the connection.
  pool.on('error', (error) => handle.onProblem('PostgreSQL dropped an idle connection', error));
  pool.on('connect', (client) => client.on('error', (error) => handle.onProblem('PostgreSQL dropped a connection in use', error)));
  return handle;
}

/**
 * Brings an embedded-database backup (DatabaseHandle.backup's tarball, gzipped
 * or not) into a new data folder, which must be missing or empty.
 */
export async function restoreEmbedded(dataDir: string, archive: Uint8Array): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty: restore into a new folder, then point LICENSEHUB_DATA_DIR at it`);
  const tar = archive[0] === 0x1f && archive[1] === 0x8b ? gunzipSync(archive) : archive;
  const lock = lockDataFolder(dataDir);
  try {
    const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([tar.slice()], { type: 'application/x-tar' }), relaxedDurability: false });
    try {
      await pglite.query('select 1');
    } finally {
      await pglite.close();
    }
  } finally {
    lock.release();
  }
  // The snapshot carries the lock file of the server it was taken from; the restored folder has no holder yet.
  rmSync(join(dataDir, LOCK_FILE), { force: true });
  restrictPermissions(dataDir);
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
