import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db, Tx } from '../transaction.js';

export interface TenantRecord {
  id: string;
  displayName: string;
  primaryDomain: string;
  country: string;
  /** What the tenant is to the platform: the operator's own, a publisher (which can also buy), or a customer. */
  kind: 'operator' | 'publisher' | 'customer';
  isPublisher: boolean;
  partnerId: string | null;
  programStatus: 'not_enrolled' | 'pending' | 'approved' | 'declined';
  programDecisionReason: string | null;
  userCount: number;
  groupCount: number;
  /** Admins must sign in with a second factor (set by the tenant's Global admin). */
  requireMfaForAdmins: boolean;
  createdAt: Date;
}

function baseQuery(db: Db | Tx) {
  return db
    .selectFrom('tenants')
    .selectAll('tenants')
    .select((eb) => [
      eb.selectFrom('users').select((e) => e.fn.countAll<number>().as('c')).whereRef('users.tenant_id', '=', 'tenants.id').as('user_count'),
      eb.selectFrom('groups').select((e) => e.fn.countAll<number>().as('c')).whereRef('groups.tenant_id', '=', 'tenants.id').as('group_count'),
    ]);
}

type TenantRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: TenantRow): TenantRecord => ({
  id: row.id,
  displayName: row.display_name,
  primaryDomain: row.primary_domain,
  country: row.country,
  kind: row.kind === 'operator' ? 'operator' : row.is_publisher ? 'publisher' : 'customer',
  isPublisher: row.is_publisher,
  partnerId: row.partner_id,
  programStatus: row.program_status,
  programDecisionReason: row.program_decision_reason,
  userCount: Number(row.user_count ?? 0),
  groupCount: Number(row.group_count ?? 0),
  requireMfaForAdmins: row.require_mfa_for_admins,
  createdAt: row.created_at,
});

/** The caller's own tenant. */
export async function getOwnTenant(db: Db | Tx, scope: TenantScope): Promise<TenantRecord> {
  return toRecord(await baseQuery(db).where('tenants.id', '=', scope.tenantId).executeTakeFirstOrThrow());
}

/**
 * Platform-wide reads, for the operator console only: the operator policies
 * guard every route that calls them.
 */
export const operatorTenantQueries = {
  async find(db: Db | Tx, tenantId: string): Promise<TenantRecord | null> {
    const row = await baseQuery(db).where('tenants.id', '=', tenantId).executeTakeFirst();
    return row ? toRecord(row) : null;
  },
  async list(
    db: Db,
    query: { search?: string | undefined; publishersOnly?: boolean | undefined; limit: number; offset: number },
  ) {
    let q = baseQuery(db);
    if (query.search) {
      const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      q = q.where((eb) =>
        eb.or([eb(sql`lower(tenants.display_name)`, 'like', pattern), eb(sql`lower(tenants.primary_domain)`, 'like', pattern)]),
      );
    }
    if (query.publishersOnly) q = q.where('tenants.is_publisher', '=', true);
    const [rows, total] = await Promise.all([
      q.orderBy('tenants.display_name').limit(query.limit).offset(query.offset).execute(),
      q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toRecord), total: total.count };
  },
};
