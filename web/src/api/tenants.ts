import { apiRequest } from './client';

export type ProgramStatus = 'not_enrolled' | 'pending' | 'approved' | 'declined';

export interface Tenant {
  id: string;
  displayName: string;
  primaryDomain: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  countryName: string;
  kind: 'operator' | 'publisher' | 'customer';
  isPublisher: boolean;
  partnerId: string | null;
  programStatus: ProgramStatus;
  programDecisionReason: string | null;
  userCount: number;
  groupCount: number;
  /** Admins must sign in with an authenticator app. */
  requireMfaForAdmins: boolean;
  createdAt: string;
}

export interface TenantChanges {
  displayName?: string;
  country?: string;
  requireMfaForAdmins?: boolean;
}

export const getTenant = (tenantId: string, signal?: AbortSignal) => apiRequest<Tenant>(`/api/v1/tenants/${tenantId}`, { signal });

export const updateTenant = (tenantId: string, changes: TenantChanges) =>
  apiRequest<Tenant>(`/api/v1/tenants/${tenantId}`, { method: 'PATCH', body: changes });
