import type { Db } from '../store/transaction.js';
import type { EntitlementChange } from './entitlementChanges.js';
import type { EntitlementIndex, IndexedAppModule, RequiredPlan } from './entitlementIndex.js';

/**
 * Reads the database into the entitlement index: everything at start (in
 * pages, yielding between them so the server keeps answering health checks),
 * then only what each change names.
 */
const PAGE = 20_000;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function loadCatalog(db: Db, index: EntitlementIndex): Promise<void> {
  const modules = await db
    .selectFrom('app_modules')
    .innerJoin('offers', 'offers.id', 'app_modules.offer_id')
    .select(['app_modules.offer_id', 'app_modules.unique_name', 'app_modules.display_name', 'offers.tenant_id'])
    .where('offers.status', 'in', ['published', 'stop_sold'])
    .execute();
  const mappings = await db
    .selectFrom('app_module_plans')
    .innerJoin('plans', 'plans.id', 'app_module_plans.plan_id')
    .select(['app_module_plans.offer_id', 'app_module_plans.app_module', 'plans.service_id', 'app_module_plans.display_name', 'app_module_plans.more_info_url'])
    .orderBy('plans.service_id')
    .execute();
  const plans = await db.selectFrom('plans').select(['id', 'service_id']).execute();
  const required = new Map<string, RequiredPlan[]>();
  for (const m of mappings) {
    const key = `${m.offer_id}/${m.app_module}`;
    const list = required.get(key) ?? [];
    list.push({ serviceId: m.service_id, displayName: m.display_name, moreInfoUrl: m.more_info_url });
    required.set(key, list);
  }
  const indexed: IndexedAppModule[] = modules.map((m) => {
    const requiredPlans = required.get(`${m.offer_id}/${m.unique_name}`) ?? [];
    return {
      uniqueName: m.unique_name,
      displayName: m.display_name,
      offerId: m.offer_id,
      publisherTenantId: m.tenant_id,
      requiredPlans,
      requiredServiceIds: requiredPlans.map((p) => p.serviceId),
      requiredPlanDisplayNames: requiredPlans.map((p) => p.displayName),
    };
  });
  index.replaceCatalog(indexed, new Map(plans.map((p) => [p.id, p.service_id])));
}

async function loadUsers(db: Db, index: EntitlementIndex, tenantId?: string): Promise<number> {
  let after: { tenant_id: string; id: string } | null = null;
  let count = 0;
  for (;;) {
    let q = db.selectFrom('users').select(['id', 'tenant_id', 'user_principal_name', 'display_name', 'enabled']);
    if (tenantId) q = q.where('tenant_id', '=', tenantId);
    if (after) {
      // A row comparison, which the (tenant_id, id) index (migration 007) serves as a range: every page costs the same.
      const { tenant_id, id } = after;
      q = q.where((eb) => eb(eb.refTuple('tenant_id', 'id'), '>', eb.tuple(tenant_id, id)));
    }
    const rows = await q.orderBy('tenant_id').orderBy('id').limit(PAGE).execute();
    let batchTenant: string | null = null;
    let batch: Parameters<EntitlementIndex['upsertUsers']>[1] = [];
    for (const row of rows) {
      if (row.tenant_id !== batchTenant) {
        if (batchTenant) index.upsertUsers(batchTenant, batch);
        batchTenant = row.tenant_id;
        batch = [];
      }
      batch.push({ userId: row.id, userPrincipalName: row.user_principal_name, displayName: row.display_name, enabled: row.enabled });
    }
    if (batchTenant) index.upsertUsers(batchTenant, batch);
    count += rows.length;
    if (rows.length < PAGE) return count;
    after = rows.at(-1)!;
    await yieldToEventLoop();
  }
}

async function loadProducts(db: Db, index: EntitlementIndex, tenantId?: string, planId?: string): Promise<void> {
  let products = db.selectFrom('products').select(['tenant_id', 'plan_id', 'state']).where('state', '<>', 'removed');
  if (tenantId) products = products.where('tenant_id', '=', tenantId);
  if (planId) products = products.where('plan_id', '=', planId);
  const states = new Map((await products.execute()).map((p) => [`${p.tenant_id}/${p.plan_id}`, p.state]));
  let after: { tenant_id: string; plan_id: string; user_id: string } | null = null;
  const seen = new Set<string>();
  for (;;) {
    let q = db.selectFrom('seat_holdings').select(['tenant_id', 'plan_id', 'user_id', 'state']);
    if (tenantId) q = q.where('tenant_id', '=', tenantId);
    if (planId) q = q.where('plan_id', '=', planId);
    if (after) {
      // A row comparison on the primary key (tenant_id, plan_id, user_id): an index range, not a rescan.
      const a = after;
      q = q.where((eb) => eb(eb.refTuple('tenant_id', 'plan_id', 'user_id'), '>', eb.tuple(a.tenant_id, a.plan_id, a.user_id)));
    }
    const rows = await q.orderBy('tenant_id').orderBy('plan_id').orderBy('user_id').limit(PAGE).execute();
    for (const row of rows) {
      const key = `${row.tenant_id}/${row.plan_id}`;
      const state = states.get(key);
      if (!state) continue;
      seen.add(key);
      index.addProductHolding(row.tenant_id, row.plan_id, state, row.user_id, row.state);
    }
    if (rows.length < PAGE) break;
    after = rows.at(-1)!;
    await yieldToEventLoop();
  }
  // Products nobody holds yet still need their state (a later assignment reads it).
  for (const [key, state] of states) {
    if (seen.has(key)) continue;
    const [tenant, plan] = key.split('/') as [string, string];
    index.addProductHoldings(tenant, plan, state, []);
  }
}

async function loadInstalls(db: Db, index: EntitlementIndex, tenantId?: string): Promise<void> {
  let q = db.selectFrom('installations').select(['tenant_id', 'offer_id']).distinct();
  if (tenantId) q = q.where('tenant_id', '=', tenantId);
  const byTenant = new Map<string, string[]>();
  for (const row of await q.execute()) byTenant.set(row.tenant_id, [...(byTenant.get(row.tenant_id) ?? []), row.offer_id]);
  if (tenantId && !byTenant.has(tenantId)) byTenant.set(tenantId, []);
  for (const [tenant, offers] of byTenant) index.replaceInstalls(tenant, offers);
}

/** Everything, at start. */
export async function loadEverything(db: Db, index: EntitlementIndex): Promise<{ users: number }> {
  await loadCatalog(db, index);
  const users = await loadUsers(db, index);
  await loadProducts(db, index);
  await loadInstalls(db, index);
  return { users };
}

/** Just what one change names. */
export async function applyChange(db: Db, index: EntitlementIndex, change: EntitlementChange): Promise<void> {
  switch (change.kind) {
    case 'credentials':
      return; // not the index's: the credential cache takes these (entitlements plugin)
    case 'catalog':
      return loadCatalog(db, index);
    case 'installs':
      return loadInstalls(db, index, change.tenantId);
    case 'product': {
      const product = await db
        .selectFrom('products')
        .select('state')
        .where('tenant_id', '=', change.tenantId)
        .where('plan_id', '=', change.planId)
        .executeTakeFirst();
      const holdings = await db
        .selectFrom('seat_holdings')
        .select(['user_id', 'state'])
        .where('tenant_id', '=', change.tenantId)
        .where('plan_id', '=', change.planId)
        .execute();
      const state = product && product.state !== 'removed' ? product.state : null;
      index.replaceProduct(change.tenantId, change.planId, state, holdings.map((h) => ({ userId: h.user_id, state: h.state })));
      return;
    }
    case 'users': {
      const rows = await db
        .selectFrom('users')
        .select(['id', 'user_principal_name', 'display_name', 'enabled'])
        .where('tenant_id', '=', change.tenantId)
        .where('id', 'in', change.userIds)
        .execute();
      index.upsertUsers(change.tenantId, rows.map((r) => ({ userId: r.id, userPrincipalName: r.user_principal_name, displayName: r.display_name, enabled: r.enabled })));
      const found = new Set(rows.map((r) => r.id));
      index.removeUsers(change.tenantId, change.userIds.filter((id) => !found.has(id)));
      return;
    }
    case 'tenant': {
      const scratch = index.scratch();
      const exists = await db.selectFrom('tenants').select('id').where('id', '=', change.tenantId).executeTakeFirst();
      if (exists) {
        await loadUsers(db, scratch, change.tenantId);
        await loadProducts(db, scratch, change.tenantId);
        await loadInstalls(db, scratch, change.tenantId);
      }
      index.adoptTenant(change.tenantId, scratch);
      return;
    }
  }
}
