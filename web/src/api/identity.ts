import { apiRequest, type OperationAnswer, type Page } from './client';

/** As the server answers it (generated from the OpenAPI document). */
export type IdentityProvider = OperationAnswer<'getIdentityProvider'>;

export type ScimToken = OperationAnswer<'listScimTokens'>['items'][number];

export type ProvisioningOperation = OperationAnswer<'listScimOperations'>['items'][number];

export const listIdentityProviders = (tenantId: string, signal?: AbortSignal) =>
  apiRequest<{ items: IdentityProvider[] }>(`/api/v1/tenants/${tenantId}/identity-providers`, { signal });

export const testIdentityProvider = (tenantId: string, providerId: string) =>
  apiRequest<{ signInUrl: string }>(`/api/v1/tenants/${tenantId}/identity-providers/${providerId}/test`, { method: 'POST' });

export const listScimTokens = (tenantId: string, signal?: AbortSignal) =>
  apiRequest<{ scimUrl: string; items: ScimToken[] }>(`/api/v1/tenants/${tenantId}/scim/tokens`, { signal });

export const createScimToken = (tenantId: string, name: string) =>
  apiRequest<ScimToken & { token: string; scimUrl: string }>(`/api/v1/tenants/${tenantId}/scim/tokens`, { method: 'POST', body: { name } });

export const revokeScimToken = (tenantId: string, tokenId: string) => apiRequest<void>(`/api/v1/tenants/${tenantId}/scim/tokens/${tokenId}`, { method: 'DELETE' });

export const listProvisioning = (tenantId: string, query: { limit: number; offset: number; failed?: boolean }, signal?: AbortSignal) =>
  apiRequest<Page<ProvisioningOperation>>(`/api/v1/tenants/${tenantId}/scim/operations`, { query: { ...query, failed: query.failed ? 'true' : undefined }, signal });
