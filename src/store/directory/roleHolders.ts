import type { Role } from '../schema.js';
import type { Tx } from '../transaction.js';

/**
 * Is there another enabled holder of this role? A tenant always keeps one
 * Global admin and the platform one operator, so the last of them can be
 * neither demoted, disabled nor deleted. The tenant's row is locked first, so
 * two admins removing each other at once are serialized and cannot both succeed.
 * Operators all live in the operator's tenant.
 */
export async function anotherEnabledHolder(tx: Tx, role: Role, tenantId: string, exceptUserId: string): Promise<boolean> {
  await tx.selectFrom('tenants').select('id').where('id', '=', tenantId).forUpdate().execute();
  const row = await tx
    .selectFrom('role_assignments')
    .innerJoin('users', 'users.id', 'role_assignments.user_id')
    .select('users.id')
    .where('role_assignments.role', '=', role)
    .where('role_assignments.tenant_id', '=', tenantId)
    .where('users.enabled', '=', true)
    .where('users.id', '<>', exceptUserId)
    .executeTakeFirst();
  return row !== undefined;
}

/** The roles whose last holder must stay: a tenant's Global admin, the platform's operator. */
export const KEPT_ROLES: readonly Role[] = ['global_admin', 'operator'];
export const KEPT_ROLE_NAME: Record<string, string> = { global_admin: "the tenant's last Global admin", operator: "the platform's last operator" };
