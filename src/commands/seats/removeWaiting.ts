import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { leaveWaiting, listWaiting, type WaitingEntry } from '../../store/seats/waiting.js';
import type { CommandContext } from '../context.js';
import { lockHeldProduct } from '../licensing/heldProduct.js';
import { recordSeatEvent } from './seatEvents.js';

/** An admin removes someone from a product's waiting room (the others move up). */
export async function removeWaiting(ctx: CommandContext, props: { scope: TenantScope; planId: string; userId: string }): Promise<void> {
  const { key, plan } = await lockHeldProduct(ctx, props.scope, props.planId);
  const waiter = (await listWaiting(ctx.tx, key)).find((w) => w.userId === props.userId);
  if (!waiter) throw notFound(`User ${props.userId} in the waiting room of ${plan.name}`);
  await takeOutOfWaitingRoom(ctx, key, waiter, { summary: `Removed ${waiter.userPrincipalName} from the waiting room of ${plan.name}` });
}

/**
 * Takes someone out of a product's waiting room (its lock held by the caller):
 * audited as `waiting_room.removed` and in the change feed, whoever decided it.
 */
export async function takeOutOfWaitingRoom(
  ctx: CommandContext,
  key: { tenantId: string; planId: string },
  waiter: Pick<WaitingEntry, 'userId' | 'position'>,
  why: { summary: string; detail?: Record<string, unknown> },
): Promise<void> {
  await leaveWaiting(ctx.tx, key, [waiter.userId]);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: key.tenantId,
    action: 'waiting_room.removed',
    targetType: 'product',
    targetId: key.planId,
    summary: why.summary,
    detail: { userId: waiter.userId, position: waiter.position, ...why.detail },
  });
  await recordSeatEvent(ctx, key, 'waiting_room.removed', [waiter.userId], { position: waiter.position });
}
