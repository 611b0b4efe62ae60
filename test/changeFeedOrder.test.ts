import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from './support/testApp.js';
import { databaseKind } from './support/testDatabase.js';
import { insertLicenseEvents, takeRevision } from '../src/store/changeFeed.js';
import { inTransaction } from '../src/store/transaction.js';

/**
 * The feed's promise to readers (Last-Event-ID, webhook cursors, `after`):
 * once a reader has seen revision N, no transaction ever commits N-1 later.
 * Writers take their revision and then dawdle before committing (what a slow
 * network or a busy database does); a reader polls all the while. On
 * PostgreSQL with a pool of connections this is the advisory lock's work;
 * without it the test fails.
 */
describe(`change feed: revisions become visible in order (${databaseKind()})`, () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  test('a reader never sees revision N and later a newly committed revision below N', async () => {
    const WRITERS = 60;
    const tenantId = randomUUID();
    let writing = true;
    const violations: string[] = [];
    const seen = new Set<string>();
    let highest = 0n;
    let polls = 0;
    const reader = (async () => {
      // One more read after the writers are done, so the last commits are seen too.
      for (let last = false; !last; ) {
        last = !writing;
        polls++;
        const { rows } = await sql<{ revision: string }>`select revision::text as revision from license_events where tenant_id = ${tenantId} order by revision`.execute(t.app.db);
        const before = highest;
        for (const { revision } of rows) {
          if (seen.has(revision)) continue;
          seen.add(revision);
          if (BigInt(revision) < before) violations.push(`${revision} appeared after ${before} had been seen`);
          if (BigInt(revision) > highest) highest = BigInt(revision);
        }
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        inTransaction(t.app.db, async (tx) => {
          const revision = await takeRevision(tx);
          await insertLicenseEvents(tx, revision, new Date(), [{ type: 'license.assigned', subject: `test/${i}`, tenantId, data: { i } }]);
          // Dawdle between taking the revision and committing: a later writer must wait for this one.
          await sql`select pg_sleep(${(i % 5) * 0.005})`.execute(tx);
        }),
      ),
    );
    writing = false;
    await reader;
    assert.deepEqual(violations, []);
    assert.equal(seen.size, WRITERS);
    assert.ok(polls > 1, `the reader polled ${polls} times`);
  });
});
