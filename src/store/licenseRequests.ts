import { approvalBlocker, productToApprove, type GrantingProduct } from '../domain/licenseRequests/grantingProducts.js';
import type { TenantScope } from '../policies/tenantScope.js';
import { grantingProducts } from './licenseRequestProducts.js';
import type { LicenseRequestStatus } from './schema.js';
import type { Db } from './transaction.js';

export async function listLicenseRequests(
  db: Db,
  scope: TenantScope,
  query: { status?: LicenseRequestStatus | undefined; userId?: string | undefined; limit: number; offset: number },
) {
  let q = db
    .selectFrom('license_requests')
    .innerJoin('users', 'users.id', 'license_requests.user_id')
    .innerJoin('offers', 'offers.id', 'license_requests.offer_id')
    .leftJoin('app_modules', (join) => join.onRef('app_modules.offer_id', '=', 'license_requests.offer_id').onRef('app_modules.unique_name', '=', 'license_requests.app_module'))
    .leftJoin('plans as assigned_plan', 'assigned_plan.id', 'license_requests.plan_id')
    .leftJoin('users as decider', 'decider.id', 'license_requests.decided_by')
    .where('license_requests.tenant_id', '=', scope.tenantId);
  if (query.status) q = q.where('license_requests.status', '=', query.status);
  if (query.userId) q = q.where('license_requests.user_id', '=', query.userId);
  const [rows, total] = await Promise.all([
    q
      .select([
        'license_requests.id',
        'license_requests.app_module',
        'license_requests.message',
        'license_requests.status',
        'license_requests.created_at',
        'license_requests.decided_at',
        'license_requests.decision_note',
        'license_requests.decided_via',
        'decider.id as decider_id',
        'decider.display_name as decider_name',
        'users.id as user_id',
        'users.display_name',
        'users.user_principal_name',
        'offers.id as offer_id',
        'offers.name as offer_name',
        'app_modules.display_name as app_name',
        'license_requests.plan_id',
        'assigned_plan.name as assigned_plan_name',
      ])
      .orderBy('license_requests.created_at', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const productsFor = await grantingProducts(db, scope.tenantId, rows.map((r) => ({ offerId: r.offer_id, appModule: r.app_module })));
  return {
    total: total.count,
    items: rows.map((r) => {
      const appName = r.app_name ?? r.offer_name;
      const products = productsFor({ offerId: r.offer_id, appModule: r.app_module });
      const pending = r.status === 'pending';
      return {
        id: r.id,
        user: { id: r.user_id, displayName: r.display_name, userPrincipalName: r.user_principal_name },
        appModule: r.app_module,
        appName,
        offer: { id: r.offer_id, name: r.offer_name },
        plan: pending ? planToShow(products) : assignedPlan(r.plan_id, r.assigned_plan_name, products),
        products: products.map((p) => ({ id: p.planId, name: p.name, freeSeats: p.freeSeats, waitingRoom: p.waitingRoom })),
        cannotApproveReason: pending ? approvalBlocker(appName, products) : null,
        message: r.message,
        status: r.status,
        createdAt: r.created_at.toISOString(),
        decidedAt: r.decided_at?.toISOString() ?? null,
        decidedBy: r.decided_via ? { kind: r.decided_via, user: r.decider_id && r.decider_name !== null ? { id: r.decider_id, displayName: r.decider_name } : null } : null,
        decisionNote: r.decision_note,
      };
    }),
  };
}

/** A pending request shows the product approving would assign, or (no seat free) the first that grants the app. */
function planToShow(products: readonly GrantingProduct[]) {
  const product = productToApprove(products) ?? products[0];
  return product ? { id: product.planId, name: product.name, freeSeats: product.freeSeats } : null;
}

/** An approved request shows the product it assigned (its free seats now; 0 once it is no longer held). */
function assignedPlan(planId: string | null, name: string | null, products: readonly GrantingProduct[]) {
  if (!planId || name === null) return null;
  return { id: planId, name, freeSeats: products.find((p) => p.planId === planId)?.freeSeats ?? 0 };
}
