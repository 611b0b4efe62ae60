import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { DirectorySource, Role } from '../schema.js';
import type { Db, Tx } from '../transaction.js';

export interface UserRecord {
  id: string;
  tenantId: string;
  userPrincipalName: string;
  displayName: string;
  usageLocation: string | null;
  enabled: boolean;
  roles: Role[];
  hasPassword: boolean;
  /** An authenticator app is set up. */
  mfaEnrolled: boolean;
  /** Where the user comes from: local, scim or sso (migration 012). */
  source: DirectorySource;
  createdAt: Date;
  updatedAt: Date;
}

const userColumns = [
  'users.id',
  'users.tenant_id',
  'users.user_principal_name',
  'users.display_name',
  'users.usage_location',
  'users.enabled',
  'users.password_hash',
  'users.source',
  'users.created_at',
  'users.updated_at',
] as const;

function baseQuery(db: Db | Tx, scope: TenantScope) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .select((eb) =>
      eb.fn
        .coalesce(
          eb
            .selectFrom('role_assignments')
            .select(sql<Role[]>`array_agg(role order by role)`.as('roles'))
            .whereRef('role_assignments.user_id', '=', 'users.id'),
          sql<Role[]>`'{}'::text[]`,
        )
        .as('roles'),
    )
    .select(sql<boolean>`exists (select 1 from user_mfa where user_mfa.user_id = users.id and user_mfa.enrolled_at is not null)`.as('mfa_enrolled'))
    .where('users.tenant_id', '=', scope.tenantId);
}

type UserRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toRecord(row: UserRow): UserRecord {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    userPrincipalName: row.user_principal_name,
    displayName: row.display_name,
    usageLocation: row.usage_location,
    enabled: row.enabled,
    roles: row.roles ?? [],
    hasPassword: row.password_hash !== null,
    mfaEnrolled: Boolean(row.mfa_enrolled),
    source: row.source,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findUser(db: Db | Tx, scope: TenantScope, userId: string): Promise<UserRecord | null> {
  const row = await baseQuery(db, scope).where('users.id', '=', userId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function findUserByPrincipalName(db: Db | Tx, scope: TenantScope, upn: string): Promise<UserRecord | null> {
  const row = await baseQuery(db, scope)
    .where(sql`lower(users.user_principal_name)`, '=', upn.toLowerCase())
    .executeTakeFirst();
  return row ? toRecord(row) : null;
}

export interface UserFilters {
  search?: string | undefined;
  role?: Role | undefined;
  enabled?: boolean | undefined;
  /** true: holds at least one product (a seat, a place in the queue, or a direct assignment); false: holds none. */
  licensed?: boolean | undefined;
  /** Holds this product (plan GUID), directly or through a group; with `licensed: false`, does not hold it. */
  planId?: string | undefined;
}

export interface UserListQuery extends UserFilters {
  limit: number;
  offset: number;
}

function filteredQuery(db: Db, scope: TenantScope, query: UserFilters) {
  let q = baseQuery(db, scope);
  if (query.search) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(users.display_name)`, 'like', pattern),
        eb(sql`lower(users.user_principal_name)`, 'like', pattern),
      ]),
    );
  }
  if (query.enabled !== undefined) q = q.where('users.enabled', '=', query.enabled);
  if (query.role) {
    const role = query.role;
    q = q.where((eb) =>
      eb.exists(eb.selectFrom('role_assignments').select('user_id').whereRef('user_id', '=', 'users.id').where('role', '=', role)),
    );
  }
  if (query.licensed !== undefined || query.planId) {
    // The same rule as the users' Licenses column: a seat (or a place in the queue) or a direct assignment.
    const planId = query.planId;
    q = q.where((eb) => {
      const holds = eb.or([
        eb.exists(
          eb
            .selectFrom('seat_holdings')
            .select('seat_holdings.user_id')
            .whereRef('seat_holdings.user_id', '=', 'users.id')
            .whereRef('seat_holdings.tenant_id', '=', 'users.tenant_id')
            .$if(Boolean(planId), (sub) => sub.where('seat_holdings.plan_id', '=', planId!)),
        ),
        eb.exists(
          eb
            .selectFrom('license_assignments')
            .select('license_assignments.user_id')
            .whereRef('license_assignments.user_id', '=', 'users.id')
            .whereRef('license_assignments.tenant_id', '=', 'users.tenant_id')
            .$if(Boolean(planId), (sub) => sub.where('license_assignments.plan_id', '=', planId!)),
        ),
      ]);
      return query.licensed === false ? eb.not(holds) : holds;
    });
  }
  return q;
}

export async function listUsers(db: Db, scope: TenantScope, query: UserListQuery) {
  const q = filteredQuery(db, scope, query);
  const [rows, total] = await Promise.all([
    q.orderBy('users.display_name').orderBy('users.id').limit(query.limit).offset(query.offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: total.count };
}

/**
 * Every user matching the filters, in the list's order, a batch at a time (for exports of
 * any size: each batch is one query, resumed after the last name seen, not re-counted).
 */
export async function* usersInBatches(db: Db, scope: TenantScope, filters: UserFilters, batchSize = 500): AsyncGenerator<UserRecord[]> {
  let after: { displayName: string; id: string } | null = null;
  for (;;) {
    const from: { displayName: string; id: string } | null = after;
    const rows: UserRow[] = await filteredQuery(db, scope, filters)
      .$if(from !== null, (q) => q.where((eb) => eb(eb.refTuple('users.display_name', 'users.id'), '>', eb.tuple(from!.displayName, from!.id))))
      .orderBy('users.display_name')
      .orderBy('users.id')
      .limit(batchSize)
      .execute();
    if (rows.length === 0) return;
    const batch: UserRecord[] = rows.map(toRecord);
    yield batch;
    if (rows.length < batchSize) return;
    const last: UserRecord = batch[batch.length - 1]!;
    after = { displayName: last.displayName, id: last.id };
  }
}

/** Users of the tenant holding one of the roles, e.g. whom to ask for a license. */
export async function listUsersWithRoles(db: Db, scope: TenantScope, roles: Role[]) {
  return db
    .selectFrom('users')
    .innerJoin('role_assignments', 'role_assignments.user_id', 'users.id')
    .select(['users.id', 'users.display_name', 'users.user_principal_name'])
    .distinct()
    .where('users.tenant_id', '=', scope.tenantId)
    .where('role_assignments.role', 'in', roles)
    .where('users.enabled', '=', true)
    .orderBy('users.display_name')
    .execute();
}
