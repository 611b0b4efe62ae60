import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { auditDeal, lockOpenDeal, productEffect, refreshProducts, type DealPolicy } from './dealRules.js';

/**
 * Cancels a deal: its licenses stop counting at once. A product no other deal
 * provisions is removed with its assignments; one that other deals still
 * provision keeps their seats, and holders beyond them are marked.
 */
export async function cancelDeal(ctx: CommandContext, props: { publisher: TenantScope; dealId: string; policy: DealPolicy }) {
  const { deal } = await lockOpenDeal(ctx, props.publisher, props.dealId);
  await ctx.tx.updateTable('deals').set({ status: 'cancelled', cancelled_at: ctx.now, updated_at: ctx.now }).where('id', '=', deal.id).execute();
  const plans = await ctx.tx.selectFrom('deal_licenses').select('plan_id').where('deal_id', '=', deal.id).execute();
  const products = await refreshProducts(ctx, deal.customer_tenant_id, plans.map((p) => p.plan_id), props.policy, 'deal cancelled', deal.id);
  await auditDeal(ctx, deal, 'deal.cancelled', `Cancelled the deal with ${deal.customer_company}`);
  return [...products].map(([planId, seats]) => ({ planId, product: productEffect(seats) }));
}
