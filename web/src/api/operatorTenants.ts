import { apiRequest, type Page, type PageQuery } from './client';
import type { Tenant } from './tenants';

export interface OperatorTenantQuery extends PageQuery {
  search?: string;
  publishersOnly?: 'true' | 'false';
}

export interface NewTenant {
  displayName: string;
  primaryDomain: string;
  country: string;
  isPublisher?: boolean;
  partnerId?: string | null;
  /** The tenant's first Global admin. */
  admin: { userPrincipalName: string; displayName: string; password: string };
}

export interface OperatorTenantChanges {
  displayName?: string;
  country?: string;
  isPublisher?: boolean;
  partnerId?: string | null;
}

const TENANTS = '/api/v1/operator/tenants';

export const listAllTenants = (query: OperatorTenantQuery, signal?: AbortSignal) =>
  apiRequest<Page<Tenant>>(TENANTS, { query: { ...query }, signal });

export const getAnyTenant = (tenantId: string, signal?: AbortSignal) => apiRequest<Tenant>(`${TENANTS}/${tenantId}`, { signal });

export const createTenant = (tenant: NewTenant) => apiRequest<Tenant>(TENANTS, { method: 'POST', body: tenant });

export const updateAnyTenant = (tenantId: string, changes: OperatorTenantChanges) =>
  apiRequest<Tenant>(`${TENANTS}/${tenantId}`, { method: 'PATCH', body: changes });

export const deleteAnyTenant = (tenantId: string) => apiRequest<void>(`${TENANTS}/${tenantId}`, { method: 'DELETE' });
