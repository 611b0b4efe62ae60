import { sql } from 'kysely';
import { countryName } from '../../domain/countries.js';
import {
  addMonths,
  endOfRange,
  productKey,
  type CustomerInfo,
  type PeriodDelta,
  type PeriodPosition,
  type PlanInfo,
  type Position,
  type ReportRange,
  monthStart,
} from '../../domain/reports/licenseReport.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Database, ProductState } from '../schema.js';
import type { Db } from '../transaction.js';

/**
 * The report's reads, always for one publisher (the scope's tenant): the
 * ledger's monthly rollup (license_positions_monthly, migration 009) for
 * months, the ledger itself for days. Filters narrow by offer, plan,
 * customer tenant or customer country.
 */

export interface ReportFilters {
  offerId?: string;
  planId?: string;
  customerTenantId?: string;
  country?: string;
}

export interface PublisherCatalog {
  plans: Map<string, PlanInfo>;
  offers: { offerId: string; offerKey: string; name: string }[];
  /** Every customer tenant the publisher's ledger mentions. */
  customers: Map<string, CustomerInfo>;
}

/** The publisher's offers and plans, and the customers its ledger mentions. */
export async function loadCatalog(db: Db, scope: TenantScope): Promise<PublisherCatalog> {
  const [planRows, offerRows, customerRows] = await Promise.all([
    db
      .selectFrom('plans')
      .innerJoin('offers', 'offers.id', 'plans.offer_id')
      .select(['plans.id', 'plans.plan_id', 'plans.name', 'plans.service_id', 'offers.id as offer_uuid', 'offers.offer_id as offer_key', 'offers.name as offer_name'])
      .where('plans.tenant_id', '=', scope.tenantId)
      .orderBy('offers.name')
      .orderBy('plans.created_at')
      .execute(),
    db.selectFrom('offers').select(['id', 'offer_id', 'name']).where('tenant_id', '=', scope.tenantId).orderBy('name').execute(),
    db
      .selectFrom('tenants')
      .select(['id', 'display_name', 'country'])
      .where('id', 'in', (eb) => eb.selectFrom('license_positions_monthly').select('tenant_id').where('publisher_tenant_id', '=', scope.tenantId))
      .orderBy('display_name')
      .execute(),
  ]);
  const plans = new Map<string, PlanInfo>();
  for (const p of planRows) {
    plans.set(p.id, { planId: p.id, planKey: p.plan_id, planName: p.name, serviceId: p.service_id, offerId: p.offer_uuid, offerKey: p.offer_key, offerName: p.offer_name });
  }
  const customers = new Map<string, CustomerInfo>();
  for (const c of customerRows) customers.set(c.id, { tenantId: c.id, name: c.display_name, countryCode: c.country, countryName: countryName(c.country) });
  return { plans, offers: offerRows.map((o) => ({ offerId: o.id, offerKey: o.offer_id, name: o.name })), customers };
}

export interface ReportPositions {
  /** Every product's position before the range starts. */
  initial: Position[];
  /** Each product's position at the end of every period of the range in which it changed. */
  changes: PeriodPosition[];
  /** Each product's first provisioning up to the end of the range, by productKey. */
  activations: Map<string, Date>;
}

/** The filters as SQL conditions on a table with tenant_id, offer_id and plan_id columns. */
function filterSql(filters: ReportFilters) {
  const parts = [];
  if (filters.offerId) parts.push(sql`and offer_id = ${filters.offerId}`);
  if (filters.planId) parts.push(sql`and plan_id = ${filters.planId}`);
  if (filters.customerTenantId) parts.push(sql`and tenant_id = ${filters.customerTenantId}`);
  if (filters.country) parts.push(sql`and tenant_id in (select id from tenants where country = ${filters.country})`);
  return sql.join(parts, sql` `);
}

interface ProductHistory {
  tenant_id: string;
  plan_id: string;
  initial_purchased: number | null;
  initial_assigned: number | null;
  initial_state: ProductState | null;
  periods: string[] | null;
  purchased: number[] | null;
  assigned: number[] | null;
  states: ProductState[] | null;
  activated_at: Date | string | null;
}

/**
 * What buildSeries() needs for a day-granularity report (at most 3 months):
 * each product's position before the range (from the monthly rollup) and its
 * last ledger row of each day in the range, one row per product with the
 * days packed in arrays.
 */
export async function loadReportPositions(db: Db, scope: TenantScope, range: ReportRange, filters: ReportFilters, now: Date): Promise<ReportPositions> {
  const fromPeriod = `${range.from}-01`;
  const toPeriod = `${range.to}-01`;
  const where = filterSql(filters);
  const products = await sql<ProductHistory>`
    select tenant_id, plan_id,
      (array_agg(purchased order by period desc) filter (where period < ${fromPeriod}::date))[1] as initial_purchased,
      (array_agg(assigned order by period desc) filter (where period < ${fromPeriod}::date))[1] as initial_assigned,
      (array_agg(state order by period desc) filter (where period < ${fromPeriod}::date))[1] as initial_state,
      null::text[] as periods, null::int[] as purchased, null::int[] as assigned, null::text[] as states,
      min(first_provisioned_at) as activated_at
    from license_positions_monthly
    where publisher_tenant_id = ${scope.tenantId} and period <= ${toPeriod}::date ${where}
    group by tenant_id, plan_id`.execute(db);
  const rows = [...products.rows];
  {
    // Days come from the ledger itself: each product's last row of each day in the range.
    const days = await sql<ProductHistory>`
      select tenant_id, plan_id, array_agg(day order by day) as periods, array_agg(purchased_after order by day) as purchased,
        array_agg(assigned_after order by day) as assigned, array_agg(state_after order by day) as states
      from (
        select distinct on (tenant_id, plan_id, day) tenant_id, plan_id, day, purchased_after, assigned_after, state_after
        from (
          select *, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD') as day from license_ledger
          where publisher_tenant_id = ${scope.tenantId} and occurred_at >= ${monthStart(range.from)} and occurred_at < ${endOfRange(range, now)} ${where}
        ) l
        order by tenant_id, plan_id, day, occurred_at desc, id desc
      ) d
      group by tenant_id, plan_id`.execute(db);
    const byKey = new Map(rows.map((r) => [productKey({ tenantId: r.tenant_id, planId: r.plan_id }), r]));
    for (const d of days.rows) {
      const row = byKey.get(productKey({ tenantId: d.tenant_id, planId: d.plan_id }));
      if (row) Object.assign(row, { periods: d.periods, purchased: d.purchased, assigned: d.assigned, states: d.states });
      else rows.push(d);
    }
  }
  const initial: Position[] = [];
  const changes: PeriodPosition[] = [];
  const activations = new Map<string, Date>();
  for (const r of rows) {
    const tenantId = r.tenant_id;
    const planId = r.plan_id;
    if (r.initial_purchased !== null && r.initial_purchased !== undefined) {
      initial.push({ tenantId, planId, purchased: r.initial_purchased, assigned: r.initial_assigned ?? 0, state: r.initial_state ?? 'active' });
    }
    const periods = r.periods ?? [];
    for (let i = 0; i < periods.length; i++) {
      changes.push({ tenantId, planId, period: periods[i]!, purchased: Number(r.purchased![i]), assigned: Number(r.assigned![i]), state: r.states![i]! });
    }
    if (r.activated_at) activations.set(productKey({ tenantId, planId }), new Date(r.activated_at));
  }
  return { initial, changes, activations };
}

export interface MonthReport {
  /** How the totals changed in each month of the range, and (keyed by the month before it) everything before. */
  deltas: PeriodDelta[];
  /** Every product's position at the end of the range. */
  final: Position[];
  /** Each product's first provisioning up to the end of the range, by productKey. */
  activations: Map<string, Date>;
}

/**
 * A month-granularity report in one statement over the monthly rollup: each
 * product's change from its previous month-end position (window lag), summed
 * per month; customers counted by when each tenant's total crosses 0; and
 * each product's last position. Everything before the range lands in the
 * month before it. A 12-month report of 2,000 customers returns a dozen
 * series rows and one row per product.
 */
export async function loadMonthReport(db: Db, scope: TenantScope, range: ReportRange, filters: ReportFilters): Promise<MonthReport> {
  const before = `${addMonths(range.from, -1)}-01`;
  const toPeriod = `${range.to}-01`;
  const fromPeriod = `${range.from}-01`;
  const where = filterSql(filters);
  const result = await sql<{
    kind: 'series' | 'final';
    period: string | null;
    dp: number | null;
    da: number | null;
    dc: number | null;
    tenant_id: string | null;
    plan_id: string | null;
    purchased: number | null;
    assigned: number | null;
    state: ProductState | null;
    activated_at: Date | string | null;
  }>`
    with before_range as (
      -- Everything before the range comes down to each product's last position before it.
      select distinct on (tenant_id, plan_id) tenant_id, plan_id, period, purchased, assigned, state
      from license_positions_monthly
      where publisher_tenant_id = ${scope.tenantId} and period < ${fromPeriod}::date ${where}
      -- (descending throughout, so the product index can be read backwards instead of sorted)
      order by tenant_id desc, plan_id desc, period desc
    ),
    positions as (
      select tenant_id, plan_id, period, purchased, assigned, state from before_range
      union all
      select tenant_id, plan_id, period, purchased, assigned, state
      from license_positions_monthly
      where publisher_tenant_id = ${scope.tenantId} and period >= ${fromPeriod}::date and period <= ${toPeriod}::date ${where}
    ),
    p as (
      select tenant_id, plan_id, purchased, assigned, state, greatest(period, ${before}::date) as bucket,
        purchased - coalesce(lag(purchased) over w, 0) as dp,
        assigned - coalesce(lag(assigned) over w, 0) as da,
        -- +1 when the product starts having licenses, -1 when it stops: customers only change with these.
        (purchased > 0)::int - coalesce(lag((purchased > 0)::int) over w, 0) as dpos,
        lead(period) over w is null as is_last
      from positions
      window w as (partition by tenant_id, plan_id order by period)
    ),
    tenant_changes as (
      select tenant_id, bucket, (sum(sum(dpos)) over (partition by tenant_id order by bucket) > 0)::int as f
      from p where dpos <> 0 group by tenant_id, bucket
    ),
    customer_changes as (
      select bucket, f - coalesce(lag(f) over (partition by tenant_id order by bucket), 0) as dc from tenant_changes
    ),
    series as (
      select bucket, sum(dp) as dp, sum(da) as da, 0 as dc from p group by bucket
      union all
      select bucket, 0, 0, sum(dc) from customer_changes group by bucket
    ),
    activations as (
      select tenant_id, plan_id, min(first_provisioned_at) as activated_at
      from license_positions_monthly
      where publisher_tenant_id = ${scope.tenantId} and period <= ${toPeriod}::date and first_provisioned_at is not null ${where}
      group by tenant_id, plan_id
    )
    select 'series' as kind, to_char(bucket, 'YYYY-MM') as period, sum(dp)::int as dp, sum(da)::int as da, sum(dc)::int as dc,
      null::uuid as tenant_id, null::uuid as plan_id, null::int as purchased, null::int as assigned, null::text as state, null::timestamptz as activated_at
    from series group by bucket
    union all
    select 'final', null, null, null, null, p.tenant_id, p.plan_id, p.purchased, p.assigned, p.state, a.activated_at
    from p left join activations a on a.tenant_id = p.tenant_id and a.plan_id = p.plan_id
    where p.is_last`.execute(db);
  const deltas: PeriodDelta[] = [];
  const final: Position[] = [];
  const activations = new Map<string, Date>();
  for (const r of result.rows) {
    if (r.kind === 'series') {
      deltas.push({ period: r.period!, provisioned: Number(r.dp), assigned: Number(r.da), customers: Number(r.dc) });
      continue;
    }
    const position = { tenantId: r.tenant_id!, planId: r.plan_id!, purchased: Number(r.purchased), assigned: Number(r.assigned), state: r.state! };
    final.push(position);
    if (r.activated_at) activations.set(productKey(position), new Date(r.activated_at));
  }
  return { deltas, final, activations };
}

/** One product's month-end positions (the customer's own rows), for the Admin Center usage chart. */
export async function loadProductPositions(db: Db, scope: TenantScope, planId: string, fromMonth: string, toMonth: string): Promise<{ initial: Position[]; changes: PeriodPosition[] }> {
  const base = () => db.selectFrom('license_positions_monthly').where('tenant_id', '=', scope.tenantId).where('plan_id', '=', planId);
  const [before, within] = await Promise.all([
    base().select(['tenant_id', 'plan_id', 'purchased', 'assigned', 'state']).where('period', '<', `${fromMonth}-01`).orderBy('period', 'desc').limit(1).execute(),
    base()
      .select(['tenant_id', 'plan_id', sql<string>`to_char(period, 'YYYY-MM')`.as('period'), 'purchased', 'assigned', 'state'])
      .where('period', '>=', `${fromMonth}-01`)
      .where('period', '<=', `${toMonth}-01`)
      .execute(),
  ]);
  const toPosition = (r: { tenant_id: string; plan_id: string; purchased: number; assigned: number; state: string }): Position => ({
    tenantId: r.tenant_id,
    planId: r.plan_id,
    purchased: r.purchased,
    assigned: r.assigned,
    state: r.state,
  });
  return { initial: before.map(toPosition), changes: within.map((r) => ({ ...toPosition(r), period: r.period })) };
}

export interface ActiveUsersRow {
  planId: string;
  last7Days: number;
  last30Days: number;
  last90Days: number;
}

/**
 * Active users of the publisher's plans: distinct people (in customer
 * tenants) whose last launch or successful check (seat_usage) of a plan falls
 * in the last 7, 30 and 90 days before `now`, per plan and in total (a person
 * using two plans counts once in the total). Only the publisher's own plans;
 * the report's filters narrow by offer, plan, customer tenant or country.
 */
export async function loadActiveUsers(db: Db, scope: TenantScope, filters: ReportFilters, now: Date): Promise<{ byPlan: ActiveUsersRow[]; total: Omit<ActiveUsersRow, 'planId'> }> {
  const day = 86_400_000;
  const [d7, d30, d90] = [7, 30, 90].map((n) => new Date(now.getTime() - n * day)) as [Date, Date, Date];
  let query = db
    .selectFrom('seat_usage')
    .innerJoin('plans', 'plans.id', 'seat_usage.plan_id')
    .where('plans.tenant_id', '=', scope.tenantId)
    .where('seat_usage.last_used_at', '>=', d90)
    .where('seat_usage.last_used_at', '<=', now);
  if (filters.offerId) query = query.where('plans.offer_id', '=', filters.offerId);
  if (filters.planId) query = query.where('seat_usage.plan_id', '=', filters.planId);
  if (filters.customerTenantId) query = query.where('seat_usage.tenant_id', '=', filters.customerTenantId);
  if (filters.country) {
    const country = filters.country;
    query = query.where('seat_usage.tenant_id', 'in', (eb) => eb.selectFrom('tenants').select('id').where('country', '=', country));
  }
  const counts = (person: ReturnType<typeof sql<string>>) => [
    sql<number>`count(distinct ${person}) filter (where seat_usage.last_used_at >= ${d7})::int`.as('d7'),
    sql<number>`count(distinct ${person}) filter (where seat_usage.last_used_at >= ${d30})::int`.as('d30'),
    sql<number>`count(distinct ${person})::int`.as('d90'),
  ];
  const [rows, totals] = await Promise.all([
    query.select(['seat_usage.plan_id', ...counts(sql<string>`seat_usage.user_id`)]).groupBy('seat_usage.plan_id').execute(),
    query.select(counts(sql<string>`(seat_usage.tenant_id::text || '/' || seat_usage.user_id::text)`)).executeTakeFirst(),
  ]);
  return {
    byPlan: rows.map((r) => ({ planId: r.plan_id, last7Days: Number(r.d7), last30Days: Number(r.d30), last90Days: Number(r.d90) })),
    total: { last7Days: Number(totals?.d7 ?? 0), last30Days: Number(totals?.d30 ?? 0), last90Days: Number(totals?.d90 ?? 0) },
  };
}
