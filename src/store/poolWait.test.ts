import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { openDatabase, type DatabaseHandle } from './database.js';
import { databaseUnavailableReason } from './errors.js';

const url = process.env.TEST_DATABASE_URL;

/**
 * A burst of writes on PostgreSQL waits for the pool's connections: that wait may last as long as a
 * statement (here 3 s), longer than opening a connection may (2 s). Past it the request is told the
 * connections stayed busy, not that the database cannot be reached.
 */
describe('waiting for a pooled connection (PostgreSQL)', { skip: url ? false : 'needs TEST_DATABASE_URL' }, () => {
  let database: DatabaseHandle;
  before(async () => {
    database = await openDatabase({ kind: 'postgres', url: url!, poolSize: 1, timeouts: { statementTimeoutMs: 3_000, lockTimeoutMs: 500 } });
  });
  after(async () => database?.close());

  test('a query waits past the connect timeout for the one busy connection, then runs', async () => {
    const started = performance.now();
    let waiting: Promise<{ rows: { one: number }[] }> | undefined;
    await database.db.connection().execute(async (held) => {
      await sql`select 1`.execute(held);
      waiting = sql<{ one: number }>`select 1 as one`.execute(database.db);
      waiting.catch(() => undefined); // awaited below, once the connection is free
      await new Promise((resolve) => setTimeout(resolve, 2_300));
    });
    assert.equal((await waiting!).rows[0]!.one, 1);
    assert.ok(performance.now() - started >= 2_300);
  });

  test('past the statement timeout the wait ends with "every database connection stayed busy"', async () => {
    let failure: unknown;
    await database.db.connection().execute(async (held) => {
      await sql`select 1`.execute(held);
      try {
        await sql`select 1`.execute(database.db);
      } catch (error) {
        failure = error;
      }
    });
    assert.equal(databaseUnavailableReason(failure), 'every database connection stayed busy');
  });
});
