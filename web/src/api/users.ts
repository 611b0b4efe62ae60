import { apiRequest, type Page, type PageQuery } from './client';

export type DirectoryRole = 'global_admin' | 'billing_admin' | 'license_admin' | 'user_admin';

export interface DirectoryUser {
  id: string;
  userPrincipalName: string;
  displayName: string;
  /** ISO 3166-1 alpha-2, or null when not set. */
  usageLocation: string | null;
  enabled: boolean;
  roles: DirectoryRole[];
  hasPassword: boolean;
  /** An authenticator app is set up. */
  mfaEnrolled: boolean;
  /** Where the user comes from: created here, provisioned by SCIM, or created at their first single sign-on. */
  source: 'local' | 'scim' | 'sso';
  createdAt: string;
  updatedAt: string;
}

export interface DirectoryUserWithGroups extends DirectoryUser {
  groups: { id: string; displayName: string }[];
}

export interface UserQuery extends PageQuery {
  search?: string;
  role?: DirectoryRole;
  enabled?: 'true' | 'false';
}

export interface NewUser {
  userPrincipalName: string;
  displayName: string;
  usageLocation?: string;
  enabled?: boolean;
  password?: string;
  roles?: DirectoryRole[];
}

export interface UserChanges {
  userPrincipalName?: string;
  displayName?: string;
  usageLocation?: string | null;
  enabled?: boolean;
  password?: string;
}

export interface UserImportReport {
  dryRun: boolean;
  /** In a dry run `id` is null: the row would be created. */
  created: { line: number; id: string | null; userPrincipalName: string }[];
  rejected: { line: number; userPrincipalName: string | null; errors: string[] }[];
}

/** Why a whole CSV file was refused (400 `problems`), e.g. the wrong encoding or a missing column. */
export interface CsvFileProblem {
  line: number;
  column?: number;
  message: string;
}

const users = (tenantId: string) => `/api/v1/tenants/${tenantId}/users`;

export const listUsers = (tenantId: string, query: UserQuery, signal?: AbortSignal) =>
  apiRequest<Page<DirectoryUser>>(users(tenantId), { query: { ...query }, signal });

export const getUser = (tenantId: string, userId: string, signal?: AbortSignal) =>
  apiRequest<DirectoryUserWithGroups>(`${users(tenantId)}/${userId}`, { signal });

export const createUser = (tenantId: string, user: NewUser) => apiRequest<DirectoryUser>(users(tenantId), { method: 'POST', body: user });

export const updateUser = (tenantId: string, userId: string, changes: UserChanges) =>
  apiRequest<DirectoryUser>(`${users(tenantId)}/${userId}`, { method: 'PATCH', body: changes });

export const setUserRoles = (tenantId: string, userId: string, roles: DirectoryRole[]) =>
  apiRequest<DirectoryUser>(`${users(tenantId)}/${userId}/roles`, { method: 'PUT', body: { roles } });

export const deleteUser = (tenantId: string, userId: string) => apiRequest<void>(`${users(tenantId)}/${userId}`, { method: 'DELETE' });

export const importUsers = (tenantId: string, csv: Blob, dryRun: boolean) =>
  apiRequest<UserImportReport>(`${users(tenantId)}/import`, {
    method: 'POST',
    query: { dryRun },
    body: csv,
    contentType: 'text/csv',
  });

/** Removes a user's authenticator app and recovery codes (lost device); their sessions and API tokens end. */
export const resetUserMfa = (tenantId: string, userId: string) => apiRequest<void>(`/api/v1/tenants/${tenantId}/users/${userId}/mfa`, { method: 'DELETE' });
