import { sql } from 'kysely';
import type { FilterNode } from '../../domain/scim/filter.js';
import type { ScimGroupRecord, ScimMember } from '../../domain/scim/groupResource.js';
import type { ScimUserRecord } from '../../domain/scim/userResource.js';
import type { Db, Tx } from '../transaction.js';
import { asInner, column, filterToSql, type FilterAttributes } from './scimFilterSql.js';

/**
 * The tenant's directory as SCIM reads it. Every user and group of the tenant
 * is a SCIM resource (so a provider matching by userName finds the people an
 * admin created by hand) except users a SCIM DELETE removed: they stay in the
 * directory, disabled, and SCIM answers 404 for them.
 */

const USER_FILTER: FilterAttributes = {
  columns: {
    id: column.uuid(sql.ref('users.id')),
    userName: column.text(sql.ref('users.user_principal_name')),
    externalId: column.text(sql.ref('users.external_id'), true),
    displayName: column.text(sql.ref('users.display_name')),
    active: column.boolean(sql.ref('users.enabled')),
    'meta.created': column.date(sql.ref('users.created_at')),
    'meta.lastModified': column.date(sql.ref('users.updated_at')),
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department': column.text(sql.ref('users.department')),
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value': column.text(sql.ref('users.manager_id'), true),
    'name.givenName': column.text(sql`users.scim_profile->'name'->>'givenName'`),
    'name.familyName': column.text(sql`users.scim_profile->'name'->>'familyName'`),
  },
  multiValued: {
    emails: (sub, node, build) =>
      sql`exists (select 1 from jsonb_array_elements(case when jsonb_typeof(users.scim_profile->'emails') = 'array' then users.scim_profile->'emails' else '[]'::jsonb end) as e(v) where ${build(asInner(sub, node), {
        value: column.text(sql`e.v->>'value'`),
        type: column.text(sql`e.v->>'type'`),
        primary: column.boolean(sql`(e.v->>'primary')::boolean`),
      })})`,
  },
};

const GROUP_FILTER: FilterAttributes = {
  columns: {
    id: column.uuid(sql.ref('groups.id')),
    displayName: column.text(sql.ref('groups.display_name')),
    externalId: column.text(sql.ref('groups.external_id'), true),
    'meta.created': column.date(sql.ref('groups.created_at')),
    'meta.lastModified': column.date(sql.ref('groups.updated_at')),
  },
  multiValued: {
    members: (sub, node, build) =>
      sql`exists (select 1 from group_members gm where gm.group_id = groups.id and ${build(asInner(sub, node), {
        value: column.uuid(sql`coalesce(gm.member_user_id, gm.member_group_id)`),
        type: column.text(sql`case when gm.member_user_id is null then 'Group' else 'User' end`),
      })})`,
  },
};

const userSelect = (db: Db | Tx, tenantId: string) =>
  db
    .selectFrom('users')
    .select([
      'users.id',
      'users.user_principal_name',
      'users.display_name',
      'users.enabled',
      'users.usage_location',
      'users.external_id',
      'users.department',
      'users.manager_id',
      'users.scim_profile',
      'users.created_at',
      'users.updated_at',
    ])
    .where('users.tenant_id', '=', tenantId)
    .where('users.scim_deleted_at', 'is', null);

type UserRow = Awaited<ReturnType<ReturnType<typeof userSelect>['executeTakeFirstOrThrow']>>;

const toUser = (row: UserRow): ScimUserRecord => ({
  id: row.id,
  userPrincipalName: row.user_principal_name,
  displayName: row.display_name,
  enabled: row.enabled,
  usageLocation: row.usage_location,
  externalId: row.external_id,
  department: row.department,
  managerId: row.manager_id,
  profile: (typeof row.scim_profile === 'string' ? JSON.parse(row.scim_profile) : row.scim_profile) ?? {},
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function findScimUser(db: Db | Tx, tenantId: string, id: string): Promise<ScimUserRecord | null> {
  if (!isUuid(id)) return null;
  const row = await userSelect(db, tenantId).where('users.id', '=', id).executeTakeFirst();
  return row ? toUser(row) : null;
}

export interface Page {
  /** 1-based, as SCIM counts. */
  startIndex: number;
  count: number;
}

export async function listScimUsers(db: Db, tenantId: string, filter: FilterNode | null, page: Page) {
  let q = userSelect(db, tenantId);
  if (filter) q = q.where(filterToSql(filter, USER_FILTER));
  const [rows, total] = await Promise.all([
    page.count === 0 ? Promise.resolve([]) : q.orderBy('users.created_at').orderBy('users.id').limit(page.count).offset(page.startIndex - 1).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toUser), total: Number(total.count) };
}

const groupSelect = (db: Db | Tx, tenantId: string) =>
  db
    .selectFrom('groups')
    .select(['groups.id', 'groups.display_name', 'groups.external_id', 'groups.created_at', 'groups.updated_at'])
    .where('groups.tenant_id', '=', tenantId);

type GroupRow = Awaited<ReturnType<ReturnType<typeof groupSelect>['executeTakeFirstOrThrow']>>;

const toGroup = (row: GroupRow): ScimGroupRecord => ({
  id: row.id,
  displayName: row.display_name,
  externalId: row.external_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function findScimGroup(db: Db | Tx, tenantId: string, id: string): Promise<ScimGroupRecord | null> {
  if (!isUuid(id)) return null;
  const row = await groupSelect(db, tenantId).where('groups.id', '=', id).executeTakeFirst();
  return row ? toGroup(row) : null;
}

export async function listScimGroups(db: Db, tenantId: string, filter: FilterNode | null, page: Page) {
  let q = groupSelect(db, tenantId);
  if (filter) q = q.where(filterToSql(filter, GROUP_FILTER));
  const [rows, total] = await Promise.all([
    page.count === 0 ? Promise.resolve([]) : q.orderBy('groups.created_at').orderBy('groups.id').limit(page.count).offset(page.startIndex - 1).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toGroup), total: Number(total.count) };
}

/** Direct members of the groups (users SCIM deleted are not shown), keyed by group id. */
export async function scimGroupMembers(db: Db | Tx, tenantId: string, groupIds: string[]): Promise<Map<string, ScimMember[]>> {
  const members = new Map<string, ScimMember[]>(groupIds.map((id) => [id, []]));
  if (groupIds.length === 0) return members;
  const rows = await db
    .selectFrom('group_members')
    .leftJoin('users', 'users.id', 'group_members.member_user_id')
    .leftJoin('groups as child', 'child.id', 'group_members.member_group_id')
    .select(['group_members.group_id', 'group_members.member_user_id', 'group_members.member_group_id', 'users.display_name as user_name', 'users.scim_deleted_at', 'child.display_name as group_name'])
    .where('group_members.tenant_id', '=', tenantId)
    .where('group_members.group_id', 'in', groupIds)
    .orderBy('group_members.added_at')
    .execute();
  for (const row of rows) {
    if (row.member_user_id && row.scim_deleted_at) continue;
    members.get(row.group_id)!.push(
      row.member_user_id
        ? { id: row.member_user_id, type: 'User', display: row.user_name ?? '' }
        : { id: row.member_group_id!, type: 'Group', display: row.group_name ?? '' },
    );
  }
  return members;
}

/** Which of the ids are users (not SCIM-deleted) and which are groups of the tenant. */
export async function resolveMemberIds(db: Db | Tx, tenantId: string, ids: string[]) {
  const valid = ids.filter(isUuid);
  const [users, groups] = valid.length
    ? await Promise.all([
        db.selectFrom('users').select('id').where('tenant_id', '=', tenantId).where('id', 'in', valid).where('scim_deleted_at', 'is', null).execute(),
        db.selectFrom('groups').select('id').where('tenant_id', '=', tenantId).where('id', 'in', valid).execute(),
      ])
    : [[], []];
  const userIds = new Set(users.map((r) => r.id));
  const groupIds = new Set(groups.map((r) => r.id));
  return { userIds, groupIds, unknown: ids.filter((id) => !userIds.has(id) && !groupIds.has(id)) };
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
