import { answer, api, type OperationAnswer, type OperationBody } from './client';

export type ApiTokenList = OperationAnswer<'listApiTokens'>;
export type ApiToken = ApiTokenList['items'][number];
export type TokenScope = ApiToken['scopes'][number];
/** `expiresInDays: null` never expires. */
export type NewApiToken = OperationBody<'createApiToken'>;
/** The created token; `token` is the secret, returned only this once. */
export type CreatedApiToken = OperationAnswer<'createApiToken', 201>;

const TOKENS = '/api/v1/auth/tokens';

export const listApiTokens = (signal?: AbortSignal) => answer(api.GET(TOKENS, { signal }), signal);

export const createApiToken = (token: NewApiToken) => answer(api.POST(TOKENS, { body: token }));

export const revokeApiToken = (tokenId: string) => answer(api.DELETE(`${TOKENS}/{tokenId}`, { params: { path: { tokenId } } })).then(() => undefined);
