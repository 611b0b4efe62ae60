import { sql } from 'kysely';
import { backoffDelayMs, type BackoffRule } from '../../domain/identity/signInBackoff.js';
import { hashSecret } from '../../identity/secrets.js';
import type { Db } from '../transaction.js';

/**
 * Backoff counters in the database, so every server sees the same count (the
 * per-process memory of a rate-limit plugin let each server grant its own
 * allowance). Keys are stored hashed: the table holds no account names or
 * addresses.
 */
export interface ThrottleKey {
  rule: BackoffRule;
  /** e.g. `sign-in|alex@contoso.example|203.0.113.7`; hashed before it is stored. */
  key: string;
}

/** The latest moment any of these keys must wait until, or null when none is waiting. */
export async function throttledUntil(db: Db, keys: ThrottleKey[], now: Date): Promise<Date | null> {
  const rows = await db
    .selectFrom('sign_in_throttle')
    .select('blocked_until')
    .where('key', 'in', keys.map((k) => hashSecret(k.key)))
    .where('blocked_until', '>', now)
    .execute();
  const latest = Math.max(0, ...rows.map((r) => r.blocked_until!.getTime()));
  return latest ? new Date(latest) : null;
}

/** Counts a failure against each key (atomically, whichever server sees it) and sets its wait. */
export async function recordFailure(db: Db, keys: ThrottleKey[], now: Date): Promise<void> {
  for (const { rule, key } of keys) {
    const forgetBefore = new Date(now.getTime() - rule.forgetAfterMs);
    const row = await db
      .insertInto('sign_in_throttle')
      .values({ key: hashSecret(key), failures: 1, blocked_until: null, updated_at: now })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          failures: sql`case when sign_in_throttle.updated_at < ${forgetBefore} then 1 else sign_in_throttle.failures + 1 end`,
          updated_at: now,
        }),
      )
      .returning(['failures'])
      .executeTakeFirstOrThrow();
    const delay = backoffDelayMs(rule, row.failures);
    if (delay > 0) {
      await db.updateTable('sign_in_throttle').set({ blocked_until: new Date(now.getTime() + delay) }).where('key', '=', hashSecret(key)).execute();
    }
  }
  // Old counters are of no use to anyone: forget those quiet for two days.
  await db.deleteFrom('sign_in_throttle').where('updated_at', '<', new Date(now.getTime() - 2 * 86_400_000)).execute();
}

/** A success from this key: its count starts again. */
export async function clearThrottle(db: Db, keys: ThrottleKey[]): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', 'in', keys.map((k) => hashSecret(k.key))).execute();
}
