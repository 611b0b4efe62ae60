import type { TenantScope } from '../policies/tenantScope.js';
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
        'users.id as user_id',
        'users.display_name',
        'users.user_principal_name',
        'offers.id as offer_id',
        'offers.name as offer_name',
      ])
      .orderBy('license_requests.created_at', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: total.count,
    items: rows.map((r) => ({
      id: r.id,
      user: { id: r.user_id, displayName: r.display_name, userPrincipalName: r.user_principal_name },
      appModule: r.app_module,
      offer: { id: r.offer_id, name: r.offer_name },
      message: r.message,
      status: r.status,
      createdAt: r.created_at.toISOString(),
      decidedAt: r.decided_at?.toISOString() ?? null,
      decisionNote: r.decision_note,
    })),
  };
}
