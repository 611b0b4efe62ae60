import type { Db } from '../transaction.js';

/** The app modules each plan licenses (from the published package's license metadata), by plan id. */
export async function listPlanModules(db: Db, planIds: readonly string[]): Promise<Map<string, { offerId: string; uniqueName: string }[]>> {
  const byPlan = new Map<string, { offerId: string; uniqueName: string }[]>();
  if (planIds.length === 0) return byPlan;
  const rows = await db
    .selectFrom('app_module_plans')
    .select(['plan_id', 'offer_id', 'app_module'])
    .where('plan_id', 'in', [...planIds])
    .orderBy('app_module')
    .execute();
  for (const row of rows) {
    const list = byPlan.get(row.plan_id) ?? [];
    list.push({ offerId: row.offer_id, uniqueName: row.app_module });
    byPlan.set(row.plan_id, list);
  }
  return byPlan;
}
