import { randomUUID } from 'node:crypto';
import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { leaveWaiting, listWaiting } from '../../store/seats/waiting.js';
import type { CommandContext } from '../context.js';
import { lockHeldProduct } from '../licensing/heldProduct.js';
import { recordSeatEvent } from './seatEvents.js';
import { notifyAdmitted } from './seatNotifications.js';
import { currentAllocation, reallocateProduct, type ProductSeats } from '../licensing/reallocateProduct.js';

export interface ApproveWaitingProps {
  scope: TenantScope;
  planId: string;
  /** Who gets the seat; the first in line when omitted. */
  userId?: string | undefined;
}

/**
 * An admin gives a free seat to someone in the waiting room (the `manual`
 * policy; also allowed for `automatic` rooms that wait for seats). Under the
 * product's lock, through the allocation path; 409 when no seat is free.
 */
export async function approveWaiting(ctx: CommandContext, props: ApproveWaitingProps): Promise<{ seats: ProductSeats; userId: string }> {
  const { key, product, plan } = await lockHeldProduct(ctx, props.scope, props.planId);
  const room = await listWaiting(ctx.tx, key);
  const waiter = props.userId ? room.find((w) => w.userId === props.userId) : room[0];
  if (!waiter) throw notFound(props.userId ? `User ${props.userId} in the waiting room of ${plan.name}` : `Anyone in the waiting room of ${plan.name}`);
  if (!waiter.enabled) throw conflict(`${waiter.userPrincipalName} is disabled; enable the account or remove them from the waiting room`);
  const allocation = await currentAllocation(ctx, key, product);
  const holds = allocation.holdings.some((h) => h.userId === waiter.userId && h.state === 'active');
  if (!holds && allocation.availableSeats === 0) {
    throw conflict(`No free seat of ${plan.name}: unassign someone, reclaim an unused seat or ask the publisher for more licenses`, { code: 'NOT_ENOUGH_LICENSES', available: 0, needed: 1 });
  }
  await ctx.tx
    .insertInto('license_assignments')
    .values({ id: randomUUID(), tenant_id: key.tenantId, plan_id: key.planId, user_id: waiter.userId, group_id: null, assigned_at: ctx.now, assigned_by: ctx.actor === 'system' ? null : ctx.actor.userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await leaveWaiting(ctx.tx, key, [waiter.userId]);
  const seats = (await reallocateProduct(ctx, key, { reason: 'waiting room approved', seatGivenBy: 'waiting_room' }))!;
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: key.tenantId,
    action: 'waiting_room.approved',
    targetType: 'product',
    targetId: key.planId,
    summary: `Gave a seat of ${plan.name} to ${waiter.userPrincipalName} from the waiting room (place ${waiter.position})`,
    detail: { userId: waiter.userId, position: waiter.position },
  });
  await recordSeatEvent(ctx, key, 'waiting_room.admitted', [waiter.userId], { mode: 'manual', position: waiter.position });
  // Someone who asked for a license has been told already: their request was approved with this seat.
  if (!seats.requestersTold.has(waiter.userId)) await notifyAdmitted(ctx, key, [waiter.userId]);
  return { seats, userId: waiter.userId };
}
