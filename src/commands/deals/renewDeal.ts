import { conflict, invalid } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { requireConsent } from '../relationships/consent.js';
import { auditDeal, lockOpenDeal, productEffect, refreshProducts, type DealPolicy } from './dealRules.js';

/**
 * Extends a deal to a later end date and marks it a renewal. Licenses in
 * their grace period or suspended come back at once, held by the same users:
 * nobody has to be assigned again.
 */
export async function renewDeal(ctx: CommandContext, props: { publisher: TenantScope; dealId: string; endDate: string; policy: DealPolicy }) {
  const { deal } = await lockOpenDeal(ctx, props.publisher, props.dealId);
  if (deal.end_date === null) throw conflict('This deal is perpetual; it never needs renewing');
  if (props.endDate <= deal.end_date) throw invalid('endDate', `must be after the current end date (${deal.end_date})`);
  await requireConsent(ctx.tx, deal.publisher_tenant_id, deal.customer_tenant_id);
  await ctx.tx.updateTable('deals').set({ end_date: props.endDate, contract_type: 'renewal', updated_at: ctx.now }).where('id', '=', deal.id).execute();
  const plans = await ctx.tx.selectFrom('deal_licenses').select('plan_id').where('deal_id', '=', deal.id).execute();
  const products = await refreshProducts(ctx, deal.customer_tenant_id, plans.map((p) => p.plan_id), props.policy, 'deal renewed', deal.id);
  await auditDeal(ctx, deal, 'deal.renewed', `Renewed the deal with ${deal.customer_company} until ${props.endDate}`, { previousEndDate: deal.end_date, endDate: props.endDate });
  return [...products].map(([planId, seats]) => ({ planId, product: productEffect(seats) }));
}
