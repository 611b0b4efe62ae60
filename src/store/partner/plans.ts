import { parseRef } from '../../domain/identifiers.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db, Tx } from '../transaction.js';

export interface PlanRecord {
  id: string;
  /** The offer's GUID. */
  offerId: string;
  /** The readable key the publisher chose (e.g. gold); the GUID is `id`. */
  planKey: string;
  serviceId: string;
  name: string;
  description: string;
  /** Days of free trial the publisher offers, or null. */
  trialDays: number | null;
  /** Customer tenants holding licenses for the plan (registered deals or purchased seats). */
  customerCount: number;
  createdAt: Date;
  updatedAt: Date;
}

type PlanRow = { id: string; offer_id: string; plan_id: string; service_id: string; name: string; description: string; trial_days: number | null; created_at: Date; updated_at: Date };

const toRecord = (row: PlanRow, customers: ReadonlyMap<string, number>): PlanRecord => ({
  id: row.id,
  offerId: row.offer_id,
  planKey: row.plan_id,
  serviceId: row.service_id,
  name: row.name,
  description: row.description,
  trialDays: row.trial_days,
  customerCount: customers.get(row.id) ?? 0,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const columns = ['id', 'offer_id', 'plan_id', 'service_id', 'name', 'description', 'trial_days', 'created_at', 'updated_at'] as const;

/** An offer's plans in creation order (the order publishers define Russian-doll plans in). */
export async function listPlans(db: Db | Tx, scope: TenantScope, offerId: string): Promise<PlanRecord[]> {
  const rows = await db
    .selectFrom('plans')
    .select(columns)
    .where('tenant_id', '=', scope.tenantId)
    .where('offer_id', '=', offerId)
    .orderBy('created_at')
    .orderBy('plan_id')
    .execute();
  const customers = await customerCounts(db, rows.map((r) => r.id));
  return rows.map((row) => toRecord(row, customers));
}

/**
 * The one resolver of a plan reference within an offer (given by the offer's GUID): a GUID names
 * the plan itself, anything else is read as its readable plan key (keys never look like GUIDs).
 */
export async function findPlan(db: Db | Tx, scope: TenantScope, offerId: string, planRef: string): Promise<PlanRecord | null> {
  const ref = parseRef(planRef);
  const row = await db
    .selectFrom('plans')
    .select(columns)
    .where('tenant_id', '=', scope.tenantId)
    .where('offer_id', '=', offerId)
    .where('guid' in ref ? 'id' : 'plan_id', '=', 'guid' in ref ? ref.guid : ref.key)
    .executeTakeFirst();
  return row ? toRecord(row, await customerCounts(db, [row.id])) : null;
}

/**
 * How many customer tenants hold licenses for each plan: any deal that lists
 * the plan (deal_licenses keeps the plan from being deleted) or seats still
 * purchased. Counted across tenants because plans belong to the publisher.
 */
async function customerCounts(db: Db | Tx, planIds: string[]): Promise<Map<string, number>> {
  if (planIds.length === 0) return new Map();
  const [deals, products] = await Promise.all([
    db.selectFrom('deal_licenses').select(['plan_id', 'customer_tenant_id as tenant_id']).where('plan_id', 'in', planIds).execute(),
    db.selectFrom('products').select(['plan_id', 'tenant_id']).where('plan_id', 'in', planIds).where('purchased', '>', 0).execute(),
  ]);
  const tenants = new Map<string, Set<string>>();
  for (const row of [...deals, ...products]) {
    const set = tenants.get(row.plan_id) ?? new Set<string>();
    set.add(row.tenant_id);
    tenants.set(row.plan_id, set);
  }
  return new Map([...tenants].map(([planId, set]) => [planId, set.size]));
}

/** Whether the offer's live package maps app modules to this plan (deleting it would make them free). */
export async function isPlanLive(db: Db | Tx, planUuid: string): Promise<boolean> {
  return Boolean(await db.selectFrom('app_module_plans').select('plan_id').where('plan_id', '=', planUuid).executeTakeFirst());
}
