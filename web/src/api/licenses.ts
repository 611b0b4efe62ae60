import { apiRequest, type Page, type PageQuery } from './client';
import type { InstalledApp } from './environments';

export type ProductState = 'active' | 'warning' | 'suspended' | 'removed';
export type SeatState = 'active' | 'not_enough_licenses';

/** Licenses the tenant holds for one plan of an offer, with their counts. */
export interface Product {
  /** The plan's GUID: the product's ID in the API. */
  planId: string;
  planKey: string;
  name: string;
  serviceId: string;
  offer: { id: string; offerId: string; name: string; allowInstallWithoutLicense: boolean };
  publisher: { tenantId: string; name: string };
  purchased: number;
  assigned: number;
  available: number;
  /** Users entitled through a group but beyond the seat count. */
  notEnoughLicenses: number;
  state: ProductState;
  /** When the state changes next (grace period, suspension, removal). */
  nextChangeAt: string | null;
  updatedAt: string;
}

export interface Assignment {
  kind: 'user' | 'group';
  id: string;
  displayName: string;
  userPrincipalName: string | null;
  assignedAt: string;
  /** Groups only. */
  activeMembers: number | null;
  notEnoughMembers: number | null;
}

export interface ProductDetail extends Product {
  assignments: Assignment[];
  installations: InstalledApp[];
}

export type HolderSource = { kind: 'direct' } | { kind: 'group'; groupId: string; groupName: string; via: { id: string; name: string }[] };

export interface Holder {
  user: { id: string; displayName: string; userPrincipalName: string };
  state: SeatState;
  since: string;
  sources: HolderSource[];
}

export interface HolderQuery extends PageQuery {
  state?: SeatState;
  search?: string;
}

export interface AssignmentResult {
  product: Product;
  /** Users entitled but beyond the seat count. */
  overAssigned: number;
  users: { id: string; state: SeatState | 'none' }[];
  groups: { id: string; activeMembers: number; notEnoughMembers: number }[];
  alreadyAssigned: { userIds: string[]; groupIds: string[] };
}

export interface UserLicense {
  planId: string;
  name: string;
  serviceId: string;
  offer: { id: string; name: string };
  productState: ProductState;
  state: SeatState | 'user_disabled';
  since: string | null;
  sources: HolderSource[];
}

export interface GroupLicense {
  planId: string;
  name: string;
  serviceId: string;
  offerName: string;
  productState: ProductState;
  assignedAt: string;
  activeMembers: number;
  notEnoughMembers: number;
}

const licenses = (tenantId: string) => `/api/v1/tenants/${tenantId}/licenses`;

export const listProducts = (tenantId: string, query: { search?: string; includeRemoved?: 'true' | 'false' }, signal?: AbortSignal) =>
  apiRequest<{ items: Product[] }>(licenses(tenantId), { query: { ...query }, signal });

export const getProduct = (tenantId: string, planId: string, signal?: AbortSignal) => apiRequest<ProductDetail>(`${licenses(tenantId)}/${planId}`, { signal });

export const listHolders = (tenantId: string, planId: string, query: HolderQuery, signal?: AbortSignal) =>
  apiRequest<Page<Holder>>(`${licenses(tenantId)}/${planId}/holders`, { query: { ...query }, signal });

/** All or nothing; a direct assignment without a free seat is refused (409), a group's extra members are marked "not enough licenses". */
export const assignLicenses = (tenantId: string, planId: string, to: { userIds?: string[]; groupIds?: string[]; userPrincipalNames?: string[] }) =>
  apiRequest<AssignmentResult>(`${licenses(tenantId)}/${planId}/assign`, { method: 'POST', body: to });

/** A CSV with a "User principal name" column; a file with any problem assigns nobody (400 `problems`). */
export const assignLicensesFromCsv = (tenantId: string, planId: string, csv: Blob) =>
  apiRequest<AssignmentResult>(`${licenses(tenantId)}/${planId}/assign/csv`, { method: 'POST', body: csv, contentType: 'text/csv' });

export const unassignLicenses = (tenantId: string, planId: string, from: { userIds?: string[]; groupIds?: string[] }) =>
  apiRequest<AssignmentResult>(`${licenses(tenantId)}/${planId}/unassign`, { method: 'POST', body: from });

export const listUserLicenses = (tenantId: string, userId: string, signal?: AbortSignal) =>
  apiRequest<{ items: UserLicense[] }>(`/api/v1/tenants/${tenantId}/users/${userId}/licenses`, { signal });

export const listGroupLicenses = (tenantId: string, groupId: string, signal?: AbortSignal) =>
  apiRequest<{ items: GroupLicense[] }>(`/api/v1/tenants/${tenantId}/groups/${groupId}/licenses`, { signal });
