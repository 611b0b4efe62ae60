import { sql } from 'kysely';
import type { Waiter } from '../../domain/seats/waitingRoom.js';
import type { WaitingReason } from '../schema.js';
import type { Db, Tx } from '../transaction.js';

type Key = { tenantId: string; planId: string };

export interface WaitingEntry extends Waiter {
  displayName: string;
  userPrincipalName: string;
  enabled: boolean;
  reason: WaitingReason;
  joinedAt: Date;
  /** 1-based place in the room. */
  position: number;
}

/** The product's waiting room in order (first in first out). */
export async function listWaiting(db: Db | Tx, key: Key): Promise<WaitingEntry[]> {
  const rows = await db
    .selectFrom('seat_waiting')
    .innerJoin('users', 'users.id', 'seat_waiting.user_id')
    .select([sql<number>`seat_waiting.seq::int`.as('seq'), 'seat_waiting.user_id', 'seat_waiting.reason', 'seat_waiting.joined_at', 'users.display_name', 'users.user_principal_name', 'users.enabled'])
    .where('seat_waiting.tenant_id', '=', key.tenantId)
    .where('seat_waiting.plan_id', '=', key.planId)
    .orderBy('seat_waiting.seq')
    .execute();
  return rows.map((r, i) => ({
    seq: Number(r.seq),
    userId: r.user_id,
    reason: r.reason,
    joinedAt: r.joined_at,
    displayName: r.display_name,
    userPrincipalName: r.user_principal_name,
    enabled: r.enabled,
    position: i + 1,
  }));
}

/** Joins the room (once: a second join keeps the first place); true when the user was not waiting yet. */
export async function joinWaiting(tx: Tx, key: Key, userId: string, reason: WaitingReason, now: Date): Promise<boolean> {
  const inserted = await tx
    .insertInto('seat_waiting')
    .values({ tenant_id: key.tenantId, plan_id: key.planId, user_id: userId, reason, joined_at: now })
    .onConflict((oc) => oc.columns(['tenant_id', 'plan_id', 'user_id']).doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function leaveWaiting(tx: Tx, key: Key, userIds: readonly string[]): Promise<number> {
  if (userIds.length === 0) return 0;
  const deleted = await tx.deleteFrom('seat_waiting').where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).where('user_id', 'in', userIds).executeTakeFirst();
  return Number(deleted.numDeletedRows);
}

/** Where a user waits, for the launch page: their place in each room they are in. */
export async function waitingPlaces(db: Db, tenantId: string, userId: string): Promise<{ planId: string; position: number; total: number }[]> {
  const rows = await db
    .selectFrom('seat_waiting as me')
    .select([
      'me.plan_id',
      (eb) =>
        eb
          .selectFrom('seat_waiting as w')
          .select(sql<number>`count(*)::int`.as('c'))
          .whereRef('w.tenant_id', '=', 'me.tenant_id')
          .whereRef('w.plan_id', '=', 'me.plan_id')
          .whereRef('w.seq', '<=', 'me.seq')
          .as('position'),
      (eb) =>
        eb
          .selectFrom('seat_waiting as w')
          .select(sql<number>`count(*)::int`.as('c'))
          .whereRef('w.tenant_id', '=', 'me.tenant_id')
          .whereRef('w.plan_id', '=', 'me.plan_id')
          .as('total'),
    ])
    .where('me.tenant_id', '=', tenantId)
    .where('me.user_id', '=', userId)
    .execute();
  return rows.map((r) => ({ planId: r.plan_id, position: Number(r.position), total: Number(r.total) }));
}
