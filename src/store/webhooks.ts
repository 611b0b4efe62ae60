import { sql } from 'kysely';
import type { TenantScope } from '../policies/tenantScope.js';
import type { Db, Tx } from './transaction.js';

/** A publisher's webhook endpoints and their delivery log (migration 015). Every query takes the tenant. */

const ENDPOINT_COLUMNS = [
  'id',
  'tenant_id',
  'url',
  'description',
  'event_types',
  'enabled',
  'cursor',
  'paused_at',
  'paused_reason',
  'previous_secret_until',
  'offer_id',
  'created_at',
  'updated_at',
] as const;

/** The endpoints with the offer they are limited to (its offer ID and name), if any. */
const endpoints = (db: Db | Tx, scope: TenantScope) =>
  db
    .selectFrom('webhook_endpoints')
    .leftJoin('offers', 'offers.id', 'webhook_endpoints.offer_id')
    .select(ENDPOINT_COLUMNS.map((c) => `webhook_endpoints.${c}` as const))
    .select(['offers.offer_id as offer_key', 'offers.name as offer_name'])
    .where('webhook_endpoints.tenant_id', '=', scope.tenantId);

export async function listWebhookEndpoints(db: Db | Tx, scope: TenantScope) {
  return endpoints(db, scope).orderBy('webhook_endpoints.created_at').orderBy('webhook_endpoints.id').execute();
}

export async function findWebhookEndpoint(db: Db | Tx, scope: TenantScope, id: string) {
  return endpoints(db, scope).where('webhook_endpoints.id', '=', id).executeTakeFirst();
}

export type WebhookEndpointRow = NonNullable<Awaited<ReturnType<typeof findWebhookEndpoint>>>;

/** How the endpoint's queue stands, for its page. */
export async function webhookQueueState(db: Db | Tx, endpointId: string) {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => [eb.fn.countAll<string>().as('pending'), eb.fn.min('next_attempt_at').as('next_attempt_at')])
    .where('endpoint_id', '=', endpointId)
    .where('state', '=', 'pending')
    .executeTakeFirstOrThrow();
  return { pending: Number(row.pending), nextAttemptAt: row.next_attempt_at as Date | null };
}

/** The endpoint's deliveries, newest first, with their attempts. */
export async function listWebhookDeliveries(db: Db | Tx, endpointId: string, query: { limit: number; before?: string | undefined; state?: string | undefined }) {
  let q = db
    .selectFrom('webhook_deliveries')
    .select(['id', 'message_id', 'event_type', 'revision', 'state', 'attempts', 'next_attempt_at', 'last_status', 'last_error', 'created_at', 'updated_at'])
    .where('endpoint_id', '=', endpointId);
  if (query.before) q = q.where('id', '<', query.before);
  if (query.state) q = q.where('state', '=', query.state as 'pending');
  const deliveries = await q.orderBy('id', 'desc').limit(query.limit).execute();
  const attempts = deliveries.length
    ? await db
        .selectFrom('webhook_delivery_attempts')
        .select(['delivery_id', 'attempt', 'at', 'status_code', 'error', 'duration_ms'])
        .where(
          'delivery_id',
          'in',
          deliveries.map((d) => String(d.id)),
        )
        .orderBy('delivery_id')
        .orderBy('attempt')
        .execute()
    : [];
  return deliveries.map((d) => ({ ...d, id: String(d.id), attemptLog: attempts.filter((a) => String(a.delivery_id) === String(d.id)) }));
}

/**
 * How many enabled endpoints of the publisher take this offer's leads
 * (`lead.created`, for the offer or for every offer): a new lead is then
 * "retrying" until one delivers it, else it stays in the inbox only.
 */
export async function leadEndpointCount(db: Db | Tx, publisherTenantId: string, offerId: string): Promise<number> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('tenant_id', '=', publisherTenantId)
    .where('enabled', '=', true)
    .where(sql<boolean>`event_types @> '["lead.created"]'::jsonb`)
    .where((eb) => eb.or([eb('offer_id', 'is', null), eb('offer_id', '=', offerId)]))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
