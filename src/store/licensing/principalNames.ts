import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db } from '../transaction.js';

/** The tenant's users with these principal names (any case), by lowercased name. */
export async function resolvePrincipalNames(db: Db, scope: TenantScope, names: readonly string[]): Promise<Map<string, string>> {
  const resolved = new Map<string, string>();
  const lowered = [...new Set(names.map((n) => n.toLowerCase()))];
  for (let i = 0; i < lowered.length; i += 1000) {
    const rows = await db
      .selectFrom('users')
      .select(['id', sql<string>`lower(user_principal_name)`.as('upn')])
      .where('tenant_id', '=', scope.tenantId)
      .where(sql`lower(user_principal_name)`, 'in', lowered.slice(i, i + 1000))
      .execute();
    for (const row of rows) resolved.set(row.upn, row.id);
  }
  return resolved;
}
