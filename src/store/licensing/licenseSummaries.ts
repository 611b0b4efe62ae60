import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db } from '../transaction.js';

/** How a user comes by a product, named for a list: directly, or through which group. */
export type LicenseSummarySource = { kind: 'direct' } | { kind: 'group'; groupId: string; groupName: string };

/** One product a user holds, as the users list shows it. */
export interface LicenseSummary {
  planId: string;
  name: string;
  /** 'user_disabled': directly assigned, but the account is disabled, so no seat is taken. */
  state: 'active' | 'not_enough_licenses' | 'user_disabled';
  sources: LicenseSummarySource[];
}

/**
 * The licenses of a page of users in one query (not one per user): every seat they hold
 * or wait for, plus direct assignments without a seat (disabled accounts), with the names
 * of the groups they come through. The users list and its CSV export use it.
 */
export async function licenseSummariesOfUsers(db: Db, scope: TenantScope, userIds: readonly string[]): Promise<Map<string, LicenseSummary[]>> {
  const byUser = new Map<string, LicenseSummary[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const ids = sql.join(userIds.map((id) => sql`${id}::uuid`));
  const rows = await sql<{ user_id: string; plan_id: string; name: string; state: LicenseSummary['state']; sources: LicenseSummarySource[] }>`
    select h.user_id, h.plan_id, plans.name, h.state,
      (select coalesce(json_agg(case when s->>'kind' = 'group'
                 then json_build_object('kind', 'group', 'groupId', s->>'groupId', 'groupName', coalesce(g.display_name, s->>'groupId'))
                 else json_build_object('kind', 'direct') end), '[]'::json)
         from jsonb_array_elements(h.sources) s
         left join groups g on g.tenant_id = h.tenant_id and g.id::text = s->>'groupId') as sources
    from seat_holdings h
    join products on products.tenant_id = h.tenant_id and products.plan_id = h.plan_id
    join plans on plans.id = h.plan_id
    where h.tenant_id = ${scope.tenantId} and h.user_id in (${ids})
    union all
    select a.user_id, a.plan_id, plans.name, 'user_disabled', json_build_array(json_build_object('kind', 'direct'))
    from license_assignments a
    join products on products.tenant_id = a.tenant_id and products.plan_id = a.plan_id
    join plans on plans.id = a.plan_id
    where a.tenant_id = ${scope.tenantId} and a.user_id in (${ids})
      and not exists (select 1 from seat_holdings h where h.tenant_id = a.tenant_id and h.plan_id = a.plan_id and h.user_id = a.user_id)
    order by name, plan_id
  `.execute(db);
  for (const row of rows.rows) byUser.get(row.user_id)?.push({ planId: row.plan_id, name: row.name, state: row.state, sources: row.sources });
  return byUser;
}
