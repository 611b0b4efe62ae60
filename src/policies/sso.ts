import { grantTenantScope, type TenantScope } from './tenantScope.js';

/**
 * Single sign-on acts in the tenant whose identity provider vouched for the
 * person: the provider was found through a verified domain of that tenant and
 * its ID token validated (issuer, audience, signature, expiry, nonce) before
 * this is called.
 */
export function authorizeSsoSignIn(provider: { tenant_id: string }): TenantScope {
  return grantTenantScope(provider.tenant_id);
}
