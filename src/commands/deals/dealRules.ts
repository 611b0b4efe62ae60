import type { AuditAction } from '../../domain/auditActions.js';
import { dealTermsProblems, latestTodayAt } from '../../domain/deals/dealTerms.js';
import type { LicenseTerms } from '../../domain/licenses/productStatus.js';
import { isGuid, parseRef } from '../../domain/identifiers.js';
import { conflict, invalid, invalidFields, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { ensureDefaultEnvironment } from '../environments/ensureDefaultEnvironment.js';
import { lockOrCreateProduct } from '../licensing/productLock.js';
import { reallocateProduct, type ProductSeats } from '../licensing/reallocateProduct.js';
import type { DealFields } from './dealFields.js';

/** Rules and steps the deal commands share. */

export interface DealPolicy {
  thresholdUsd: number;
  terms: LicenseTerms;
}

/** The publisher's own offer, by its GUID or its offer key; it must be published and license-managed. */
export async function findDealOffer(ctx: CommandContext, publisher: TenantScope, offerRef: string) {
  const ref = parseRef(offerRef);
  const offer = await ctx.tx
    .selectFrom('offers')
    .select(['id', 'offer_id', 'name', 'status', 'license_management'])
    .where('tenant_id', '=', publisher.tenantId)
    .where('guid' in ref ? 'id' : 'offer_id', '=', 'guid' in ref ? ref.guid : ref.key)
    .executeTakeFirst();
  if (!offer) throw notFound(`Offer ${offerRef}`);
  if (offer.status !== 'published') throw conflict(`Offer ${offer.offer_id} is ${offer.status === 'draft' ? 'not published yet' : 'stop-sold'}; deals can only be registered for a published offer`);
  if (!offer.license_management) throw conflict(`Offer ${offer.offer_id} does not use app license management through LicenseHub, so it has no licenses to provision`);
  return offer;
}

/** A plan of the deal's offer, by its GUID or its plan key; null when the offer has no such plan. */
export async function lookUpDealPlan(ctx: CommandContext, offer: { id: string }, planRef: string) {
  const ref = parseRef(planRef);
  const plan = await ctx.tx
    .selectFrom('plans')
    .select(['id', 'plan_id', 'name', 'service_id'])
    .where('offer_id', '=', offer.id)
    .where('guid' in ref ? 'id' : 'plan_id', '=', 'guid' in ref ? ref.guid : ref.key)
    .executeTakeFirst();
  return plan ?? null;
}

/** The same, refusing an unknown plan on `field`. */
export async function findDealPlan(ctx: CommandContext, offer: { id: string; offer_id: string }, planRef: string, field = isGuid(planRef) ? 'planId' : 'planKey') {
  const plan = await lookUpDealPlan(ctx, offer, planRef);
  if (!plan) throw invalid(field, `"${planRef}" is not a plan of offer ${offer.offer_id}`);
  return plan;
}

/** The publisher's deal, locked for a change; cancelled deals cannot change. */
export async function lockOpenDeal(ctx: CommandContext, publisher: TenantScope, dealId: string) {
  const deal = await ctx.tx.selectFrom('deals').selectAll().where('publisher_tenant_id', '=', publisher.tenantId).where('id', '=', dealId).forUpdate().executeTakeFirst();
  if (!deal) throw notFound(`Deal ${dealId}`);
  if (deal.status === 'cancelled') throw conflict('This deal was cancelled and can no longer be changed');
  const offer = await ctx.tx.selectFrom('offers').select(['id', 'offer_id', 'name']).where('id', '=', deal.offer_id).executeTakeFirstOrThrow();
  return { deal, offer };
}

export function dealTermsProblemsAt(ctx: CommandContext, fields: DealFields, policy: DealPolicy) {
  return dealTermsProblems(fields, { thresholdUsd: policy.thresholdUsd, latestToday: latestTodayAt(ctx.now) });
}


/**
 * Brings the customer's products for these plans in line with the deals:
 * locks them in plan id order and reallocates each with its status
 * recomputed. The customer sees the change the moment this commits.
 */
export async function refreshProducts(ctx: CommandContext, customerTenantId: string, planIds: readonly string[], policy: DealPolicy, reason: string, dealId: string) {
  const results = new Map<string, ProductSeats>();
  for (const planId of [...new Set(planIds)].sort()) {
    await lockOrCreateProduct(ctx.tx, { tenantId: customerTenantId, planId }, ctx.now);
    const seats = await reallocateProduct(ctx, { tenantId: customerTenantId, planId }, { reason, terms: policy.terms, dealId });
    results.set(planId, seats!);
  }
  if (planIds.length) await ensureDefaultEnvironment(ctx, customerTenantId);
  return results;
}

/** A deal's audit event, in the publisher's log and in the customer's. */
export async function auditDeal(
  ctx: CommandContext,
  deal: { id: string; publisher_tenant_id: string; customer_tenant_id: string },
  action: AuditAction,
  summary: string,
  detail: Record<string, unknown> = {},
): Promise<void> {
  const publisher = await ctx.tx.selectFrom('tenants').select('display_name').where('id', '=', deal.publisher_tenant_id).executeTakeFirstOrThrow();
  await recordAudit(ctx.tx, ctx.actor, { tenantId: deal.publisher_tenant_id, action, targetType: 'deal', targetId: deal.id, summary, detail });
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: deal.customer_tenant_id,
    action,
    targetType: 'deal',
    targetId: deal.id,
    summary: `${publisher.display_name}: ${summary}`,
    detail: { ...detail, publisherTenantId: deal.publisher_tenant_id },
  });
  await recordDealEvent(ctx, deal.id, action, detail);
}

/**
 * The deal's change-feed event: deal.registered, deal.cancelled, or
 * deal.changed for every other change (its `change` says which), with the
 * deal as it is after the change.
 */
async function recordDealEvent(ctx: CommandContext, dealId: string, action: string, detail: Record<string, unknown>): Promise<void> {
  if (!ctx.events) return;
  const deal = await ctx.tx
    .selectFrom('deals')
    .innerJoin('offers', 'offers.id', 'deals.offer_id')
    .select(['deals.id', 'deals.publisher_tenant_id', 'deals.customer_tenant_id', 'deals.customer_company', 'deals.end_date', 'offers.id as offer_guid', 'offers.offer_id as offer_key'])
    .where('deals.id', '=', dealId)
    .executeTakeFirstOrThrow();
  const licenses = await ctx.tx
    .selectFrom('deal_licenses')
    .innerJoin('plans', 'plans.id', 'deal_licenses.plan_id')
    .select(['plans.id as planId', 'plans.plan_id as planKey', 'deal_licenses.quantity'])
    .where('deal_licenses.deal_id', '=', dealId)
    .orderBy('plans.plan_id')
    .execute();
  const change = action.replace(/^deal\./, '');
  const type = action === 'deal.registered' ? 'deal.registered' : action === 'deal.cancelled' ? 'deal.cancelled' : 'deal.changed';
  recordLicenseEvent(ctx, {
    type,
    subject: subjects.deal(deal.id),
    tenantId: deal.customer_tenant_id,
    publisherTenantId: deal.publisher_tenant_id,
    data: {
      dealId: deal.id,
      offerId: deal.offer_guid,
      offerKey: deal.offer_key,
      customerTenantId: deal.customer_tenant_id,
      customerCompany: deal.customer_company,
      endDate: deal.end_date,
      licenses,
      ...(type === 'deal.changed' ? { change, changed: Array.isArray(detail.changed) ? detail.changed : change === 'renewed' ? ['endDate', 'contractType'] : ['licenses'] } : {}),
    },
  });
}

/** What a provisioning change did to the customer's product, for the publisher. */
export function productEffect(seats: ProductSeats) {
  return { purchased: seats.purchased, assigned: seats.assigned, available: seats.available, state: seats.state, overAssigned: seats.overAssigned };
}
export type ProductEffect = ReturnType<typeof productEffect>;
