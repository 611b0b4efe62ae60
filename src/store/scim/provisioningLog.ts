import { sql } from 'kysely';
import type { Db } from '../transaction.js';

export interface ProvisioningEntry {
  tenantId: string;
  tokenId: string | null;
  method: string;
  path: string;
  resourceType: string | null;
  resourceId: string | null;
  status: number;
  outcome: string;
  durationMs: number;
  at: Date;
}

/** How many operations the log keeps per tenant; older ones are dropped as new ones arrive. */
export const PROVISIONING_LOG_KEEP = 5000;

/**
 * One row per SCIM request, written after the answer is decided (outside the
 * request's transaction, so refused and failed requests are logged too).
 * Every hundredth write trims the tenant's log to the newest rows.
 */
export async function recordProvisioning(db: Db, entry: ProvisioningEntry): Promise<void> {
  const inserted = await db
    .insertInto('scim_operations')
    .values({
      tenant_id: entry.tenantId,
      token_id: entry.tokenId,
      method: entry.method,
      path: entry.path.slice(0, 500),
      resource_type: entry.resourceType,
      resource_id: entry.resourceId,
      status: entry.status,
      outcome: entry.outcome.slice(0, 1000),
      duration_ms: Math.round(entry.durationMs),
      occurred_at: entry.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (Number(inserted.id) % 100 === 0) {
    await sql`delete from scim_operations where tenant_id = ${entry.tenantId} and id < (
      select id from scim_operations where tenant_id = ${entry.tenantId} order by id desc offset ${PROVISIONING_LOG_KEEP} limit 1)`.execute(db);
  }
}

export async function listProvisioning(db: Db, tenantId: string, query: { limit: number; offset: number; failedOnly?: boolean | undefined }) {
  let q = db.selectFrom('scim_operations').where('tenant_id', '=', tenantId);
  if (query.failedOnly) q = q.where('status', '>=', 400);
  const [items, total] = await Promise.all([
    q
      .select(['id', 'token_id', 'method', 'path', 'resource_type', 'resource_id', 'status', 'outcome', 'duration_ms', 'occurred_at'])
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.count) };
}
