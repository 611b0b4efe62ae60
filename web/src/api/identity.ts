import { apiRequest, type Page } from './client';

export interface IdentityProvider {
  id: string;
  type: 'oidc';
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecretSet: boolean;
  domains: string[];
  jit: boolean;
  passwordsAllowed: boolean;
  status: { lastTestAt: string | null; lastTestOutcome: string | null };
  createdAt: string;
}

export interface ScimToken {
  id: string;
  name: string;
  prefix: string;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ProvisioningOperation {
  id: string;
  method: string;
  path: string;
  resourceType: string | null;
  status: number;
  outcome: string;
  durationMs: number;
  occurredAt: string;
}

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
