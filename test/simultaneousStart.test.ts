import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, Migrator, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { migrations } from '../src/store/migrations/index.js';
import { createEmptyPostgresDatabase, startServerProcess, waitReady, type ServerProcess } from './support/serverProcess.js';

/**
 * Any number of instances may start at once on one PostgreSQL database, fresh
 * or older, and none crashes: migrations and the first-start bootstrap (the
 * operator and the demo data) run under one advisory lock. Before the lock,
 * one of two simultaneous starts on a fresh database died on
 * tenants_primary_domain_key in 5 of 6 rounds.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe('instances starting at once', { skip: serverUrl ? false : 'needs TEST_DATABASE_URL (instances share a PostgreSQL database)' }, () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  async function startTogether(url: string, count: number, env: Record<string, string> = {}): Promise<ServerProcess[]> {
    const servers = await Promise.all(Array.from({ length: count }, () => startServerProcess({ DATABASE_URL: url, ...env })));
    cleanups.push(() => Promise.all(servers.map((s) => s.stop())));
    await Promise.all(servers.map((s) => waitReady(s)));
    return servers;
  }

  async function withDb<T>(url: string, work: (db: Kysely<any>) => Promise<T>): Promise<T> {
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 2 }) }) });
    try {
      return await work(db);
    } finally {
      await db.destroy();
    }
  }

  test('four instances on a fresh database: all ready, one operator, the demo loaded once', { timeout: 300_000 }, async () => {
    const database = await createEmptyPostgresDatabase(serverUrl!);
    cleanups.push(() => database.drop());
    const servers = await startTogether(database.url, 4, { LICENSEHUB_DEMO: '1' });
    for (const server of servers) assert.equal(server.child.exitCode, null, `an instance exited:\n${server.stderr()}`);

    await withDb(database.url, async (db) => {
      const operators = await db.selectFrom('tenants').select('id').where('kind', '=', 'operator').execute();
      assert.equal(operators.length, 1);
      // Each demo tenant exists once: a second loader would have failed on its domain or added copies.
      const domains = await db.selectFrom('tenants').select(['primary_domain', sql<number>`count(*)::int`.as('copies')]).groupBy('primary_domain').execute();
      assert.ok(domains.length > 10, `expected the demo tenants, found ${domains.length} tenants`);
      assert.deepEqual(domains.filter((d) => d.copies !== 1), []);
    });
  });

  test('three instances on an older database: all ready, each migration applied once', { timeout: 300_000 }, async () => {
    const database = await createEmptyPostgresDatabase(serverUrl!);
    cleanups.push(() => database.drop());
    const names = Object.keys(migrations);
    const older = names[names.length - 4]!;
    await withDb(database.url, async (db) => {
      const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
      const { error } = await migrator.migrateTo(older);
      if (error) throw error;
    });

    const servers = await startTogether(database.url, 3);
    for (const server of servers) assert.equal(server.child.exitCode, null, `an instance exited:\n${server.stderr()}`);

    await withDb(database.url, async (db) => {
      const applied = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
      assert.deepEqual(
        applied.map((m) => m.name),
        names,
      );
      const operators = await db.selectFrom('tenants').select('id').where('kind', '=', 'operator').execute();
      assert.equal(operators.length, 1);
    });
  });
});
