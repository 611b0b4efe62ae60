import type { Selectable } from 'kysely';
import type { ProductsTable } from '../../store/schema.js';
import type { Tx } from '../../store/transaction.js';

/**
 * A product (one tenant's plan) row is the lock that serializes every change
 * to its seats: whoever changes assignments, provisioning or memberships takes
 * it with SELECT … FOR UPDATE before reading anything seat allocation needs.
 * On PostgreSQL with a pool of connections that lock is what keeps assigned ≤
 * purchased; on PGlite transactions are serialized anyway.
 *
 * Several products are always locked in plan id order, so two changes never
 * wait on each other in a circle.
 */
export interface ProductKey {
  tenantId: string;
  planId: string;
}

export type ProductRow = Selectable<ProductsTable>;

export async function lockProduct(tx: Tx, key: ProductKey): Promise<ProductRow | undefined> {
  return tx.selectFrom('products').selectAll().where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).forUpdate().executeTakeFirst();
}

/** Locks the product, creating its row (no seats yet) the first time a deal provisions the plan. */
export async function lockOrCreateProduct(tx: Tx, key: ProductKey, now: Date): Promise<ProductRow> {
  await tx
    .insertInto('products')
    .values({ tenant_id: key.tenantId, plan_id: key.planId, purchased: 0, assigned: 0, state: 'active', updated_at: now })
    .onConflict((oc) => oc.columns(['tenant_id', 'plan_id']).doNothing())
    .execute();
  return (await lockProduct(tx, key))!;
}

/** Locks every product of the tenant that is not removed, in plan id order; returns their plan ids. */
export async function lockTenantProducts(tx: Tx, tenantId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('products')
    .select('plan_id')
    .where('tenant_id', '=', tenantId)
    .where('state', '<>', 'removed')
    .orderBy('plan_id')
    .forUpdate()
    .execute();
  return rows.map((r) => r.plan_id);
}
