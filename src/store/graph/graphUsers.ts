import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db } from '../transaction.js';

/** What the Graph users list can be filtered by (parsed from $filter in http/graph/odata.ts). */
export type GraphUserFilter =
  | { kind: 'assignedSku'; skuId: string }
  | { kind: 'userPrincipalName'; value: string }
  | { kind: 'accountEnabled'; value: boolean };

export interface GraphUserRow {
  id: string;
  displayName: string;
  userPrincipalName: string;
  usageLocation: string | null;
  enabled: boolean;
}

/**
 * One page of the tenant's users for GET /api/graph/v1.0/users, in id order
 * after `afterId` (keyset paging: every page costs the same), with every
 * filter applied; `total` when asked ($count).
 */
export async function listGraphUsers(
  db: Db,
  scope: TenantScope,
  query: { filters: readonly GraphUserFilter[]; afterId: string | null; limit: number; count: boolean },
): Promise<{ users: GraphUserRow[]; total: number | null }> {
  let q = db.selectFrom('users').where('users.tenant_id', '=', scope.tenantId);
  for (const filter of query.filters) {
    if (filter.kind === 'userPrincipalName') q = q.where(sql`lower(users.user_principal_name)`, '=', filter.value.toLowerCase());
    else if (filter.kind === 'accountEnabled') q = q.where('users.enabled', '=', filter.value);
    else {
      // Graph's assignedLicenses: the products the user holds a seat of (not group members beyond the count).
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('seat_holdings')
            .select(sql`1`.as('one'))
            .whereRef('seat_holdings.user_id', '=', 'users.id')
            .where('seat_holdings.tenant_id', '=', scope.tenantId)
            .where('seat_holdings.plan_id', '=', filter.skuId)
            .where('seat_holdings.state', '=', 'active'),
        ),
      );
    }
  }
  const total = query.count ? Number((await q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow()).n) : null;
  let page = q.select(['users.id', 'users.display_name', 'users.user_principal_name', 'users.usage_location', 'users.enabled']);
  if (query.afterId) page = page.where('users.id', '>', query.afterId);
  const rows = await page.orderBy('users.id').limit(query.limit).execute();
  return {
    users: rows.map((r) => ({ id: r.id, displayName: r.display_name, userPrincipalName: r.user_principal_name, usageLocation: r.usage_location, enabled: r.enabled })),
    total,
  };
}
