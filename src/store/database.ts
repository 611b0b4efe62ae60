import { mkdirSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pgliteDialect.js';
import type { Database } from './schema.js';

export type DatabaseKind = 'embedded' | 'postgres';

export interface DatabaseHandle {
  kind: DatabaseKind;
  db: Kysely<Database>;
  /** Where the data lives, for logs: a folder or a redacted URL. */
  location: string;
  /** The server URL on PostgreSQL, for connections outside the pool (LISTEN). */
  connectionString?: string;
  /**
   * A consistent snapshot of the embedded database while it serves: a gzipped
   * tarball of the data folder, taken between two statements (as after a
   * crash, recovery on restore rolls back what was not committed). PostgreSQL
   * is backed up with pg_dump or PITR instead, and rejects.
   */
  backup(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'embedded'; dataDir: string | null; /** A data folder tarball to start from (tests skip initdb). */ template?: Blob }
  | { kind: 'postgres'; url: string };

// Both drivers return the same JavaScript types: counts as numbers, dates as
// 'YYYY-MM-DD' strings (a Date would shift with the server's time zone),
// timestamps as Date.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;
const parseNumber = (value: string) => Number(value);
const keepText = (value: string) => value;

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') return openPostgres(target.url);
  return openEmbedded(target.dataDir, target.template);
}

async function openEmbedded(dataDir: string | null, template?: Blob): Promise<DatabaseHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // relaxedDurability stays off: every statement is on disk before its promise resolves.
  const pglite = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(template ? { loadDataDir: template } : {}),
    relaxedDurability: false,
    parsers: { [INT8]: parseNumber, [NUMERIC]: parseNumber, [DATE]: keepText },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    kind: 'embedded',
    db,
    location: dataDir ?? 'memory',
    async backup() {
      // Flush the buffers first, so a restore has little WAL to replay.
      await pglite.query('checkpoint');
      const archive = await pglite.dumpDataDir('gzip');
      return new Uint8Array(await archive.arrayBuffer());
    },
    async close() {
      await db.destroy();
      await pglite.close();
    },
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    types: {
      getTypeParser(oid: number, format?: any) {
        if (oid === INT8 || oid === NUMERIC) return parseNumber;
        if (oid === DATE) return keepText;
        return pg.types.getTypeParser(oid, format);
      },
    } as pg.CustomTypesConfig,
  });
  // An idle connection the server drops (restart, failover) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', (error) => process.emitWarning(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    location: redactUrl(url),
    connectionString: url,
    async backup(): Promise<Uint8Array> {
      throw new Error('a PostgreSQL database is backed up with pg_dump (licensehub-server backup runs it) or continuous archiving (PITR)');
    },
    async close() {
      await db.destroy();
    },
  };
}

/**
 * Brings an embedded-database backup (DatabaseHandle.backup's tarball, gzipped
 * or not) into a new data folder, which must be missing or empty.
 */
export async function restoreEmbedded(dataDir: string, archive: Uint8Array): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  if (readdirSync(dataDir).length > 0) throw new Error(`${dataDir} is not empty: restore into a new folder, then point LICENSEHUB_DATA_DIR at it`);
  const tar = archive[0] === 0x1f && archive[1] === 0x8b ? gunzipSync(archive) : archive;
  const pglite = await PGlite.create({ dataDir, loadDataDir: new Blob([tar.slice()], { type: 'application/x-tar' }), relaxedDurability: false });
  try {
    await pglite.query('select 1');
  } finally {
    await pglite.close();
  }
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
