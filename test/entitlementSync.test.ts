import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestDatabase, type TestDatabase } from './support/testDatabase.js';
import { runUseCaseWithRevision, withoutLocalIndex } from '../src/commands/runUseCase.js';
import { TokenCache } from '../src/identity/tokenCache.js';
import { EntitlementSync } from '../src/runtime/entitlementSync.js';

/**
 * What the index misses when change notifications are not heard: a change
 * committed after the index was read and before LISTEN began is in no
 * notification, so the only way to have it is to read the index again.
 */
let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database.close());

const quiet = { info: () => undefined, warn: () => undefined };

/** A change another server committed: it takes a revision and reaches this index only by notification or a rebuild. */
async function changeElsewhere(): Promise<bigint> {
  const { revision } = await runUseCaseWithRevision(withoutLocalIndex(database.db), 'system', async (ctx) => {
    ctx.changes.push({ kind: 'catalog' });
  });
  return BigInt(revision!);
}

test('a first LISTEN that only succeeds after the index was read rebuilds it: nothing committed in between is missed', async () => {
  const sync = new EntitlementSync(database.db, new TokenCache(), quiet, () => new Date(), 'heartbeats');
  await sync.load(); // the listener's first attempt failed; the index loaded regardless
  const missed = await changeElsewhere(); // no notification reaches this server: it is not listening yet
  assert.ok(sync.watermark.current < missed);

  sync.listening(false); // the retry succeeds: not a reconnection, yet a gap
  assert.ok(sync.status().stale, 'the index says it may miss changes until it is read again');
  assert.equal(await sync.watermark.waitFor(missed, 5_000), true, 'the rebuild reaches the change made before listening');
  assert.equal(sync.status().stale, null);
  sync.close();
});

test('listening before the first read needs no rebuild', async () => {
  const sync = new EntitlementSync(database.db, new TokenCache(), quiet, () => new Date(), 'heartbeats');
  sync.listening(false);
  assert.equal(sync.status().stale, null);
  await sync.load();
  assert.equal(sync.status().stale, null);
  sync.close();
});

test('a gap reported while a rebuild is reading makes another rebuild: the index is not called fresh on an older read', async () => {
  const sync = new EntitlementSync(database.db, new TokenCache(), quiet, () => new Date(), 'heartbeats');
  await sync.load();
  sync.markStale('first gap');
  // The rebuild has started reading (its timer fired); a second gap arrives before it ends.
  await new Promise((resolve) => setImmediate(resolve));
  const missed = await changeElsewhere();
  sync.listening(true);
  assert.equal(await sync.watermark.waitFor(missed, 5_000), true, 'a rebuild after the second gap reads its change');
  const settled = Date.now() + 5_000;
  while (sync.status().stale && Date.now() < settled) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(sync.status().stale, null);
  sync.close();
});

test('an own change whose notification arrives after a rebuild read it does not hold back the changes after it', async () => {
  const sync = new EntitlementSync(database.db, new TokenCache(), quiet, () => new Date(), 'heartbeats');
  await sync.load();
  // This server's change (a command thread's, say): applied locally before its notification is heard.
  const own = await changeElsewhere();
  await sync.apply([{ kind: 'catalog' }], String(own));
  // A rebuild reads the database, so the change, while its notification is still on the way.
  sync.markStale('a gap');
  assert.equal(await sync.watermark.waitFor(own, 5_000), true);
  sync.heard({ revision: String(own), change: { kind: 'catalog' } }, true);
  const next = await changeElsewhere();
  sync.heard({ revision: String(next), change: { kind: 'catalog' } }, false);
  const started = performance.now();
  assert.equal(await sync.watermark.waitFor(next, 2_000), true, 'the next revision reaches the index without waiting for the late notification');
  assert.ok(performance.now() - started < 1_000);
  sync.close();
});

test('on the embedded database every revision reaches the subscribers, in order, even when one without changes follows one still being read', async () => {
  const sync = new EntitlementSync(database.db, new TokenCache(), quiet, () => new Date(), 'commits');
  await sync.load();
  const seen: bigint[] = [];
  sync.subscribe({ changed: (revision) => void seen.push(revision), rebuilt: () => undefined });
  const first = await changeElsewhere();
  const second = first + 1n;
  // The first revision's changes are still being read into the index when the second, with none, is applied.
  const applied = Promise.all([sync.apply([{ kind: 'catalog' }], String(first)), sync.apply([], String(second))]);
  await applied;
  assert.deepEqual(seen, [first, second]);
  sync.close();
});

test('an own revision sent in several notifications, applied locally before the first arrives, does not hold back the next', async () => {
  const sync = new EntitlementSync(database.db, new TokenCache(), quiet, () => new Date(), 'heartbeats');
  await sync.load();
  // A command thread's answer comes back (and is applied) before PostgreSQL delivers the change's notifications.
  const own = await changeElsewhere();
  const changes = [{ kind: 'catalog' as const }, { kind: 'credentials' as const, userIds: [] }];
  await sync.apply(changes, String(own));
  for (const change of changes) sync.heard({ revision: String(own), change }, true);
  assert.equal(await sync.watermark.waitFor(own, 2_000), true);
  const next = await changeElsewhere();
  sync.heard({ revision: String(next), change: { kind: 'catalog' } }, false);
  const started = performance.now();
  assert.equal(await sync.watermark.waitFor(next, 2_000), true, 'the next revision is not held back by the own revision’s second notification');
  assert.ok(performance.now() - started < 1_000);
  sync.close();
});
