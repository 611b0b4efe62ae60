import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { requireConsent } from '../relationships/consent.js';
import { auditDeal, findDealPlan, lockOpenDeal, productEffect, refreshProducts, type DealPolicy } from './dealRules.js';

/**
 * Changes how many licenses of a plan a deal provisions. Going below what the
 * customer has assigned is allowed: the users beyond the new count (the
 * latest claims, see seatAllocation.ts) are marked "not enough licenses", and
 * the answer says how many.
 */
export async function changeDealLicenses(ctx: CommandContext, props: { publisher: TenantScope; dealId: string; planRef: string; quantity: number; policy: DealPolicy }) {
  const { deal, offer } = await lockOpenDeal(ctx, props.publisher, props.dealId);
  const plan = await findDealPlan(ctx, offer, props.planRef);
  const existing = await ctx.tx.selectFrom('deal_licenses').select('quantity').where('deal_id', '=', deal.id).where('plan_id', '=', plan.id).executeTakeFirst();
  if (!existing) throw notFound(`Licenses of ${plan.plan_id} on this deal`);
  if (props.quantity > existing.quantity) await requireConsent(ctx.tx, deal.publisher_tenant_id, deal.customer_tenant_id);
  await ctx.tx.updateTable('deal_licenses').set({ quantity: props.quantity, updated_at: ctx.now }).where('deal_id', '=', deal.id).where('plan_id', '=', plan.id).execute();
  const seats = (await refreshProducts(ctx, deal.customer_tenant_id, [plan.id], props.policy, 'deal quantity changed', deal.id)).get(plan.id)!;
  await auditDeal(ctx, deal, 'deal.licenses_changed', `Changed ${plan.name} from ${existing.quantity} to ${props.quantity} licenses`, {
    planId: plan.id,
    planKey: plan.plan_id,
    from: existing.quantity,
    to: props.quantity,
    overAssigned: seats.overAssigned,
  });
  return { plan, quantity: props.quantity, product: productEffect(seats) };
}
