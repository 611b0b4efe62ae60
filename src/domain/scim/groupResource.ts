import { DISPLAY_NAME_MAX } from '../directory/names.js';
import { scimInvalid } from './errors.js';
import { GROUP_ATTRIBUTES, SCHEMA, canonicalNames } from './schemas.js';
import { isObject } from './userResource.js';

/** A SCIM Group as the directory takes it. */
export interface ScimGroupInput {
  displayName: string;
  externalId: string | null;
  /** null when the body says nothing about members (PUT keeps them as they are only if so). */
  memberIds: string[] | null;
}

const GROUP_NAMES = canonicalNames(GROUP_ATTRIBUTES);
const MEMBER_NAMES = new Map(['value', '$ref', 'display', 'type'].map((n) => [n.toLowerCase(), n]));

export function readMemberIds(value: unknown, maxMembers: number): string[] {
  if (!Array.isArray(value)) throw scimInvalid('invalidValue', 'members must be a list of {"value": "<user or group id>"}');
  if (value.length > maxMembers) throw scimInvalid('tooMany', `A request may name at most ${maxMembers} members; send them in several PATCH requests`);
  const ids: string[] = [];
  for (const member of value) {
    if (!isObject(member)) throw scimInvalid('invalidValue', 'each member must be an object {"value": "<user or group id>"}');
    for (const key of Object.keys(member)) {
      if (!MEMBER_NAMES.has(key.toLowerCase())) throw scimInvalid('invalidValue', `"${key}" is not an attribute of a group member (value, $ref, display, type)`);
    }
    const id = member.value;
    if (typeof id !== 'string' || !id) throw scimInvalid('invalidValue', 'each member needs "value": the id of a user or group');
    ids.push(id);
  }
  return [...new Set(ids)];
}

export function readScimGroup(body: unknown, maxMembers: number): ScimGroupInput {
  if (!isObject(body)) throw scimInvalid('invalidSyntax', 'The request body must be a JSON object: a SCIM Group');
  const group: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const name = GROUP_NAMES.get(key.toLowerCase());
    if (!name) throw scimInvalid('invalidValue', `"${key}" is not an attribute of the SCIM Group schema (displayName, externalId, members)`);
    group[name] = value;
  }
  const schemas = group.schemas;
  if (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === SCHEMA.group.toLowerCase())) {
    throw scimInvalid('invalidSyntax', `schemas must list "${SCHEMA.group}"`);
  }
  if (typeof group.displayName !== 'string' || !group.displayName.trim()) throw scimInvalid('invalidValue', 'displayName must be a non-empty string');
  if (group.displayName.length > DISPLAY_NAME_MAX) throw scimInvalid('invalidValue', `displayName must be at most ${DISPLAY_NAME_MAX} characters`);
  if (group.externalId !== undefined && group.externalId !== null && typeof group.externalId !== 'string') {
    throw scimInvalid('invalidValue', 'externalId must be a string');
  }
  return {
    displayName: group.displayName.trim(),
    externalId: (group.externalId as string | null | undefined) || null,
    memberIds: group.members === undefined || group.members === null ? null : readMemberIds(group.members, maxMembers),
  };
}

export interface ScimGroupRecord {
  id: string;
  displayName: string;
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ScimMember {
  id: string;
  type: 'User' | 'Group';
  display: string;
}

export function scimGroup(record: ScimGroupRecord, members: ScimMember[] | null, base: string): Record<string, unknown> {
  return {
    schemas: [SCHEMA.group],
    id: record.id,
    ...(record.externalId ? { externalId: record.externalId } : {}),
    displayName: record.displayName,
    ...(members
      ? { members: members.map((m) => ({ value: m.id, type: m.type, display: m.display, $ref: `${base}/${m.type === 'User' ? 'Users' : 'Groups'}/${m.id}` })) }
      : {}),
    meta: {
      resourceType: 'Group',
      created: record.createdAt.toISOString(),
      lastModified: record.updatedAt.toISOString(),
      location: `${base}/Groups/${record.id}`,
    },
  };
}
