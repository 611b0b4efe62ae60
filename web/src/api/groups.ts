import { answer, api, type Schemas } from './client';
import type { operations } from './openapi';

/** A security group as the server answers it (generated from the OpenAPI document). */
export type SecurityGroup = Schemas['Group'];
/** A group with the groups it is a direct member of. */
export type GroupDetail = Schemas['GroupDetail'];
export type GroupQuery = NonNullable<operations['listGroups']['parameters']['query']>;
export type GroupFields = Schemas['CreateGroupInput'];
export type GroupMember = Schemas['GroupMember'];
export type MemberType = GroupMember['type'];

const base = '/api/v1/tenants/{tenantId}/groups';

export const listGroups = (tenantId: string, query: GroupQuery, signal?: AbortSignal) =>
  answer(api.GET(base, { params: { path: { tenantId }, query }, signal }), signal);

export const getGroup = (tenantId: string, groupId: string, signal?: AbortSignal) =>
  answer(api.GET(`${base}/{groupId}`, { params: { path: { tenantId, groupId } }, signal }), signal);

export const createGroup = (tenantId: string, group: GroupFields) => answer(api.POST(base, { params: { path: { tenantId } }, body: group }));

export const updateGroup = (tenantId: string, groupId: string, changes: Schemas['UpdateGroupInput']) =>
  answer(api.PATCH(`${base}/{groupId}`, { params: { path: { tenantId, groupId } }, body: changes }));

export const deleteGroup = (tenantId: string, groupId: string) => answer(api.DELETE(`${base}/{groupId}`, { params: { path: { tenantId, groupId } } }));

export const listGroupMembers = (tenantId: string, groupId: string, signal?: AbortSignal) =>
  answer(api.GET(`${base}/{groupId}/members`, { params: { path: { tenantId, groupId } }, signal }), signal);

/** Refused with 409 when the member is a group that already contains this group (a cycle). */
export const addGroupMember = (tenantId: string, groupId: string, memberType: MemberType, memberId: string) =>
  answer(api.POST(`${base}/{groupId}/members`, { params: { path: { tenantId, groupId } }, body: { memberType, memberId } }));

export const removeGroupMember = (tenantId: string, groupId: string, memberId: string) =>
  answer(api.DELETE(`${base}/{groupId}/members/{memberId}`, { params: { path: { tenantId, groupId, memberId } } }));
