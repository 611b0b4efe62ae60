import { randomUUID } from 'node:crypto';
import { requestFingerprint } from '../../domain/deals/fingerprint.js';
import { conflict, invalidFields, type FieldProblem } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { requireConsent } from '../relationships/consent.js';
import { dealColumns, type DealFields } from './dealFields.js';
import { assertDealTerms, auditDeal, findDealOffer, findDealPlan, productEffect, refreshProducts, type DealPolicy, type ProductEffect } from './dealRules.js';

export interface RegisterDealProps {
  publisher: TenantScope;
  offerId: string;
  customerTenantId: string;
  fields: DealFields;
  /** Plans to provision right away (more can be added later). */
  licenses: { planId: string; quantity: number }[];
  /** From the Idempotency-Key header: a retry with the same key and body returns the deal registered the first time. */
  idempotencyKey?: string | undefined;
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
  const fingerprint = requestFingerprint({ offerId: props.offerId, customerTenantId: props.customerTenantId, fields: props.fields, licenses: props.licenses });
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
  const offer = await findDealOffer(ctx, props.publisher, props.offerId);
  await requireConsent(ctx.tx, props.publisher.tenantId, props.customerTenantId);
  assertDealTerms(ctx, props.fields, props.policy);
  const plans: (Awaited<ReturnType<typeof findDealPlan>> & { quantity: number })[] = [];
  const problems: FieldProblem[] = [];
  for (const [index, license] of props.licenses.entries()) {
    const plan = await findDealPlan(ctx, offer, license.planId, `licenses.${index}.planId`);
    if (plans.some((p) => p.id === plan.id)) problems.push({ field: `licenses.${index}.planId`, message: `${plan.plan_id} appears twice; give each plan once with its total quantity` });
    plans.push({ ...plan, quantity: license.quantity });
  }
  if (problems.length) throw invalidFields(problems);

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
    offerId: offer.offer_id,
    licenses: plans.map((p) => ({ planId: p.plan_id, quantity: p.quantity })),
    endDate: props.fields.endDate,
  });
  return { dealId: deal.id, replayed: false, products: [...products].map(([planId, seats]) => ({ planId, product: productEffect(seats) })) };
}
