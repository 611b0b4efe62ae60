import { freeSeatsOf, isUsableState, type GrantingProduct } from '../domain/licenseRequests/grantingProducts.js';
import type { Db, Tx } from './transaction.js';

/** An app module a request asks for: the offer that ships it and its unique name. */
export interface RequestedModule {
  offerId: string;
  appModule: string;
}

const moduleKey = (m: RequestedModule) => `${m.offerId}\u0000${m.appModule}`;

/**
 * For each requested app module, the products the tenant holds that grant it (usable ones only:
 * active or in grace), by plan name, with their free seats and waiting room. Keyed by offer and module.
 */
export async function grantingProducts(db: Db | Tx, tenantId: string, modules: readonly RequestedModule[]): Promise<(m: RequestedModule) => GrantingProduct[]> {
  const offerIds = [...new Set(modules.map((m) => m.offerId))];
  const rows = offerIds.length
    ? await db
        .selectFrom('app_module_plans')
        .innerJoin('products', (join) => join.onRef('products.plan_id', '=', 'app_module_plans.plan_id').on('products.tenant_id', '=', tenantId))
        .innerJoin('plans', 'plans.id', 'app_module_plans.plan_id')
        .leftJoin('seat_policies', (join) => join.onRef('seat_policies.plan_id', '=', 'products.plan_id').on('seat_policies.tenant_id', '=', tenantId))
        .select(['app_module_plans.offer_id', 'app_module_plans.app_module', 'plans.id as plan_id', 'plans.name', 'products.purchased', 'products.assigned', 'products.state', 'seat_policies.waiting_room'])
        .where('app_module_plans.offer_id', 'in', offerIds)
        .orderBy('plans.name')
        .execute()
    : [];
  const byModule = new Map<string, GrantingProduct[]>();
  for (const row of rows) {
    if (!isUsableState(row.state)) continue;
    const key = moduleKey({ offerId: row.offer_id, appModule: row.app_module });
    const list = byModule.get(key) ?? [];
    list.push({ planId: row.plan_id, name: row.name, freeSeats: freeSeatsOf(row), waitingRoom: row.waiting_room ?? 'off' });
    byModule.set(key, list);
  }
  return (m) => byModule.get(moduleKey(m)) ?? [];
}
