/**
 * Proof that the caller was authorized for one tenant. Every store function
 * that reads or writes tenant data takes a TenantScope instead of a bare id,
 * so a query cannot be written without going through authorize() first.
 */
declare const authorizedTenant: unique symbol;

export interface TenantScope {
  readonly tenantId: string;
  readonly [authorizedTenant]: true;
}

/**
 * Only authorize(), the sign-in flow and trusted system jobs (demo loader,
 * tests' factories) create scopes. A test greps the tree to keep it that way.
 */
export function grantTenantScope(tenantId: string): TenantScope {
  return Object.freeze({ tenantId }) as TenantScope;
}
