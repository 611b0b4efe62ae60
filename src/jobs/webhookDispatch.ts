import { Webhook } from 'standardwebhooks';
import { toCloudEvent } from '../domain/events/cloudEvent.js';
import { isDelivered, nextTryAfter, type RetryPolicy } from '../domain/events/webhookSchedule.js';
import { secretPurpose } from '../domain/events/webhookEndpoint.js';
import { LEGACY_SIGNATURE_HEADER, LEGACY_SIGNED_TYPES, secretFromLegacy, secretKey, signLegacy } from '../domain/events/legacyLeadSignature.js';
import { latestRevision, listLicenseEvents } from '../store/changeFeed.js';
import type { Selectable } from 'kysely';
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from '../store/schema.js';
import { inTransaction, type Tx } from '../store/transaction.js';
import type { BackgroundJob, JobServices } from './backgroundJob.js';
import { describeDeliveryError, postToWebhook, type Resolver } from './webhookRequest.js';

/**
 * The webhook dispatcher: hands the change feed to publishers' endpoints.
 *
 * Each run claims endpoints with FOR UPDATE SKIP LOCKED and a lease
 * (`lease_until`), so of several servers exactly one works an endpoint at a
 * time, and a server that dies mid-run only delays it. For each endpoint:
 *
 *   - while its queue is empty, it reads the feed after the endpoint's
 *     cursor (the publisher's events of the chosen types, up to the latest
 *     committed revision, which revisions' in-order commit makes safe) and
 *     turns them into deliveries, moving the cursor in the same transaction;
 *   - it sends the queue's head, and only the head: one delivery in flight
 *     per endpoint, in revision order. A 2xx answer delivers it; anything
 *     else schedules the next try with exponential backoff, and the queue
 *     waits behind it. After the last try the delivery is parked and the
 *     endpoint paused, until the publisher re-sends or turns it on again.
 *
 * Delivery is at least once: a receiver deduplicates by `webhook-id` (the
 * event's id, the same on every retry and replay). Each body is a CloudEvent
 * signed per Standard Webhooks with the endpoint's secret (and the previous
 * one for a day after a rotation).
 *
 * An endpoint with an offer takes only the events that name that offer
 * (`data.offerId`, the offer's GUID). Contact me leads are `lead.created` events: their
 * deliveries also carry the old `LicenseHub-Signature` header (deprecated)
 * and set the lead's delivery state in Partner Center → Leads.
 */

const LEASE_MS = 2 * 60_000;
const ENDPOINTS_PER_CLAIM = 20;
const EVENTS_PER_FILL = 200;

export interface DispatchRun {
  attempted: number;
  delivered: number;
  failed: number;
  parked: number;
}

export interface DispatchOptions {
  /** Defaults to the LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS setting. */
  privateNetworks?: boolean;
  resolve?: Resolver;
  /** The time a signature carries (the wall clock; tests may pin it). */
  signingTime?: () => Date;
}

type Endpoint = Selectable<WebhookEndpointsTable>;
type Delivery = Selectable<WebhookDeliveriesTable>;

export async function runWebhookDispatch(app: JobServices, options: DispatchOptions = {}): Promise<DispatchRun> {
  const run: DispatchRun = { attempted: 0, delivered: 0, failed: 0, parked: 0 };
  await sealSecretsInClear(app);
  let afterId = '';
  for (;;) {
    const now = app.clock.now();
    const claimed = await inTransaction(app.db, async (tx) => {
      const due = await tx
        .selectFrom('webhook_endpoints')
        .selectAll()
        .where('enabled', '=', true)
        .where('paused_at', 'is', null)
        .where('secret_sealed', 'is not', null)
        .where('id', '>', afterId || '00000000-0000-0000-0000-000000000000')
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
        .orderBy('id')
        .limit(ENDPOINTS_PER_CLAIM)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length) {
        await tx
          .updateTable('webhook_endpoints')
          .set({ lease_until: new Date(now.getTime() + LEASE_MS) })
          .where(
            'id',
            'in',
            due.map((e) => e.id),
          )
          .execute();
      }
      return due;
    });
    for (const endpoint of claimed) {
      try {
        await workEndpoint(app, endpoint, run, options);
      } finally {
        await app.db.updateTable('webhook_endpoints').set({ lease_until: null }).where('id', '=', endpoint.id).execute();
      }
    }
    if (claimed.length < ENDPOINTS_PER_CLAIM) return run;
    afterId = claimed.at(-1)!.id;
  }
}

async function workEndpoint(app: JobServices, endpoint: Endpoint, run: DispatchRun, options: DispatchOptions): Promise<void> {
  const started = Date.now();
  const policy: RetryPolicy = { baseSeconds: app.config.webhooks.retryBaseSeconds, maxAttempts: app.config.webhooks.maxAttempts };
  let cursor = String(endpoint.cursor);
  // Stay well inside the lease: another server may take the endpoint once it runs out.
  while (Date.now() - started < LEASE_MS / 2) {
    const head = await app.db.selectFrom('webhook_deliveries').selectAll().where('endpoint_id', '=', endpoint.id).where('state', '=', 'pending').orderBy('id').limit(1).executeTakeFirst();
    if (!head) {
      const filled = await fill(app, endpoint, cursor);
      if (filled === null) return;
      cursor = filled;
      continue;
    }
    if (head.next_attempt_at && head.next_attempt_at > app.clock.now()) return;
    const outcome = await attempt(app, endpoint, head, policy, options);
    run.attempted++;
    if (outcome === 'delivered') run.delivered++;
    else {
      run.failed++;
      if (outcome === 'parked') run.parked++;
      return;
    }
  }
}

/**
 * Turns the feed after the cursor into deliveries; returns the new cursor,
 * or null when there was nothing new. Only revisions up to the latest
 * committed one are read, and a page never splits a revision, so the cursor
 * never passes an event it did not queue.
 */
async function fill(app: JobServices, endpoint: Endpoint, cursor: string): Promise<string | null> {
  const latest = await latestRevision(app.db);
  if (BigInt(latest) <= BigInt(cursor)) return null;
  const types = endpoint.event_types;
  const read = (await listLicenseEvents(app.db, { publisherTenantId: endpoint.tenant_id }, { after: cursor, types, limit: EVENTS_PER_FILL })).filter(
    (e) => BigInt(e.revision) <= BigInt(latest),
  );
  const next = read.length >= EVENTS_PER_FILL ? String(read.at(-1)!.revision) : latest;
  const offerGuid = endpoint.offer_id;
  const events = offerGuid === null ? read : read.filter((e) => namesOffer(e.data, offerGuid));
  const now = app.clock.now();
  const moved = await inTransaction(app.db, async (tx) => {
    // The cursor moves only from where this run read it: a replay meanwhile wins.
    const updated = await tx.updateTable('webhook_endpoints').set({ cursor: next }).where('id', '=', endpoint.id).where('cursor', '=', cursor).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return false;
    if (events.length) {
      await tx
        .insertInto('webhook_deliveries')
        .values(
          events.map((e) => ({
            endpoint_id: endpoint.id,
            message_id: e.id,
            event_type: e.type,
            revision: e.revision,
            subject: e.subject,
            body: JSON.stringify(toCloudEvent(e)),
            state: 'pending' as const,
            next_attempt_at: now,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    }
    return true;
  });
  if (!moved) {
    const current = await app.db.selectFrom('webhook_endpoints').select('cursor').where('id', '=', endpoint.id).executeTakeFirst();
    return current ? String(current.cursor) : null;
  }
  return next;
}

/** Whether an event's data names this offer: `offerId`, the offer's GUID (migration 022 made older events say so too). */
function namesOffer(data: unknown, offerGuid: string): boolean {
  return typeof data === 'object' && data !== null && 'offerId' in data && data.offerId === offerGuid;
}

/**
 * Seals the secrets migration 018 (or the demo) left in clear, before any
 * delivery: `whsec_` + base64 of the old secret's bytes, so its HMAC key,
 * and the receiver's check, stay the same.
 */
async function sealSecretsInClear(app: JobServices): Promise<void> {
  const clear = await app.db.selectFrom('webhook_endpoints').select(['id', 'secret_to_seal']).where('secret_to_seal', 'is not', null).execute();
  for (const row of clear) {
    await app.db
      .updateTable('webhook_endpoints')
      .set({ secret_sealed: app.secretBox.seal(secretFromLegacy(row.secret_to_seal!), secretPurpose(row.id)), secret_to_seal: null })
      .where('id', '=', row.id)
      .where('secret_to_seal', 'is not', null)
      .execute();
  }
}

const currentSecret = (app: JobServices, endpoint: Endpoint) => app.secretBox.open(endpoint.secret_sealed!, secretPurpose(endpoint.id));

/** The Standard Webhooks signature header: the current secret's, and the previous one's for a day after a rotation. */
function signatures(app: JobServices, endpoint: Endpoint, messageId: string, at: Date, body: string): string {
  const secrets = [currentSecret(app, endpoint)];
  if (endpoint.previous_secret_sealed && endpoint.previous_secret_until && endpoint.previous_secret_until > app.clock.now()) {
    secrets.push(app.secretBox.open(endpoint.previous_secret_sealed, secretPurpose(endpoint.id)));
  }
  return secrets.map((secret) => new Webhook(secret).sign(messageId, at, body)).join(' ');
}

async function attempt(app: JobServices, endpoint: Endpoint, delivery: Delivery, policy: RetryPolicy, options: DispatchOptions): Promise<'delivered' | 'retrying' | 'parked'> {
  const timeoutMs = app.config.webhooks.timeoutSeconds * 1000;
  const signedAt = options.signingTime?.() ?? new Date();
  const started = Date.now();
  let statusCode: number | null = null;
  let error: string | null = null;
  try {
    statusCode = await postToWebhook(endpoint.url, {
      privateNetworks: options.privateNetworks ?? app.config.webhooksToPrivateNetworks,
      timeoutMs,
      ...(options.resolve ? { resolve: options.resolve } : {}),
      headers: {
        'content-type': 'application/cloudevents+json; charset=utf-8',
        'user-agent': 'LicenseHub-Webhooks/1',
        'webhook-id': delivery.message_id,
        'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
        'webhook-signature': signatures(app, endpoint, delivery.message_id, signedAt, delivery.body),
        ...(LEGACY_SIGNED_TYPES.has(delivery.event_type)
          ? { [LEGACY_SIGNATURE_HEADER]: signLegacy(secretKey(currentSecret(app, endpoint)), Math.floor(signedAt.getTime() / 1000), delivery.body) }
          : {}),
      },
      body: delivery.body,
    });
    if (!isDelivered(statusCode)) error = `The endpoint answered HTTP ${statusCode}; a 2xx status means delivered`;
  } catch (caught) {
    error = describeDeliveryError(caught, timeoutMs);
  }
  const at = app.clock.now();
  const tries = delivery.tries + 1;
  const number = delivery.attempts + 1;
  const next = error === null ? null : nextTryAfter(tries, at, policy);
  const outcome = error === null ? 'delivered' : next ? 'retrying' : 'parked';
  await inTransaction(app.db, async (tx) => {
    const updated = await tx
      .updateTable('webhook_deliveries')
      .set({ state: outcome === 'retrying' ? 'pending' : outcome, attempts: number, tries, next_attempt_at: next, last_status: statusCode, last_error: error, updated_at: at })
      .where('id', '=', delivery.id)
      .where('attempts', '=', delivery.attempts)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return;
    await tx.insertInto('webhook_delivery_attempts').values({ delivery_id: delivery.id, attempt: number, at, status_code: statusCode, error, duration_ms: Date.now() - started }).execute();
    if (delivery.event_type === 'lead.created' && outcome !== 'retrying') await markLead(tx, delivery, outcome);
    if (outcome === 'parked') {
      await tx
        .updateTable('webhook_endpoints')
        .set({ paused_at: at, paused_reason: `Delivery ${delivery.message_id} failed ${tries} times (last: ${error}); re-send it or turn the endpoint on again to resume` })
        .where('id', '=', endpoint.id)
        .execute();
    }
  });
  if (error !== null) app.log.warn({ endpointId: endpoint.id, messageId: delivery.message_id, attempt: number, statusCode, error, nextAttemptAt: next }, 'webhook delivery failed');
  return outcome;
}

/**
 * What Partner Center → Leads shows: delivered once any endpoint answered
 * 2xx; failed when a delivery was parked and none has delivered it.
 */
async function markLead(tx: Tx, delivery: Delivery, outcome: 'delivered' | 'parked'): Promise<void> {
  const leadId = (JSON.parse(delivery.body) as { data?: { id?: unknown } }).data?.id;
  if (typeof leadId !== 'string') return;
  if (outcome === 'delivered') await tx.updateTable('leads').set({ delivery: 'delivered', delivery_note: null }).where('id', '=', leadId).execute();
  else await tx.updateTable('leads').set({ delivery: 'failed', delivery_note: null }).where('id', '=', leadId).where('delivery', '<>', 'delivered').execute();
}

/** Every LICENSEHUB_WEBHOOK_DISPATCH_INTERVAL_SECONDS (0: not in this server), and at once when kicked (a new endpoint, a test, a replay). */
export const webhookDispatchJob: BackgroundJob<DispatchRun> = {
  name: 'webhook-dispatch',
  intervalSeconds: (config) => config.webhooks.dispatchIntervalSeconds,
  run: (services) => runWebhookDispatch(services),
  describe: (run) => (run.failed ? 'webhook deliveries attempted' : null),
};
