import type { TenantScope } from '../../policies/tenantScope.js';
import type { ProgramStatus } from '../schema.js';
import type { Db, Tx } from '../transaction.js';

/** A publisher's standing in the partner program: what its program page and the operator's review show. */
export interface ProgramRecord {
  tenantId: string;
  tenantName: string;
  primaryDomain: string;
  country: string;
  isPublisher: boolean;
  publisherId: string | null;
  partnerId: string | null;
  marketplaceEnrolled: boolean;
  programStatus: ProgramStatus;
  decisionReason: string | null;
  appliedAt: Date | null;
  decidedAt: Date | null;
}

function baseQuery(db: Db | Tx) {
  return db
    .selectFrom('tenants')
    .select([
      'id',
      'display_name',
      'primary_domain',
      'country',
      'is_publisher',
      'publisher_id',
      'partner_id',
      'marketplace_enrolled',
      'program_status',
      'program_decision_reason',
      'program_applied_at',
      'program_decided_at',
    ]);
}

type ProgramRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: ProgramRow): ProgramRecord => ({
  tenantId: row.id,
  tenantName: row.display_name,
  primaryDomain: row.primary_domain,
  country: row.country,
  isPublisher: row.is_publisher,
  publisherId: row.publisher_id,
  partnerId: row.partner_id,
  marketplaceEnrolled: row.marketplace_enrolled,
  programStatus: row.program_status,
  decisionReason: row.program_decision_reason,
  appliedAt: row.program_applied_at,
  decidedAt: row.program_decided_at,
});

/** The caller's own standing. */
export async function getProgram(db: Db | Tx, scope: TenantScope): Promise<ProgramRecord> {
  return toRecord(await baseQuery(db).where('id', '=', scope.tenantId).executeTakeFirstOrThrow());
}

export type ApplicationFilter = ProgramStatus | 'all';

/** Platform-wide reads for the operator console; only operator routes call them. */
export const operatorProgramQueries = {
  async find(db: Db | Tx, tenantId: string): Promise<ProgramRecord | null> {
    const row = await baseQuery(db).where('id', '=', tenantId).where('is_publisher', '=', true).executeTakeFirst();
    return row ? toRecord(row) : null;
  },
  /** Applications, oldest pending first; "all" means every publisher that has applied at least once. */
  async list(db: Db, query: { status: ApplicationFilter; limit: number; offset: number }) {
    let q = baseQuery(db).where('is_publisher', '=', true);
    q = query.status === 'all' ? q.where('program_status', '<>', 'not_enrolled') : q.where('program_status', '=', query.status);
    const [rows, total] = await Promise.all([
      q.orderBy('program_applied_at', 'asc').orderBy('display_name').limit(query.limit).offset(query.offset).execute(),
      q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    ]);
    return { items: rows.map(toRecord), total: Number(total.count) };
  },
};
