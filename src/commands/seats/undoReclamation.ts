import { randomUUID } from 'node:crypto';
import { mayUndo } from '../../domain/seats/reclamation.js';
import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findReclamation } from '../../store/seats/reclamations.js';
import { leaveWaiting } from '../../store/seats/waiting.js';
import type { CommandContext } from '../context.js';
import { lockHeldProduct } from '../licensing/heldProduct.js';
import { currentAllocation, reallocateProduct, type ProductSeats } from '../licensing/reallocateProduct.js';
import { recordSeatEvent } from './seatEvents.js';

/**
 * Gives a reclaimed seat back (within `undoDays` of the reclamation) through
 * the allocation path: a direct assignment again, if a seat is free (409
 * otherwise: the seat went to someone waiting, or was assigned meanwhile).
 */
export async function undoReclamation(ctx: CommandContext, props: { scope: TenantScope; reclamationId: string; undoDays: number }): Promise<ProductSeats> {
  const found = await findReclamation(ctx.tx, props.scope.tenantId, props.reclamationId);
  if (!found) throw notFound(`Reclamation ${props.reclamationId}`);
  const { key, product, plan } = await lockHeldProduct(ctx, props.scope, found.planId);
  const reclamation = (await findReclamation(ctx.tx, props.scope.tenantId, props.reclamationId))!;
  if (reclamation.state !== 'reclaimed') throw conflict(`This reclamation of ${plan.name} from ${reclamation.userPrincipalName} is ${reclamation.state}, not reclaimed; there is nothing to undo`);
  if (!mayUndo(reclamation.reclaimedAt!.getTime(), ctx.now.getTime(), props.undoDays)) {
    throw conflict(`Reclamations can be undone for ${props.undoDays} days; this one was on ${reclamation.reclaimedAt!.toISOString().slice(0, 10)}. Assign ${plan.name} to ${reclamation.userPrincipalName} instead`);
  }
  const user = await ctx.tx.selectFrom('users').select('enabled').where('id', '=', reclamation.userId).executeTakeFirst();
  if (!user?.enabled) throw conflict(`${reclamation.userPrincipalName} is disabled; enable the account before giving the seat back`);
  const allocation = await currentAllocation(ctx, key, product);
  const holds = allocation.holdings.some((h) => h.userId === reclamation.userId && h.state === 'active');
  if (!holds && allocation.availableSeats === 0) {
    throw conflict(`No free seat of ${plan.name} to give back to ${reclamation.userPrincipalName}: the seat went to someone else meanwhile. Unassign someone or ask the publisher for more licenses`, {
      code: 'NOT_ENOUGH_LICENSES',
      available: 0,
      needed: 1,
    });
  }
  await ctx.tx
    .insertInto('license_assignments')
    .values({ id: randomUUID(), tenant_id: key.tenantId, plan_id: key.planId, user_id: reclamation.userId, group_id: null, assigned_at: ctx.now, assigned_by: ctx.actor === 'system' ? null : ctx.actor.userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
  await ctx.tx.updateTable('seat_reclamations').set({ state: 'undone', undone_at: ctx.now }).where('id', '=', reclamation.id).execute();
  await leaveWaiting(ctx.tx, key, [reclamation.userId]);
  const seats = (await reallocateProduct(ctx, key, { reason: 'reclamation undone' }))!;
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: key.tenantId,
    action: 'seat_reclamation.undone',
    targetType: 'product',
    targetId: key.planId,
    summary: `Gave ${reclamation.userPrincipalName} back the seat of ${plan.name} reclaimed on ${reclamation.reclaimedAt!.toISOString().slice(0, 10)}`,
    detail: { reclamationId: reclamation.id, userId: reclamation.userId },
  });
  await recordSeatEvent(ctx, key, 'seat_reclamation.undone', [reclamation.userId], { reclamationId: reclamation.id });
  return seats;
}
