import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db, Tx } from '../transaction.js';

export interface GroupRecord {
  id: string;
  tenantId: string;
  displayName: string;
  description: string;
  memberCount: number;
  createdAt: Date;
  updatedAt: Date;
}

function baseQuery(db: Db | Tx, scope: TenantScope) {
  return db
    .selectFrom('groups')
    .select(['groups.id', 'groups.tenant_id', 'groups.display_name', 'groups.description', 'groups.created_at', 'groups.updated_at'])
    .select((eb) =>
      eb
        .selectFrom('group_members')
        .select((e) => e.fn.countAll<number>().as('c'))
        .whereRef('group_members.group_id', '=', 'groups.id')
        .as('member_count'),
    )
    .where('groups.tenant_id', '=', scope.tenantId);
}

type GroupRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: GroupRow): GroupRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  displayName: row.display_name,
  description: row.description,
  memberCount: Number(row.member_count ?? 0),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function findGroup(db: Db | Tx, scope: TenantScope, groupId: string): Promise<GroupRecord | null> {
  const row = await baseQuery(db, scope).where('groups.id', '=', groupId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function listGroups(db: Db, scope: TenantScope, query: { search?: string | undefined; limit: number; offset: number }) {
  let q = baseQuery(db, scope);
  if (query.search) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql`lower(groups.display_name)`, 'like', pattern);
  }
  const [rows, total] = await Promise.all([
    q.orderBy('groups.display_name').orderBy('groups.id').limit(query.limit).offset(query.offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: total.count };
}

export interface GroupMemberRecord {
  type: 'user' | 'group';
  id: string;
  displayName: string;
  userPrincipalName: string | null;
  enabled: boolean | null;
  addedAt: Date;
}

export async function listGroupMembers(db: Db, scope: TenantScope, groupId: string): Promise<GroupMemberRecord[]> {
  const rows = await db
    .selectFrom('group_members')
    .leftJoin('users', 'users.id', 'group_members.member_user_id')
    .leftJoin('groups', 'groups.id', 'group_members.member_group_id')
    .select([
      'group_members.member_user_id',
      'group_members.member_group_id',
      'group_members.added_at',
      'users.display_name as user_name',
      'users.user_principal_name',
      'users.enabled',
      'groups.display_name as group_name',
    ])
    .where('group_members.tenant_id', '=', scope.tenantId)
    .where('group_members.group_id', '=', groupId)
    .execute();
  return rows
    .map((r) => ({
      type: r.member_user_id ? ('user' as const) : ('group' as const),
      id: (r.member_user_id ?? r.member_group_id)!,
      displayName: (r.user_name ?? r.group_name)!,
      userPrincipalName: r.user_principal_name,
      enabled: r.enabled,
      addedAt: r.added_at,
    }))
    .sort((a, b) => (a.type === b.type ? a.displayName.localeCompare(b.displayName) : a.type === 'group' ? -1 : 1));
}

/** All group→group edges of a tenant, for cycle checks and nested expansion. */
export async function listGroupEdges(db: Db | Tx, scope: TenantScope) {
  return db
    .selectFrom('group_members')
    .select(['group_id', 'member_group_id'])
    .where('tenant_id', '=', scope.tenantId)
    .where('member_group_id', 'is not', null)
    .execute() as Promise<{ group_id: string; member_group_id: string }[]>;
}

/** The groups a user or a group is a direct member of (for a group: its parents in the nesting), by name. */
function directGroupsOf(db: Db, scope: TenantScope, member: 'member_user_id' | 'member_group_id', id: string) {
  return db
    .selectFrom('group_members')
    .innerJoin('groups', 'groups.id', 'group_members.group_id')
    .select(['groups.id', 'groups.display_name'])
    .where('group_members.tenant_id', '=', scope.tenantId)
    .where(`group_members.${member}`, '=', id)
    .orderBy('groups.display_name')
    .execute();
}

/** Groups a user is a direct member of. */
export async function listGroupsOfUser(db: Db, scope: TenantScope, userId: string) {
  return directGroupsOf(db, scope, 'member_user_id', userId);
}

/** Groups a group is a direct member of (its parents in the nesting). */
export async function listParentGroups(db: Db, scope: TenantScope, groupId: string) {
  return directGroupsOf(db, scope, 'member_group_id', groupId);
}
