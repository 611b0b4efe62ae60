import { answer, api, type Schemas } from './client';
import { isOptionalNumber, isRecord } from './jsonShape';
import type { operations } from './openapi';

/** An admin role (operator: only in the operator's organization). */
export type DirectoryRole = DirectoryUser['roles'][number];

/** A user as the server answers it (generated from the OpenAPI document). */
export type DirectoryUser = Schemas['User'];
/** A user in the list: with the products they hold and how (directly or through which group). */
export type ListedUser = Schemas['ListedUser'];
export type UserLicenseSummary = Schemas['UserLicenseSummary'];
export type DirectoryUserWithGroups = operations['getUser']['responses'][200]['content']['application/json'];
/** The roles an organization's Global admin hands out (and the list filters by). */
export type TenantRole = NonNullable<UserQuery['role']>;
export type UserQuery = NonNullable<operations['listUsers']['parameters']['query']>;
/** The list's filters without paging: what the CSV export takes. */
export type UserFilters = NonNullable<operations['exportUsers']['parameters']['query']>;
export type NewUser = Schemas['CreateUserInput'];
export type UserChanges = Schemas['UpdateUserInput'];
export type UserImportReport = operations['importUsers']['responses'][200]['content']['application/json'];

/** Why a whole CSV file was refused (400 `problems`), e.g. the wrong encoding or a missing column. */
export type CsvFileProblem = Schemas['CsvProblem'];

export function isCsvFileProblem(value: unknown): value is CsvFileProblem {
  return isRecord(value) && typeof value.line === 'number' && isOptionalNumber(value.column) && typeof value.message === 'string';
}

const base = '/api/v1/tenants/{tenantId}/users';

export const listUsers = (tenantId: string, query: UserQuery, signal?: AbortSignal) =>
  answer(api.GET(base, { params: { path: { tenantId }, query }, signal }), signal);

export const getUser = (tenantId: string, userId: string, signal?: AbortSignal) =>
  answer(api.GET(`${base}/{userId}`, { params: { path: { tenantId, userId } }, signal }), signal);

export const createUser = (tenantId: string, user: NewUser) => answer(api.POST(base, { params: { path: { tenantId } }, body: user }));

export const updateUser = (tenantId: string, userId: string, changes: UserChanges) =>
  answer(api.PATCH(`${base}/{userId}`, { params: { path: { tenantId, userId } }, body: changes }));

export const setUserRoles = (tenantId: string, userId: string, roles: DirectoryRole[]) =>
  answer(api.PUT(`${base}/{userId}/roles`, { params: { path: { tenantId, userId } }, body: { roles } }));

export const deleteUser = (tenantId: string, userId: string) => answer(api.DELETE(`${base}/{userId}`, { params: { path: { tenantId, userId } } }));

export const importUsers = async (tenantId: string, csv: Blob, dryRun: boolean) => {
  const text = await csv.text();
  return answer(
    api.POST(`${base}/import`, {
      params: { path: { tenantId }, query: { dryRun: dryRun ? 'true' : 'false' } },
      body: text,
      bodySerializer: (body) => body,
      headers: { 'content-type': 'text/csv' },
    }),
  );
};

/**
 * Where the browser downloads the users (with the list's filters, every page) as CSV: the
 * server streams it, so a download link is enough and a big directory never sits in memory.
 */
export function exportUsersUrl(tenantId: string, filters: UserFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  return `/api/v1/tenants/${encodeURIComponent(tenantId)}/users/export.csv${query ? `?${query}` : ''}`;
}

/** Removes a user's authenticator app and recovery codes (lost device); their sessions and API tokens end. */
export const resetUserMfa = (tenantId: string, userId: string) => answer(api.DELETE(`${base}/{userId}/mfa`, { params: { path: { tenantId, userId } } }));
