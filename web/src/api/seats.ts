import { apiRequest } from './client';

/** Seats that manage themselves (issue 18): a product's seat policy, waiting room, usage and reclamations. */
const product = (tenantId: string, planId: string) => `/api/v1/tenants/${tenantId}/licenses/${planId}`;

export interface SeatPolicy {
  /** "off", "anyone" or a group ID. */
  autoClaim: string;
  waitingRoom: 'off' | 'automatic' | 'manual';
  reclaimAfterDays: number | null;
  reclaimNoticeDays: number;
  exclusionGroupId: string | null;
}

export interface Waiter {
  position: number;
  userId: string;
  displayName: string;
  userPrincipalName: string;
  reason: 'launch' | 'claim' | 'request' | 'reclaimed';
  joinedAt: string;
}

export interface ProductActivity {
  assigned: number;
  active: { last7Days: number; last30Days: number; last90Days: number };
  retentionDays: number;
  holders: { userId: string; displayName: string; userPrincipalName: string; state: 'active' | 'not_enough_licenses'; since: string; lastUsedAt: string | null }[];
}

export interface ReclamationItem {
  userId: string;
  userPrincipalName: string;
  displayName: string;
  step: 'announce' | 'cancel' | 'reclaim';
  lastUsedAt: string | null;
  idleSince: string;
  dueAt: string;
}

export interface ReclamationRun {
  announced: ReclamationItem[];
  cancelled: ReclamationItem[];
  reclaimed: ReclamationItem[];
}

export interface Reclamation {
  id: string;
  planId: string;
  planName: string;
  userId: string;
  userPrincipalName: string;
  displayName: string;
  state: 'announced' | 'cancelled' | 'reclaimed' | 'undone';
  lastUsedAt: string | null;
  announcedAt: string;
  dueAt: string;
  reclaimedAt: string | null;
  undoneAt: string | null;
  undoUntil: string | null;
}

export const getSeatPolicy = (tenantId: string, planId: string, signal?: AbortSignal) => apiRequest<SeatPolicy>(`${product(tenantId, planId)}/policy`, { signal });
export const putSeatPolicy = (tenantId: string, planId: string, policy: SeatPolicy) => apiRequest<SeatPolicy>(`${product(tenantId, planId)}/policy`, { method: 'PUT', body: policy });
export const listWaiting = (tenantId: string, planId: string, signal?: AbortSignal) => apiRequest<{ items: Waiter[] }>(`${product(tenantId, planId)}/waiting`, { signal });
export const approveWaiter = (tenantId: string, planId: string, userId: string) => apiRequest<{ userId: string }>(`${product(tenantId, planId)}/waiting/${userId}/approve`, { method: 'POST' });
export const removeWaiter = (tenantId: string, planId: string, userId: string) => apiRequest<void>(`${product(tenantId, planId)}/waiting/${userId}`, { method: 'DELETE' });
export const getActivity = (tenantId: string, planId: string, signal?: AbortSignal) => apiRequest<ProductActivity>(`${product(tenantId, planId)}/activity`, { signal });
export const reclamationDryRun = (tenantId: string, planId: string) => apiRequest<ReclamationRun>(`${product(tenantId, planId)}/reclamations/dry-run`);
export const listReclamations = (tenantId: string, planId: string, signal?: AbortSignal) => apiRequest<{ items: Reclamation[] }>(`${product(tenantId, planId)}/reclamations`, { signal });
export const undoReclamation = (tenantId: string, reclamationId: string) => apiRequest<unknown>(`/api/v1/tenants/${tenantId}/reclamations/${reclamationId}/undo`, { method: 'POST' });
