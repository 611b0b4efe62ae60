import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db } from '../transaction.js';

/** The publisher's licenses right now: what Partner Center's home shows without building a whole report. */
export interface LicenseSummary {
  provisioned: number;
  assigned: number;
  /** Customer tenants holding at least one of the publisher's licenses. */
  customers: number;
}

/**
 * One statement over the monthly rollup (license_positions_monthly): each customer product's latest
 * position up to `month` ('YYYY-MM'), summed. The same figures as the license report's "current"
 * values for a range ending in that month, at the cost of one index walk instead of the series maths.
 */
export async function loadLicenseSummary(db: Db, scope: TenantScope, month: string): Promise<LicenseSummary> {
  const result = await sql<{ provisioned: number | null; assigned: number | null; customers: number | null }>`
    with latest as (
      select distinct on (tenant_id, plan_id) tenant_id, purchased, assigned
      from license_positions_monthly
      where publisher_tenant_id = ${scope.tenantId} and period <= ${`${month}-01`}::date
      -- (descending, so the product index can be read backwards instead of sorted)
      order by tenant_id desc, plan_id desc, period desc
    ),
    tenants as (select tenant_id, sum(purchased) as purchased from latest group by tenant_id)
    select (select sum(purchased) from latest)::int as provisioned,
      (select sum(assigned) from latest)::int as assigned,
      (select count(*) from tenants where purchased > 0)::int as customers`.execute(db);
  const row = result.rows[0];
  return { provisioned: Number(row?.provisioned ?? 0), assigned: Number(row?.assigned ?? 0), customers: Number(row?.customers ?? 0) };
}
