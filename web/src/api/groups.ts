import { apiRequest, type Page, type PageQuery } from './client';

export interface SecurityGroup {
  id: string;
  displayName: string;
  description: string;
  memberCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface GroupQuery extends PageQuery {
  search?: string;
}

export interface GroupFields {
  displayName: string;
  description?: string;
}

export type MemberType = 'user' | 'group';

export interface GroupMember {
  type: MemberType;
  id: string;
  displayName: string;
  /** Users only. */
  userPrincipalName: string | null;
  /** Users only. */
  enabled: boolean | null;
  addedAt: string;
}

const groups = (tenantId: string) => `/api/v1/tenants/${tenantId}/groups`;

export const listGroups = (tenantId: string, query: GroupQuery, signal?: AbortSignal) =>
  apiRequest<Page<SecurityGroup>>(groups(tenantId), { query: { ...query }, signal });

export const getGroup = (tenantId: string, groupId: string, signal?: AbortSignal) =>
  apiRequest<SecurityGroup>(`${groups(tenantId)}/${groupId}`, { signal });

export const createGroup = (tenantId: string, group: GroupFields) =>
  apiRequest<SecurityGroup>(groups(tenantId), { method: 'POST', body: group });

export const updateGroup = (tenantId: string, groupId: string, changes: Partial<GroupFields>) =>
  apiRequest<SecurityGroup>(`${groups(tenantId)}/${groupId}`, { method: 'PATCH', body: changes });

export const deleteGroup = (tenantId: string, groupId: string) => apiRequest<void>(`${groups(tenantId)}/${groupId}`, { method: 'DELETE' });

export const listGroupMembers = (tenantId: string, groupId: string, signal?: AbortSignal) =>
  apiRequest<{ items: GroupMember[] }>(`${groups(tenantId)}/${groupId}/members`, { signal });

/** Refused with 409 when the member is a group that already contains this group (a cycle). */
export const addGroupMember = (tenantId: string, groupId: string, memberType: MemberType, memberId: string) =>
  apiRequest<void>(`${groups(tenantId)}/${groupId}/members`, { method: 'POST', body: { memberType, memberId } });

export const removeGroupMember = (tenantId: string, groupId: string, memberId: string) =>
  apiRequest<void>(`${groups(tenantId)}/${groupId}/members/${memberId}`, { method: 'DELETE' });
