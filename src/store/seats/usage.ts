import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { UsageMark } from '../../domain/seats/usageMark.js';
import type { Db, Tx } from '../transaction.js';

/**
 * Moves each (tenant, plan, user)'s last use forward to the marks' times, in
 * one statement: the columns as arrays taken apart by `unnest`, as the ledger
 * is written (store/licensing/ledger.ts says why), since the flush runs on the
 * thread that answers checks. An older mark never moves a row back (several
 * servers flush the same users); marks of one row in the flush are merged.
 */
export async function upsertUsage(db: Db | Tx, marks: readonly UsageMark[]): Promise<void> {
  if (marks.length === 0) return;
  await sql`
    insert into seat_usage (tenant_id, plan_id, user_id, last_used_at)
    select m.tenant_id, m.plan_id, m.user_id, max(m.last_used_at)
    from unnest(
      ${marks.map((m) => m.tenantId)}::uuid[], ${marks.map((m) => m.planId)}::uuid[], ${marks.map((m) => m.userId)}::uuid[],
      ${marks.map((m) => new Date(m.at).toISOString())}::timestamptz[]
    ) as m (tenant_id, plan_id, user_id, last_used_at)
    group by m.tenant_id, m.plan_id, m.user_id
    on conflict (tenant_id, plan_id, user_id) do update set last_used_at = greatest(seat_usage.last_used_at, excluded.last_used_at)
  `.execute(db);
}

/** Forgets uses older than `before` (the retention period); returns how many rows went. */
export async function forgetUsageBefore(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('seat_usage').where('last_used_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface ActiveCounts {
  last7Days: number;
  last30Days: number;
  last90Days: number;
}

/** Holders of an active seat of the product who used it in the last 7, 30 and 90 days. */
export async function activeHolderCounts(db: Db, scope: TenantScope, planId: string, now: Date): Promise<ActiveCounts> {
  const day = 86_400_000;
  const row = await db
    .selectFrom('seat_holdings')
    .innerJoin('seat_usage', (join) =>
      join
        .onRef('seat_usage.tenant_id', '=', 'seat_holdings.tenant_id')
        .onRef('seat_usage.plan_id', '=', 'seat_holdings.plan_id')
        .onRef('seat_usage.user_id', '=', 'seat_holdings.user_id'),
    )
    .select([
      sql<number>`count(*) filter (where seat_usage.last_used_at >= ${new Date(now.getTime() - 7 * day)})::int`.as('d7'),
      sql<number>`count(*) filter (where seat_usage.last_used_at >= ${new Date(now.getTime() - 30 * day)})::int`.as('d30'),
      sql<number>`count(*) filter (where seat_usage.last_used_at >= ${new Date(now.getTime() - 90 * day)})::int`.as('d90'),
    ])
    .where('seat_holdings.tenant_id', '=', scope.tenantId)
    .where('seat_holdings.plan_id', '=', planId)
    .where('seat_holdings.state', '=', 'active')
    .executeTakeFirstOrThrow();
  return { last7Days: row.d7, last30Days: row.d30, last90Days: row.d90 };
}

export interface HolderUsage {
  userId: string;
  displayName: string;
  userPrincipalName: string;
  state: 'active' | 'not_enough_licenses';
  since: Date;
  lastUsedAt: Date | null;
}

/** Every holder of the product with their last use (null: never, or longer ago than the retention). */
export async function listHolderUsage(db: Db, scope: TenantScope, planId: string): Promise<HolderUsage[]> {
  const rows = await db
    .selectFrom('seat_holdings')
    .innerJoin('users', 'users.id', 'seat_holdings.user_id')
    .leftJoin('seat_usage', (join) =>
      join
        .onRef('seat_usage.tenant_id', '=', 'seat_holdings.tenant_id')
        .onRef('seat_usage.plan_id', '=', 'seat_holdings.plan_id')
        .onRef('seat_usage.user_id', '=', 'seat_holdings.user_id'),
    )
    .select(['users.id', 'users.display_name', 'users.user_principal_name', 'seat_holdings.state', 'seat_holdings.since', 'seat_usage.last_used_at'])
    .where('seat_holdings.tenant_id', '=', scope.tenantId)
    .where('seat_holdings.plan_id', '=', planId)
    .orderBy(sql`seat_usage.last_used_at desc nulls last`)
    .orderBy('users.display_name')
    .execute();
  return rows.map((r) => ({ userId: r.id, displayName: r.display_name, userPrincipalName: r.user_principal_name, state: r.state, since: r.since, lastUsedAt: r.last_used_at }));
}

export interface UserProductUsage {
  planId: string;
  planName: string;
  offerName: string;
  lastUsedAt: Date | null;
}

/** One user's products (seats held, or used within the retention period) and their last use of each. */
export async function listUserUsage(db: Db, scope: TenantScope, userId: string): Promise<UserProductUsage[]> {
  const rows = await db
    .selectFrom('products')
    .innerJoin('plans', 'plans.id', 'products.plan_id')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .leftJoin('seat_usage', (join) =>
      join.onRef('seat_usage.tenant_id', '=', 'products.tenant_id').onRef('seat_usage.plan_id', '=', 'products.plan_id').on('seat_usage.user_id', '=', userId),
    )
    .leftJoin('seat_holdings', (join) =>
      join
        .onRef('seat_holdings.tenant_id', '=', 'products.tenant_id')
        .onRef('seat_holdings.plan_id', '=', 'products.plan_id')
        .on('seat_holdings.user_id', '=', userId),
    )
    .select(['products.plan_id', 'plans.name as plan_name', 'offers.name as offer_name', 'seat_usage.last_used_at'])
    .where('products.tenant_id', '=', scope.tenantId)
    .where((eb) => eb.or([eb('seat_usage.user_id', 'is not', null), eb('seat_holdings.user_id', 'is not', null)]))
    .orderBy('offers.name')
    .orderBy('plans.name')
    .execute();
  return rows.map((r) => ({ planId: r.plan_id, planName: r.plan_name, offerName: r.offer_name, lastUsedAt: r.last_used_at }));
}
