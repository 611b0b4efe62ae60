import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db } from '../../store/transaction.js';

/**
 * Users who should get a license through this group but don't, because the
 * seats ran out ("not enough licenses", Graph's CountViolation).
 */
export async function membersWithLicenseErrors(db: Db, scope: TenantScope, groupId: string) {
  const holdings = await db
    .selectFrom('seat_holdings')
    .innerJoin('users', 'users.id', 'seat_holdings.user_id')
    .select(['users.id', 'users.display_name', 'users.user_principal_name', 'seat_holdings.sources'])
    .where('seat_holdings.tenant_id', '=', scope.tenantId)
    .where('seat_holdings.state', '=', 'not_enough_licenses')
    .orderBy('users.display_name')
    .execute();
  const seen = new Set<string>();
  const members: { id: string; displayName: string; userPrincipalName: string }[] = [];
  for (const holding of holdings) {
    if (seen.has(holding.id) || !holding.sources.some((s) => s.kind === 'group' && s.groupId === groupId)) continue;
    seen.add(holding.id);
    members.push({ id: holding.id, displayName: holding.display_name, userPrincipalName: holding.user_principal_name });
  }
  return members;
}
