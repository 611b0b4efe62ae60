import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseTimeouts } from '../../src/store/database.js';
import { Migrator, type Kysely } from 'kysely';
import { migrateToLatest } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations/index.js';
import { createRequire } from 'node:module';

export interface TestDatabaseOptions {
  timeouts?: DatabaseTimeouts;
  /** On PostgreSQL, the URL the server under test connects with (e.g. through a TcpProxy that a test can cut). */
  reachVia?: (url: string) => string;
  /** A migration's test: migrate up to `migration`, write the old data with `seed`, then migrate to the latest. */
  seedAt?: { migration: string; seed: (db: Kysely<any>) => Promise<void> };
}

export type TestDatabase = DatabaseHandle & {
  /** On PostgreSQL, the database's own URL (not through any proxy), for a second server or a test's own client. */
  directUrl?: string;
};

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default,
 * or a throwaway database on the server named by TEST_DATABASE_URL.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ kind: 'embedded', dataDir: null, template: await embeddedTemplate(), ...(options.timeouts ? { timeouts: options.timeouts } : {}) });
    await migrate(handle.db, options);
    return handle;
  }
  const name = `lh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const directUrl = url.toString();
  const handle = await openDatabase({ kind: 'postgres', url: options.reachVia ? options.reachVia(directUrl) : directUrl, ...(options.timeouts ? { timeouts: options.timeouts } : {}) });
  await migrate(handle.db, options);
  return {
    ...handle,
    directUrl,
    async close() {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function migrate(db: Kysely<any>, options: TestDatabaseOptions): Promise<void> {
  if (options.seedAt) {
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateTo(options.seedAt.migration);
    if (error) throw error;
    await options.seedAt.seed(db);
  }
  await migrateToLatest(db);
}

/**
 * PGlite's initdb takes seconds; a freshly initialized data folder, saved once
 * per machine as a tarball, lets every test file start its own database in
 * about one. The name changes with the PGlite version; migrations run after loading.
 */
async function embeddedTemplate(): Promise<Blob> {
  const key = createHash('sha256').update(pgliteVersion()).digest('hex').slice(0, 12);
  const path = join(tmpdir(), `licensehub-test-pglite-${key}.tar`);
  if (!existsSync(path)) {
    const pglite = await PGlite.create();
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
    renameSync(partial, path);
  }
  return new Blob([readFileSync(path)]);
}

export const databaseKind = () => (process.env.TEST_DATABASE_URL ? 'postgres' : 'embedded');

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const packageJson = join(entry.slice(0, entry.lastIndexOf('/node_modules/@electric-sql/pglite/')), 'node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}
