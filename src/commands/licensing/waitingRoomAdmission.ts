import { randomUUID } from 'node:crypto';
import type { SeatAllocation } from '../../domain/seats/seatAllocation.js';
import { admitFromWaitingRoom } from '../../domain/seats/waitingRoom.js';
import { recordAudit } from '../../store/audit.js';
import type { ProductState } from '../../store/schema.js';
import { loadSeatPolicy } from '../../store/seats/policies.js';
import { leaveWaiting, listWaiting } from '../../store/seats/waiting.js';
import type { CommandContext } from '../context.js';
import type { ProductKey } from './productLock.js';
import { recordSeatEvent } from '../seats/seatEvents.js';

/**
 * Part of the one allocation path (reallocateProduct), with the product lock
 * held: when the product's waiting room is `automatic` and seats are free,
 * the first people in line get direct assignments (assigned now, so they
 * queue behind everyone already entitled). Waiters who meanwhile hold a seat
 * or are disabled leave the room. Returns who was admitted (the caller
 * allocates again when anyone was, and tells them once the holdings are
 * written).
 */
export async function admitWaiting(ctx: CommandContext, key: ProductKey, state: ProductState, allocation: SeatAllocation): Promise<string[]> {
  if (state !== 'active' && state !== 'warning') return [];
  const waiters = await listWaiting(ctx.tx, key);
  if (waiters.length === 0) return [];
  const policy = await loadSeatPolicy(ctx.tx, key);
  const active = new Set(allocation.holdings.filter((h) => h.state === 'active').map((h) => h.userId));
  const disabled = new Set(waiters.filter((w) => !w.enabled).map((w) => w.userId));
  const { admit, leave } = admitFromWaitingRoom({ mode: policy.waitingRoom, freeSeats: allocation.availableSeats, waiters, activeHolders: active, disabledUserIds: disabled });
  await leaveWaiting(ctx.tx, key, [...admit, ...leave]);
  if (admit.length === 0) return [];
  await ctx.tx
    .insertInto('license_assignments')
    .values(admit.map((userId) => ({ id: randomUUID(), tenant_id: key.tenantId, plan_id: key.planId, user_id: userId, group_id: null, assigned_at: ctx.now, assigned_by: null })))
    .onConflict((oc) => oc.doNothing())
    .execute();
  const names = waiters.filter((w) => admit.includes(w.userId)).map((w) => w.userPrincipalName);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: key.tenantId,
    action: 'waiting_room.admitted',
    targetType: 'product',
    targetId: key.planId,
    summary: `Gave freed seats to ${names.join(', ')} from the waiting room`,
    detail: { userIds: admit, mode: 'automatic' },
  });
  await recordSeatEvent(ctx, key, 'waiting_room.admitted', admit, { mode: 'automatic' });
  return admit;
}
