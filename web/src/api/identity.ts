import { answer, api, type OperationAnswer, type OperationBody } from './client';

/** As the server answers it (generated from the OpenAPI document). */
export type IdentityProvider = OperationAnswer<'getIdentityProvider'>;

export type ScimToken = OperationAnswer<'listScimTokens'>['items'][number];

export type ProvisioningOperation = OperationAnswer<'listScimOperations'>['items'][number];

const PROVIDERS = '/api/v1/tenants/{tenantId}/identity-providers';
const SCIM_TOKENS = '/api/v1/tenants/{tenantId}/scim/tokens';

export const listIdentityProviders = (tenantId: string, signal?: AbortSignal) => answer(api.GET(PROVIDERS, { params: { path: { tenantId } }, signal }), signal);

export const testIdentityProvider = (tenantId: string, providerId: string) =>
  answer(api.POST(`${PROVIDERS}/{providerId}/test`, { params: { path: { tenantId, providerId } } }));

export const listScimTokens = (tenantId: string, signal?: AbortSignal) => answer(api.GET(SCIM_TOKENS, { params: { path: { tenantId } }, signal }), signal);

/** The created token with its secret, shown this once. */
export const createScimToken = (tenantId: string, name: string) => answer(api.POST(SCIM_TOKENS, { params: { path: { tenantId } }, body: { name } }));

export const revokeScimToken = (tenantId: string, tokenId: string) =>
  answer(api.DELETE(`${SCIM_TOKENS}/{tokenId}`, { params: { path: { tenantId, tokenId } } })).then(() => undefined);

export const listProvisioning = (tenantId: string, query: { limit: number; offset: number; failed?: boolean }, signal?: AbortSignal) =>
  answer(
    api.GET('/api/v1/tenants/{tenantId}/scim/operations', {
      params: { path: { tenantId }, query: { limit: query.limit, offset: query.offset, ...(query.failed ? { failed: 'true' as const } : {}) } },
      signal,
    }),
    signal,
  );

/** What adding a provider sends (the generated request body). */
export type NewIdentityProvider = OperationBody<'createIdentityProvider'>;
/** What changing one sends: only what changes (clientSecret only to replace it). */
export type IdentityProviderChange = OperationBody<'updateIdentityProvider'>;
export type TenantDomain = OperationAnswer<'listDomains'>['items'][number];

export const createIdentityProvider = (tenantId: string, body: NewIdentityProvider) => answer(api.POST(PROVIDERS, { params: { path: { tenantId } }, body }));

export const updateIdentityProvider = (tenantId: string, providerId: string, body: IdentityProviderChange) =>
  answer(api.PATCH('/api/v1/tenants/{tenantId}/identity-providers/{providerId}', { params: { path: { tenantId, providerId } }, body }));

export const deleteIdentityProvider = (tenantId: string, providerId: string) =>
  answer(api.DELETE('/api/v1/tenants/{tenantId}/identity-providers/{providerId}', { params: { path: { tenantId, providerId } } })).then(() => undefined);

export const listDomains = (tenantId: string, signal?: AbortSignal) => answer(api.GET('/api/v1/tenants/{tenantId}/domains', { params: { path: { tenantId } }, signal }), signal);

export const addDomain = (tenantId: string, domain: string) => answer(api.POST('/api/v1/tenants/{tenantId}/domains', { params: { path: { tenantId } }, body: { domain } }));

export const verifyDomain = (tenantId: string, domain: string) =>
  answer(api.POST('/api/v1/tenants/{tenantId}/domains/{domain}/verify', { params: { path: { tenantId, domain } } }));

export const removeDomain = (tenantId: string, domain: string) =>
  answer(api.DELETE('/api/v1/tenants/{tenantId}/domains/{domain}', { params: { path: { tenantId, domain } } })).then(() => undefined);
