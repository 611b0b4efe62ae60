import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { auditDeal, findDealPlan, lockOpenDeal, productEffect, refreshProducts, type DealPolicy } from './dealRules.js';

/** Removes a plan's licenses from a deal (remove, not set to zero: quantities are always above zero). */
export async function removeDealLicenses(ctx: CommandContext, props: { publisher: TenantScope; dealId: string; planRef: string; policy: DealPolicy }) {
  const { deal, offer } = await lockOpenDeal(ctx, props.publisher, props.dealId);
  const plan = await findDealPlan(ctx, offer, props.planRef);
  const removed = await ctx.tx.deleteFrom('deal_licenses').where('deal_id', '=', deal.id).where('plan_id', '=', plan.id).returning('quantity').executeTakeFirst();
  if (!removed) throw notFound(`Licenses of ${plan.plan_id} on this deal`);
  const seats = (await refreshProducts(ctx, deal.customer_tenant_id, [plan.id], props.policy, 'licenses removed from deal', deal.id)).get(plan.id)!;
  await auditDeal(ctx, deal, 'deal.licenses_removed', `Removed the ${removed.quantity} licenses of ${plan.name}`, { planId: plan.id, planKey: plan.plan_id, quantity: removed.quantity });
  return { plan, product: productEffect(seats) };
}
