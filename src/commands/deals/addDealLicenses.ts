import { conflict } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { requireConsent } from '../relationships/consent.js';
import { auditDeal, findDealPlan, lockOpenDeal, productEffect, refreshProducts, type DealPolicy } from './dealRules.js';

/** Adds a plan with a number of licenses to a deal; the customer can assign them as soon as this commits. */
export async function addDealLicenses(ctx: CommandContext, props: { publisher: TenantScope; dealId: string; planRef: string; quantity: number; policy: DealPolicy }) {
  const { deal, offer } = await lockOpenDeal(ctx, props.publisher, props.dealId);
  const plan = await findDealPlan(ctx, offer, props.planRef);
  const existing = await ctx.tx.selectFrom('deal_licenses').select('quantity').where('deal_id', '=', deal.id).where('plan_id', '=', plan.id).executeTakeFirst();
  if (existing) throw conflict(`This deal already provisions ${existing.quantity} licenses of ${plan.plan_id}; change that quantity instead`);
  await requireConsent(ctx.tx, deal.publisher_tenant_id, deal.customer_tenant_id);
  await ctx.tx
    .insertInto('deal_licenses')
    .values({ deal_id: deal.id, plan_id: plan.id, customer_tenant_id: deal.customer_tenant_id, quantity: props.quantity, created_at: ctx.now, updated_at: ctx.now })
    .execute();
  const seats = (await refreshProducts(ctx, deal.customer_tenant_id, [plan.id], props.policy, 'licenses added to deal', deal.id)).get(plan.id)!;
  await auditDeal(ctx, deal, 'deal.licenses_added', `Provisioned ${props.quantity} licenses of ${plan.name}`, { planId: plan.id, planKey: plan.plan_id, quantity: props.quantity });
  return { plan, quantity: props.quantity, product: productEffect(seats) };
}
