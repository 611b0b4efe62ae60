import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db, Tx } from '../transaction.js';

/** A registered deal as the publisher that registered it sees it. */
export interface DealRecord {
  id: string;
  status: 'registered' | 'cancelled';
  contractType: 'new' | 'renewal';
  customerTenant: { id: string; name: string };
  customer: { companyName: string; country: string; city: string; state: string };
  offer: { id: string; offerKey: string; name: string };
  totalContractValue: { amount: number; currency: string };
  solutionValue: { amount: number; currency: string };
  deployment: string;
  signedDate: string;
  startDate: string;
  endDate: string | null;
  partnerContact: { firstName: string; lastName: string; phone: string; email: string };
  licenses: DealLicenseRecord[];
  createdAt: Date;
  updatedAt: Date;
  cancelledAt: Date | null;
}

export interface DealLicenseRecord {
  planId: string;
  planKey: string;
  planName: string;
  serviceId: string;
  quantity: number;
}

function baseQuery(db: Db | Tx, scope: TenantScope) {
  return db
    .selectFrom('deals')
    .innerJoin('offers', 'offers.id', 'deals.offer_id')
    .innerJoin('tenants as customer', 'customer.id', 'deals.customer_tenant_id')
    .selectAll('deals')
    .select(['offers.offer_id as offer_key', 'offers.name as offer_name', 'customer.display_name as customer_tenant_name'])
    .where('deals.publisher_tenant_id', '=', scope.tenantId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

async function withLicenses(db: Db | Tx, rows: Row[]): Promise<DealRecord[]> {
  const ids = rows.map((r) => r.id);
  const licenses = ids.length
    ? await db
        .selectFrom('deal_licenses')
        .innerJoin('plans', 'plans.id', 'deal_licenses.plan_id')
        .select(['deal_licenses.deal_id', 'deal_licenses.plan_id', 'deal_licenses.quantity', 'plans.plan_id as plan_key', 'plans.name', 'plans.service_id'])
        .where('deal_licenses.deal_id', 'in', ids)
        .orderBy('plans.plan_id')
        .execute()
    : [];
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    contractType: row.contract_type,
    customerTenant: { id: row.customer_tenant_id, name: row.customer_tenant_name },
    customer: { companyName: row.customer_company, country: row.customer_country, city: row.customer_city, state: row.customer_state },
    offer: { id: row.offer_id, offerKey: row.offer_key, name: row.offer_name },
    totalContractValue: { amount: Number(row.total_contract_value), currency: row.total_contract_currency },
    solutionValue: { amount: Number(row.solution_value), currency: row.solution_currency },
    deployment: row.deployment,
    signedDate: row.signed_date,
    startDate: row.start_date,
    endDate: row.end_date,
    partnerContact: { firstName: row.contact_first_name, lastName: row.contact_last_name, phone: row.contact_phone, email: row.contact_email },
    licenses: licenses
      .filter((l) => l.deal_id === row.id)
      .map((l) => ({ planId: l.plan_id, planKey: l.plan_key, planName: l.name, serviceId: l.service_id, quantity: l.quantity })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    cancelledAt: row.cancelled_at,
  }));
}

export async function findDeal(db: Db | Tx, scope: TenantScope, dealId: string): Promise<DealRecord | null> {
  const row = await baseQuery(db, scope).where('deals.id', '=', dealId).executeTakeFirst();
  return row ? (await withLicenses(db, [row]))[0]! : null;
}

export interface DealQuery {
  status?: 'registered' | 'cancelled' | undefined;
  /** Registered deals whose end date puts them in this lifecycle state today. */
  endDateRange?: { from?: string | undefined; to?: string | undefined; perpetual: boolean } | undefined;
  customerTenantId?: string | undefined;
  offerId?: string | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

/** The publisher's deals, newest first. */
export async function listDeals(db: Db, scope: TenantScope, query: DealQuery) {
  let q = baseQuery(db, scope);
  if (query.status) q = q.where('deals.status', '=', query.status);
  if (query.customerTenantId) q = q.where('deals.customer_tenant_id', '=', query.customerTenantId);
  if (query.offerId) q = q.where('deals.offer_id', '=', query.offerId);
  if (query.search) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(deals.customer_company)`, 'like', pattern), eb(sql`lower(customer.display_name)`, 'like', pattern)]));
  }
  const range = query.endDateRange;
  if (range) {
    q = q.where('deals.status', '=', 'registered').where((eb) => {
      const bounded = [];
      if (range.from) bounded.push(eb('deals.end_date', '>=', range.from));
      if (range.to) bounded.push(eb('deals.end_date', '<', range.to));
      const dated = eb.and([eb('deals.end_date', 'is not', null), ...bounded]);
      return range.perpetual ? eb.or([eb('deals.end_date', 'is', null), dated]) : dated;
    });
  }
  const [rows, total] = await Promise.all([
    q.orderBy('deals.created_at', 'desc').orderBy('deals.id').limit(query.limit).offset(query.offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: await withLicenses(db, rows), total: total.count };
}

/** Audit events about one of the publisher's deals, from the publisher's own log. */
export async function listDealAudit(db: Db, scope: TenantScope, dealId: string, page: { limit: number; offset: number }) {
  const q = db.selectFrom('audit_events').where('tenant_id', '=', scope.tenantId).where('target_type', '=', 'deal').where('target_id', '=', dealId);
  const [items, total] = await Promise.all([
    q
      .select(['id', 'actor_user_id', 'actor_name', 'action', 'target_type', 'target_id', 'summary', 'detail', 'occurred_at'])
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.count };
}
