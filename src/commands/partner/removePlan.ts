import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { lockOffer } from '../../store/partner/offers.js';
import { findPlan, isPlanLive } from '../../store/partner/plans.js';
import type { CommandContext } from '../context.js';
import { planTarget } from './offerAuditTargets.js';

/**
 * Removes a plan nobody depends on. Refused while customers hold licenses
 * for it, and while the live package maps app modules to it (removing it
 * would make them free; a live license-managed offer thus keeps a plan).
 */
export async function removePlan(ctx: CommandContext, props: { scope: TenantScope; offerRef: string; planRef: string }): Promise<void> {
  const offer = await lockOffer(ctx.tx, props.scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  const plan = await findPlan(ctx.tx, props.scope, offer.id, props.planRef);
  if (!plan) throw notFound(`Plan ${props.planRef} of offer ${props.offerRef}`);
  if (plan.customerCount > 0) {
    const customers = plan.customerCount === 1 ? '1 customer holds' : `${plan.customerCount} customers hold`;
    throw conflict(`Plan ${plan.planKey} can't be removed: ${customers} licenses for it. Remove its licenses from their deals first, or stop selling the offer`, {
      customerCount: plan.customerCount,
    });
  }
  if (await isPlanLive(ctx.tx, plan.id)) {
    throw conflict(
      `Plan ${plan.planKey} can't be removed: the published package maps app modules to ${plan.serviceId}, which would leave them unlicensed. Publish a package version without it first`,
    );
  }
  await ctx.tx.deleteFrom('plans').where('id', '=', plan.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'plan.deleted',
    summary: `Removed plan ${plan.planKey} (${plan.name}) from offer ${offer.offerKey}`,
    ...planTarget(offer, plan),
  });
}
