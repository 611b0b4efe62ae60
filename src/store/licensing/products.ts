import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { ProductState } from '../schema.js';
import type { Db } from '../transaction.js';

/** A product in the Admin Center: one plan the tenant holds licenses of, with its counts. */
export interface ProductRecord {
  planId: string;
  planKey: string;
  planName: string;
  serviceId: string;
  offer: { id: string; offerKey: string; name: string; allowInstallWithoutLicense: boolean };
  publisher: { tenantId: string; name: string };
  purchased: number;
  assigned: number;
  available: number;
  /** Entitled users beyond the count, marked "not enough licenses". */
  notEnoughLicenses: number;
  state: ProductState;
  nextChangeAt: Date | null;
  updatedAt: Date;
}

function baseQuery(db: Db, scope: TenantScope) {
  return db
    .selectFrom('products')
    .innerJoin('plans', 'plans.id', 'products.plan_id')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .innerJoin('tenants as publisher', 'publisher.id', 'offers.tenant_id')
    .select([
      'products.plan_id',
      'products.purchased',
      'products.assigned',
      'products.state',
      'products.next_change_at',
      'products.updated_at',
      'plans.plan_id as plan_key',
      'plans.name as plan_name',
      'plans.service_id',
      'offers.id as offer_id',
      'offers.offer_id as offer_key',
      'offers.name as offer_name',
      'offers.allow_install_without_license',
      'publisher.id as publisher_id',
      'publisher.display_name as publisher_name',
    ])
    .select((eb) =>
      eb
        .selectFrom('seat_holdings')
        .select((e) => e.fn.countAll<number>().as('c'))
        .whereRef('seat_holdings.tenant_id', '=', 'products.tenant_id')
        .whereRef('seat_holdings.plan_id', '=', 'products.plan_id')
        .where('seat_holdings.state', '=', 'not_enough_licenses')
        .as('not_enough'),
    )
    .where('products.tenant_id', '=', scope.tenantId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: Row): ProductRecord => ({
  planId: row.plan_id,
  planKey: row.plan_key,
  planName: row.plan_name,
  serviceId: row.service_id,
  offer: { id: row.offer_id, offerKey: row.offer_key, name: row.offer_name, allowInstallWithoutLicense: row.allow_install_without_license },
  publisher: { tenantId: row.publisher_id, name: row.publisher_name },
  purchased: row.purchased,
  assigned: row.assigned,
  available: Math.max(0, row.purchased - row.assigned),
  notEnoughLicenses: Number(row.not_enough ?? 0),
  state: row.state,
  nextChangeAt: row.next_change_at,
  updatedAt: row.updated_at,
});

/** The tenant's products, by offer then plan; removed ones only when asked for. */
export async function listProducts(db: Db, scope: TenantScope, query: { includeRemoved?: boolean | undefined; search?: string | undefined } = {}): Promise<ProductRecord[]> {
  let q = baseQuery(db, scope);
  if (!query.includeRemoved) q = q.where('products.state', '<>', 'removed');
  if (query.search) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(plans.name)`, 'like', pattern), eb(sql`lower(offers.name)`, 'like', pattern), eb(sql`lower(plans.service_id)`, 'like', pattern)]));
  }
  return (await q.orderBy('offers.name').orderBy('plans.name').execute()).map(toRecord);
}

export async function findProduct(db: Db, scope: TenantScope, planId: string): Promise<ProductRecord | null> {
  const row = await baseQuery(db, scope).where('products.plan_id', '=', planId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export interface AssignmentRecord {
  kind: 'user' | 'group';
  id: string;
  displayName: string;
  userPrincipalName: string | null;
  assignedAt: Date;
  /** For a group: members holding a seat through it, and members beyond the count. */
  activeMembers: number | null;
  notEnoughMembers: number | null;
}

/** Who the product is assigned to: users directly, and groups. */
export async function listAssignments(db: Db, scope: TenantScope, planId: string): Promise<AssignmentRecord[]> {
  const rows = await db
    .selectFrom('license_assignments')
    .leftJoin('users', 'users.id', 'license_assignments.user_id')
    .leftJoin('groups', 'groups.id', 'license_assignments.group_id')
    .select(['license_assignments.user_id', 'license_assignments.group_id', 'license_assignments.assigned_at', 'users.display_name as user_name', 'users.user_principal_name', 'groups.display_name as group_name'])
    .where('license_assignments.tenant_id', '=', scope.tenantId)
    .where('license_assignments.plan_id', '=', planId)
    .orderBy('license_assignments.assigned_at')
    .execute();
  const counts = await db
    .selectFrom('seat_holdings')
    .select(['state', sql<string>`source->>'groupId'`.as('group_id'), (eb) => eb.fn.countAll<number>().as('count')])
    .innerJoin(sql`jsonb_array_elements(seat_holdings.sources)`.as('source'), (join) => join.onTrue())
    .where('seat_holdings.tenant_id', '=', scope.tenantId)
    .where('seat_holdings.plan_id', '=', planId)
    .where(sql`source->>'kind'`, '=', 'group')
    .groupBy(['state', sql`source->>'groupId'`])
    .execute();
  const count = (groupId: string, state: string) => Number(counts.find((c) => c.group_id === groupId && c.state === state)?.count ?? 0);
  return rows.map((r) =>
    r.user_id
      ? { kind: 'user', id: r.user_id, displayName: r.user_name!, userPrincipalName: r.user_principal_name, assignedAt: r.assigned_at, activeMembers: null, notEnoughMembers: null }
      : {
          kind: 'group',
          id: r.group_id!,
          displayName: r.group_name!,
          userPrincipalName: null,
          assignedAt: r.assigned_at,
          activeMembers: count(r.group_id!, 'active'),
          notEnoughMembers: count(r.group_id!, 'not_enough_licenses'),
        },
  );
}
