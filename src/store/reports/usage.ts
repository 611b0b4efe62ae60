import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db } from '../transaction.js';

/**
 * Records that a user opened an app of an offer through the launch link. One
 * row per (tenant, user, offer), moved forward on every launch; called by the
 * launch redirect, never by the runtime check.
 */
export async function recordLaunch(db: Db, launch: { tenantId: string; userId: string; offerId: string; at: Date }): Promise<void> {
  await db
    .insertInto('app_launches')
    .values({ tenant_id: launch.tenantId, user_id: launch.userId, offer_id: launch.offerId, last_launched_at: launch.at })
    .onConflict((oc) =>
      oc.columns(['tenant_id', 'user_id', 'offer_id']).doUpdateSet({ last_launched_at: sql`greatest(app_launches.last_launched_at, excluded.last_launched_at)` }),
    )
    .execute();
}

export interface InactiveHolder {
  userId: string;
  displayName: string;
  userPrincipalName: string;
  assignedSince: Date;
  lastLaunchedAt: Date | null;
}

/**
 * Users holding an active seat of the plan since before `since` who have not
 * launched any app of the plan's offer since then (or ever): seats an admin
 * may want to reclaim. Oldest holders first.
 */
export async function listInactiveHolders(db: Db, scope: TenantScope, planId: string, since: Date): Promise<InactiveHolder[]> {
  const rows = await db
    .selectFrom('seat_holdings')
    .innerJoin('users', 'users.id', 'seat_holdings.user_id')
    .innerJoin('plans', 'plans.id', 'seat_holdings.plan_id')
    .leftJoin('app_launches', (join) =>
      join
        .onRef('app_launches.tenant_id', '=', 'seat_holdings.tenant_id')
        .onRef('app_launches.user_id', '=', 'seat_holdings.user_id')
        .onRef('app_launches.offer_id', '=', 'plans.offer_id'),
    )
    .select(['users.id', 'users.display_name', 'users.user_principal_name', 'seat_holdings.since', 'app_launches.last_launched_at'])
    .where('seat_holdings.tenant_id', '=', scope.tenantId)
    .where('seat_holdings.plan_id', '=', planId)
    .where('seat_holdings.state', '=', 'active')
    .where('seat_holdings.since', '<=', since)
    .where((eb) => eb.or([eb('app_launches.last_launched_at', 'is', null), eb('app_launches.last_launched_at', '<', since)]))
    .orderBy('seat_holdings.since')
    .orderBy('users.display_name')
    .execute();
  return rows.map((r) => ({
    userId: r.id,
    displayName: r.display_name,
    userPrincipalName: r.user_principal_name,
    assignedSince: r.since,
    lastLaunchedAt: r.last_launched_at,
  }));
}
