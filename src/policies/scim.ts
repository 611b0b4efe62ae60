import { DomainError } from '../domain/problems.js';
import { grantTenantScope, type TenantScope } from './tenantScope.js';

/**
 * A SCIM client acts in the tenant its token was made in, and nowhere else:
 * no token is 401, another tenant's token is 403 (the path names a tenant
 * the token does not belong to). SCIM tokens carry the `scim` scope only and
 * are never accepted by the rest of the API.
 */
export function authorizeScim(token: { tenant_id: string } | null, tenantId: string): TenantScope {
  if (!token) throw new DomainError(401, 'Unauthorized', 'Send a SCIM token of this tenant as Authorization: Bearer <token> (Admin Center → Identity); this one is unknown or revoked');
  if (token.tenant_id !== tenantId.toLowerCase()) throw new DomainError(403, 'Forbidden', 'This SCIM token belongs to another tenant; use the token and the SCIM URL shown together in Admin Center → Identity');
  return grantTenantScope(token.tenant_id);
}
