import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { ReclamationState } from '../schema.js';
import type { Db, Tx } from '../transaction.js';

type Key = { tenantId: string; planId: string };

export interface HolderForReclamation {
  userId: string;
  userPrincipalName: string;
  displayName: string;
  /** Active seat held only through a direct assignment (the only kind reclamation removes). */
  directOnly: boolean;
  active: boolean;
  since: Date;
  lastUsedAt: Date | null;
  announcement: { id: string; announcedAt: Date; dueAt: Date } | null;
}

/** Every holder of the product with what reclamation needs: sources, last use, open announcement. */
export async function loadReclamationHolders(db: Db | Tx, key: Key): Promise<HolderForReclamation[]> {
  const rows = await db
    .selectFrom('seat_holdings')
    .innerJoin('users', 'users.id', 'seat_holdings.user_id')
    .leftJoin('seat_usage', (join) =>
      join
        .onRef('seat_usage.tenant_id', '=', 'seat_holdings.tenant_id')
        .onRef('seat_usage.plan_id', '=', 'seat_holdings.plan_id')
        .onRef('seat_usage.user_id', '=', 'seat_holdings.user_id'),
    )
    .leftJoin('seat_reclamations', (join) =>
      join
        .onRef('seat_reclamations.tenant_id', '=', 'seat_holdings.tenant_id')
        .onRef('seat_reclamations.plan_id', '=', 'seat_holdings.plan_id')
        .onRef('seat_reclamations.user_id', '=', 'seat_holdings.user_id')
        .on('seat_reclamations.state', '=', 'announced'),
    )
    .select([
      'seat_holdings.user_id',
      'seat_holdings.state',
      'seat_holdings.since',
      'seat_holdings.sources',
      'users.user_principal_name',
      'users.display_name',
      'seat_usage.last_used_at',
      'seat_reclamations.id as announcement_id',
      'seat_reclamations.announced_at',
      'seat_reclamations.due_at',
    ])
    .where('seat_holdings.tenant_id', '=', key.tenantId)
    .where('seat_holdings.plan_id', '=', key.planId)
    .orderBy('seat_holdings.since')
    .orderBy('seat_holdings.user_id')
    .execute();
  return rows.map((r) => {
    const sources = r.sources as { kind: string }[];
    return {
      userId: r.user_id,
      userPrincipalName: r.user_principal_name,
      displayName: r.display_name,
      active: r.state === 'active',
      directOnly: r.state === 'active' && sources.length === 1 && sources[0]!.kind === 'direct',
      since: r.since,
      lastUsedAt: r.last_used_at,
      announcement: r.announcement_id ? { id: r.announcement_id, announcedAt: r.announced_at!, dueAt: r.due_at! } : null,
    };
  });
}

export interface ReclamationRecord {
  id: string;
  planId: string;
  planName: string;
  userId: string;
  userPrincipalName: string;
  displayName: string;
  state: ReclamationState;
  lastUsedAt: Date | null;
  announcedAt: Date;
  dueAt: Date;
  reclaimedAt: Date | null;
  undoneAt: Date | null;
}

function recordsQuery(db: Db | Tx, tenantId: string) {
  return db
    .selectFrom('seat_reclamations')
    .innerJoin('users', 'users.id', 'seat_reclamations.user_id')
    .innerJoin('plans', 'plans.id', 'seat_reclamations.plan_id')
    .select([
      'seat_reclamations.id',
      'seat_reclamations.plan_id',
      'plans.name as plan_name',
      'seat_reclamations.user_id',
      'users.user_principal_name',
      'users.display_name',
      'seat_reclamations.state',
      'seat_reclamations.last_used_at',
      'seat_reclamations.announced_at',
      'seat_reclamations.due_at',
      'seat_reclamations.reclaimed_at',
      'seat_reclamations.undone_at',
    ])
    .where('seat_reclamations.tenant_id', '=', tenantId);
}

type Row = Awaited<ReturnType<ReturnType<typeof recordsQuery>['executeTakeFirstOrThrow']>>;
const toRecord = (r: Row): ReclamationRecord => ({
  id: r.id,
  planId: r.plan_id,
  planName: r.plan_name,
  userId: r.user_id,
  userPrincipalName: r.user_principal_name,
  displayName: r.display_name,
  state: r.state,
  lastUsedAt: r.last_used_at,
  announcedAt: r.announced_at,
  dueAt: r.due_at,
  reclaimedAt: r.reclaimed_at,
  undoneAt: r.undone_at,
});

/** A product's announced seats and reclamations (newest first), those still undoable first in line. */
export async function listReclamations(db: Db, scope: TenantScope, planId: string, since: Date): Promise<ReclamationRecord[]> {
  const rows = await recordsQuery(db, scope.tenantId)
    .where('seat_reclamations.plan_id', '=', planId)
    .where((eb) => eb.or([eb('seat_reclamations.state', '=', 'announced'), eb('seat_reclamations.announced_at', '>=', since)]))
    .orderBy('seat_reclamations.announced_at', 'desc')
    .orderBy('seat_reclamations.id')
    .execute();
  return rows.map(toRecord);
}

export async function findReclamation(db: Db | Tx, tenantId: string, id: string): Promise<ReclamationRecord | null> {
  const row = await recordsQuery(db, tenantId).where('seat_reclamations.id', '=', id).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** Seats reclaimed (and not undone) per product and month, for the report. */
export async function reclaimedPerMonth(db: Db, scope: TenantScope, from: Date): Promise<{ planId: string; planName: string; month: string; reclaimed: number; undone: number }[]> {
  const rows = await db
    .selectFrom('seat_reclamations')
    .innerJoin('plans', 'plans.id', 'seat_reclamations.plan_id')
    .select([
      'seat_reclamations.plan_id',
      'plans.name',
      sql<string>`to_char(date_trunc('month', seat_reclamations.reclaimed_at at time zone 'UTC'), 'YYYY-MM')`.as('month'),
      sql<number>`count(*)::int`.as('reclaimed'),
      sql<number>`count(*) filter (where seat_reclamations.state = 'undone')::int`.as('undone'),
    ])
    .where('seat_reclamations.tenant_id', '=', scope.tenantId)
    .where('seat_reclamations.reclaimed_at', '>=', from)
    .groupBy(['seat_reclamations.plan_id', 'plans.name', sql`3`])
    .orderBy(sql`3`)
    .orderBy('plans.name')
    .execute();
  return rows.map((r) => ({ planId: r.plan_id, planName: r.name, month: r.month, reclaimed: r.reclaimed, undone: r.undone }));
}
