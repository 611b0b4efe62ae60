import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer } from '../../store/partner/offers.js';
import { findPlan, type PlanRecord } from '../../store/partner/plans.js';
import type { CommandContext } from '../context.js';

/** Renames or re-describes a plan; its ID and Service ID never change. */
export async function updatePlan(
  ctx: CommandContext,
  props: { scope: TenantScope; offerId: string; planId: string; changes: { name?: string | undefined; description?: string | undefined } },
): Promise<PlanRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerId);
  if (!offer) throw notFound(`Offer ${props.offerId}`);
  const plan = await findPlan(ctx.tx, props.scope, offer.id, props.planId);
  if (!plan) throw notFound(`Plan ${props.planId} of offer ${props.offerId}`);
  const { name, description } = props.changes;
  await ctx.tx
    .updateTable('plans')
    .set({ ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}), updated_at: ctx.now })
    .where('id', '=', plan.id)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'plan.updated',
    targetType: 'plan',
    targetId: plan.serviceId,
    summary: `Updated plan ${plan.planId} of offer ${offer.offerId}`,
    detail: { changed: Object.keys(props.changes).filter((k) => props.changes[k as 'name'] !== undefined) },
  });
  return (await findPlan(ctx.tx, props.scope, offer.id, props.planId))!;
}
