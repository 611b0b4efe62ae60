import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestDatabase } from '../../test/support/testDatabase.js';
import { migrateToLatest } from './migrate.js';

test('a database migrated by a newer version is refused with what to do', async () => {
  const database = await createTestDatabase();
  try {
    assert.deepEqual(await migrateToLatest(database.db), []); // already current: nothing to apply
    await sql`insert into kysely_migration (name, timestamp) values ('999_from_the_future', ${new Date().toISOString()})`.execute(database.db);
    await assert.rejects(migrateToLatest(database.db), /migrated by a newer LicenseHub \(its migration 999_from_the_future is unknown to this version\); run that version, or restore a backup/);
  } finally {
    await database.close();
  }
});
