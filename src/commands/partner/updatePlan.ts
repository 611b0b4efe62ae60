import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer } from '../../store/partner/offers.js';
import { findPlan, type PlanRecord } from '../../store/partner/plans.js';
import type { CommandContext } from '../context.js';
import { planTarget } from './offerAuditTargets.js';

/** Renames or re-describes a plan, or changes its free trial; its ID and Service ID never change. */
export async function updatePlan(
  ctx: CommandContext,
  props: { scope: TenantScope; offerRef: string; planRef: string; changes: { name?: string | undefined; description?: string | undefined; trialDays?: number | null | undefined } },
): Promise<PlanRecord> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  const plan = await findPlan(ctx.tx, props.scope, offer.id, props.planRef);
  if (!plan) throw notFound(`Plan ${props.planRef} of offer ${props.offerRef}`);
  const { name, description, trialDays } = props.changes;
  await ctx.tx
    .updateTable('plans')
    .set({ ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}), ...(trialDays !== undefined ? { trial_days: trialDays } : {}), updated_at: ctx.now })
    .where('id', '=', plan.id)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'plan.updated',
    summary: `Updated plan ${plan.planKey} of offer ${offer.offerKey}`,
    ...planTarget(offer, plan, { changed: Object.keys(props.changes).filter((k) => props.changes[k as 'name'] !== undefined) }),
  });
  return (await findPlan(ctx.tx, props.scope, offer.id, props.planRef))!;
}
