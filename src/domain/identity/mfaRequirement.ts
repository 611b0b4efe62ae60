import type { Role } from '../../store/schema.js';

const ADMIN_ROLES: readonly Role[] = ['global_admin', 'billing_admin', 'license_admin', 'user_admin', 'operator'];

/**
 * Must this person sign in with a second factor? The platform's operators
 * always (whoever holds the whole platform must not fall to one leaked
 * password); a tenant's admins when the tenant asks for it. Someone who must
 * and has not enrolled yet is asked to enrol at their next sign-in, before
 * anything else.
 */
export function mfaRequired(roles: readonly Role[], tenantRequiresForAdmins: boolean): boolean {
  if (roles.includes('operator')) return true;
  return tenantRequiresForAdmins && roles.some((role) => ADMIN_ROLES.includes(role));
}
