import { apiRequest, type Page, type PageQuery } from './client';

export type LicenseRequestStatus = 'pending' | 'approved' | 'declined';

/** A user's request, sent from the app launch page, for a license to an app. */
export interface LicenseRequest {
  id: string;
  user: { id: string; displayName: string; userPrincipalName: string };
  appModule: string;
  offer: { id: string; name: string };
  message: string;
  status: LicenseRequestStatus;
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string;
}

const requests = (tenantId: string) => `/api/v1/tenants/${tenantId}/license-requests`;

export const createLicenseRequest = (tenantId: string, appModule: string, message: string) =>
  apiRequest<{ id: string }>(requests(tenantId), { method: 'POST', body: { appModule, message } });

export const listMyLicenseRequests = (tenantId: string, signal?: AbortSignal) => apiRequest<Page<LicenseRequest>>(`${requests(tenantId)}/mine`, { signal });

export const listLicenseRequests = (tenantId: string, query: PageQuery & { status?: LicenseRequestStatus }, signal?: AbortSignal) =>
  apiRequest<Page<LicenseRequest>>(requests(tenantId), { query: { ...query }, signal });

export const declineLicenseRequest = (tenantId: string, requestId: string, note: string) =>
  apiRequest<void>(`${requests(tenantId)}/${requestId}/decline`, { method: 'POST', body: { note } });

/**
 * Approving assigns the requester a license in the same step: 409 when no
 * plan that grants the app module has a free seat (the request stays pending).
 * `planId` picks the product; by default the first granting plan with a free seat.
 */
export const approveLicenseRequest = (tenantId: string, requestId: string, decision: { planId?: string; note: string }) =>
  apiRequest<{ planId: string }>(`${requests(tenantId)}/${requestId}/approve`, { method: 'POST', body: decision });
