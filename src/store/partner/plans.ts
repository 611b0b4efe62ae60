import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db, Tx } from '../transaction.js';

export interface PlanRecord {
  id: string;
  offerUuid: string;
  planId: string;
  serviceId: string;
  name: string;
  description: string;
  /** Customer tenants holding licenses for the plan (registered deals or purchased seats). */
  customerCount: number;
  createdAt: Date;
  updatedAt: Date;
}

type PlanRow = { id: string; offer_id: string; plan_id: string; service_id: string; name: string; description: string; created_at: Date; updated_at: Date };

const toRecord = (row: PlanRow, customers: ReadonlyMap<string, number>): PlanRecord => ({
  id: row.id,
  offerUuid: row.offer_id,
  planId: row.plan_id,
  serviceId: row.service_id,
  name: row.name,
  description: row.description,
  customerCount: customers.get(row.id) ?? 0,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const columns = ['id', 'offer_id', 'plan_id', 'service_id', 'name', 'description', 'created_at', 'updated_at'] as const;

/** An offer's plans in creation order (the order publishers define Russian-doll plans in). */
export async function listPlans(db: Db | Tx, scope: TenantScope, offerUuid: string): Promise<PlanRecord[]> {
  const rows = await db
    .selectFrom('plans')
    .select(columns)
    .where('tenant_id', '=', scope.tenantId)
    .where('offer_id', '=', offerUuid)
    .orderBy('created_at')
    .orderBy('plan_id')
    .execute();
  const customers = await customerCounts(db, rows.map((r) => r.id));
  return rows.map((row) => toRecord(row, customers));
}

export async function findPlan(db: Db | Tx, scope: TenantScope, offerUuid: string, planId: string): Promise<PlanRecord | null> {
  const row = await db
    .selectFrom('plans')
    .select(columns)
    .where('tenant_id', '=', scope.tenantId)
    .where('offer_id', '=', offerUuid)
    .where('plan_id', '=', planId)
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
