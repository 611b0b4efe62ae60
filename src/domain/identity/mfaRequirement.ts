/** Role names as stored (kept here as plain strings: the domain imports nothing from the store). */
const ADMIN_ROLES: readonly string[] = ['global_admin', 'billing_admin', 'license_admin', 'user_admin', 'operator'];

/**
 * Must this person sign in with a second factor? The platform's operators
 * always (whoever holds the whole platform must not fall to one leaked
 * password); a tenant's admins when the tenant asks for it. Someone who must
 * and has not enrolled yet is asked to enrol at their next sign-in, before
 * anything else.
 */
export function mfaRequired(roles: readonly string[], tenantRequiresForAdmins: boolean): boolean {
  if (roles.includes('operator')) return true;
  return tenantRequiresForAdmins && roles.some((role) => ADMIN_ROLES.includes(role));
}
