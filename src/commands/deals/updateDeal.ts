import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { requireConsent } from '../relationships/consent.js';
import { dealColumns, dealFieldsOf, type DealFields } from './dealFields.js';
import { endDateChangeProblem, earliestTodayAt } from '../../domain/deals/dealTerms.js';
import { invalidFields } from '../../domain/problems.js';
import { auditDeal, dealTermsProblemsAt, lockOpenDeal, refreshProducts, type DealPolicy } from './dealRules.js';

export interface UpdateDealProps {
  publisher: TenantScope;
  dealId: string;
  changes: Partial<DealFields>;
  policy: DealPolicy;
}

/**
 * Corrects a registered deal's details. The offer and the customer tenant
 * never change. Moving the end date re-evaluates the licenses' lifecycle; a
 * later end date provisions for longer, so it needs the customer's consent.
 */
export async function updateDeal(ctx: CommandContext, props: UpdateDealProps): Promise<void> {
  const { deal } = await lockOpenDeal(ctx, props.publisher, props.dealId);
  const before = dealFieldsOf(deal);
  const after: DealFields = {
    ...before,
    ...Object.fromEntries(Object.entries(props.changes).filter(([, v]) => v !== undefined)),
  };
  const endProblem = endDateChangeProblem(before.endDate, after.endDate, earliestTodayAt(ctx.now));
  const problems = [...dealTermsProblemsAt(ctx, after, props.policy), ...(endProblem ? [{ field: 'endDate', message: endProblem }] : [])];
  if (problems.length) throw invalidFields(problems);
  const extendsTerm = before.endDate !== null && (after.endDate === null || after.endDate > before.endDate);
  if (extendsTerm) await requireConsent(ctx.tx, deal.publisher_tenant_id, deal.customer_tenant_id);
  await ctx.tx.updateTable('deals').set({ ...dealColumns(after), updated_at: ctx.now }).where('id', '=', deal.id).execute();
  const changed = (Object.keys(after) as (keyof DealFields)[]).filter((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k]));
  if (after.endDate !== before.endDate) {
    const plans = await ctx.tx.selectFrom('deal_licenses').select('plan_id').where('deal_id', '=', deal.id).execute();
    await refreshProducts(ctx, deal.customer_tenant_id, plans.map((p) => p.plan_id), props.policy, 'deal end date changed', deal.id);
  }
  await auditDeal(ctx, deal, 'deal.updated', `Updated the deal with ${after.customer.companyName} (${changed.join(', ') || 'no changes'})`, { changed });
}
