import { apiRequest } from './client';

export type TokenScope =
  | 'directory.read'
  | 'directory.write'
  | 'partner.read'
  | 'partner.write'
  | 'licenses.read'
  | 'licenses.write'
  | 'runtime.check'
  | 'operator';

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  scopes: TokenScope[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ApiTokenList {
  items: ApiToken[];
  grantableScopes: TokenScope[];
}

export interface NewApiToken {
  name: string;
  scopes: TokenScope[];
  /** null: never expires. */
  expiresInDays: number | null;
}

/** The created token; `token` is the secret, returned only this once. */
export type CreatedApiToken = ApiToken & { token: string };

const TOKENS = '/api/v1/auth/tokens';

export const listApiTokens = (signal?: AbortSignal) => apiRequest<ApiTokenList>(TOKENS, { signal });

export const createApiToken = (token: NewApiToken) => apiRequest<CreatedApiToken>(TOKENS, { method: 'POST', body: token });

export const revokeApiToken = (tokenId: string) => apiRequest<void>(`${TOKENS}/${tokenId}`, { method: 'DELETE' });
