import { randomUUID } from 'node:crypto';
import { requestFingerprint } from '../../domain/deals/fingerprint.js';
import { isGuid } from '../../domain/identifiers.js';
import { conflict, invalidFields, type FieldProblem } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { requireConsent } from '../relationships/consent.js';
import { dealColumns, type DealFields } from './dealFields.js';
import { auditDeal, dealTermsProblemsAt, findDealOffer, lookUpDealPlan, productEffect, refreshProducts, type DealPolicy, type ProductEffect } from './dealRules.js';

export interface RegisterDealProps {
  publisher: TenantScope;
  /** The offer's GUID or its offer key. */
  offerRef: string;
  customerTenantId: string;
  fields: DealFields;
  /** Plans to provision right away (more can be added later). */
  licenses: { planRef: string; quantity: number }[];
  /** From the Idempotency-Key header: a retry with the same key and body returns the deal registered the first time. */
  idempotencyKey?: string | undefined;
  /** The publisher knows a deal with the same customer, offer, dates and values was registered in the last 24 hours, and wants another. */
  confirmDuplicate?: boolean | undefined;
  policy: DealPolicy;
  createdBy: string | null;
}

export interface RegisteredDeal {
  dealId: string;
  /** True when this was a retry answered with the deal registered before. */
  replayed: boolean;
  products: { planId: string; product: ProductEffect }[];
}

/**
 * A publisher registers a deal it won, which provisions the licenses bought
 * into the customer's tenant. Needs the customer's consent, a published
 * license-managed offer of the publisher's own and terms that pass the rules.
 */
export async function registerDeal(ctx: CommandContext, props: RegisterDealProps): Promise<RegisteredDeal> {
  const fingerprint = requestFingerprint({ offerRef: props.offerRef, customerTenantId: props.customerTenantId, fields: props.fields, licenses: props.licenses });
  if (props.idempotencyKey) {
    const earlier = await ctx.tx
      .selectFrom('deals')
      .select(['id', 'idempotency_fingerprint'])
      .where('publisher_tenant_id', '=', props.publisher.tenantId)
      .where('idempotency_key', '=', props.idempotencyKey)
      .executeTakeFirst();
    if (earlier) {
      if (earlier.idempotency_fingerprint !== fingerprint) {
        throw conflict(`The Idempotency-Key "${props.idempotencyKey}" was already used to register a different deal; use a new key for a new deal`, { dealId: earlier.id });
      }
      return { dealId: earlier.id, replayed: true, products: [] };
    }
  }
  const offer = await findDealOffer(ctx, props.publisher, props.offerRef);
  await requireConsent(ctx.tx, props.publisher.tenantId, props.customerTenantId);
  // Every problem with the terms and the plans at once, not one round at a time.
  const problems: FieldProblem[] = dealTermsProblemsAt(ctx, props.fields, props.policy);
  const plans: (NonNullable<Awaited<ReturnType<typeof lookUpDealPlan>>> & { quantity: number })[] = [];
  for (const [index, license] of props.licenses.entries()) {
    const field = `licenses.${index}.${isGuid(license.planRef) ? 'planId' : 'planKey'}`;
    const plan = await lookUpDealPlan(ctx, offer, license.planRef);
    if (!plan) problems.push({ field, message: `"${license.planRef}" is not a plan of offer ${offer.offer_id}` });
    else if (plans.some((p) => p.id === plan.id)) problems.push({ field, message: `${plan.plan_id} appears twice; give each plan once with its total quantity` });
    else plans.push({ ...plan, quantity: license.quantity });
  }
  if (problems.length) throw invalidFields(problems);
  if (!props.confirmDuplicate) await refuseLikelyDuplicate(ctx, props, offer.id);

  const deal = { id: randomUUID(), publisher_tenant_id: props.publisher.tenantId, customer_tenant_id: props.customerTenantId };
  await ctx.tx
    .insertInto('deals')
    .values({
      ...deal,
      offer_id: offer.id,
      ...dealColumns(props.fields),
      idempotency_key: props.idempotencyKey ?? null,
      idempotency_fingerprint: props.idempotencyKey ? fingerprint : null,
      created_by: props.createdBy,
      created_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  if (plans.length) {
    await ctx.tx
      .insertInto('deal_licenses')
      .values(plans.map((p) => ({ deal_id: deal.id, plan_id: p.id, customer_tenant_id: props.customerTenantId, quantity: p.quantity, created_at: ctx.now, updated_at: ctx.now })))
      .execute();
  }
  const products = await refreshProducts(ctx, props.customerTenantId, plans.map((p) => p.id), props.policy, 'deal registered', deal.id);
  await auditDeal(ctx, deal, 'deal.registered', `Registered a deal with ${props.fields.customer.companyName} for ${offer.name}`, {
    offerId: offer.id,
    offerKey: offer.offer_id,
    licenses: plans.map((p) => ({ planId: p.id, planKey: p.plan_id, quantity: p.quantity })),
    endDate: props.fields.endDate,
  });
  return { dealId: deal.id, replayed: false, products: [...products].map(([planId, seats]) => ({ planId, product: productEffect(seats) })) };
}

const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The same deal sent twice without an Idempotency-Key (a double click, a
 * script run again) would provision the seats twice without a word: a deal
 * with the same customer, offer, dates and values registered in the last 24
 * hours makes this one wait for `confirmDuplicate: true`.
 */
async function refuseLikelyDuplicate(ctx: CommandContext, props: RegisterDealProps, offerId: string): Promise<void> {
  const { fields } = props;
  let query = ctx.tx
    .selectFrom('deals')
    .select(['id', 'created_at'])
    .where('publisher_tenant_id', '=', props.publisher.tenantId)
    .where('customer_tenant_id', '=', props.customerTenantId)
    .where('offer_id', '=', offerId)
    .where('status', '=', 'registered')
    .where('signed_date', '=', fields.signedDate)
    .where('start_date', '=', fields.startDate)
    .where('total_contract_value', '=', fields.totalContractValue.amount)
    .where('total_contract_currency', '=', fields.totalContractValue.currency)
    .where('solution_value', '=', fields.solutionValue.amount)
    .where('solution_currency', '=', fields.solutionValue.currency)
    .where('created_at', '>', new Date(ctx.now.getTime() - DUPLICATE_WINDOW_MS));
  query = fields.endDate === null ? query.where('end_date', 'is', null) : query.where('end_date', '=', fields.endDate);
  const earlier = await query.orderBy('created_at', 'desc').executeTakeFirst();
  if (earlier) {
    throw conflict(
      `A deal with the same customer, offer, dates and values was registered ${earlier.created_at.toISOString()} (deal ${earlier.id}). ` +
        'Registering it again provisions its licenses a second time: send "confirmDuplicate": true if that is what you want, or an Idempotency-Key to make retries safe.',
      { dealId: earlier.id, errors: [{ field: 'confirmDuplicate', message: 'must be true to register a deal like one registered in the last 24 hours' }] },
    );
  }
}
