import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { offerSlug } from '../domain/marketplace/slug.js';
import { nextAttemptAfter, signPayload, SIGNATURE_HEADER } from '../domain/marketplace/webhook.js';
import { describeDeliveryError, postToWebhook, type Resolver } from './webhookRequest.js';
import { periodicJob } from './periodicJob.js';
import { inTransaction } from '../store/transaction.js';

/**
 * Lead webhooks, from the outbox (lead_deliveries) that Contact me fills in
 * the lead's own transaction. Each run claims the due deliveries for a short
 * lease (so two servers never send the same one at once, and a server that
 * dies mid-attempt only delays it), POSTs each lead signed with the offer's
 * current webhook secret, logs the attempt, and schedules a retry with
 * backoff or gives up after the last one. The lead stays in the publisher's
 * inbox whatever happens. Receivers should expect a lead more than once
 * (at-least-once) and deduplicate by its id.
 */

export const DELIVERY_TIMEOUT_MS = 5_000;
/** How long a claimed delivery is left alone before another run may try it. */
const LEASE_MS = 2 * 60_000;
const BATCH = 20;

export interface DeliveryRun {
  attempted: number;
  delivered: number;
  failed: number;
}

export interface DeliveryOptions {
  timeoutMs?: number;
  /** Defaults to the LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS setting. */
  privateNetworks?: boolean;
  /** How host names are resolved (DNS by default). */
  resolve?: Resolver;
}

export async function runLeadDelivery(app: FastifyInstance, options: DeliveryOptions = {}): Promise<DeliveryRun> {
  const run: DeliveryRun = { attempted: 0, delivered: 0, failed: 0 };
  for (;;) {
    const now = app.clock.now();
    const claimed = await inTransaction(app.db, async (tx) => {
      const due = await tx
        .selectFrom('lead_deliveries')
        .select('lead_id')
        .where('state', '=', 'pending')
        .where('next_attempt_at', '<=', now)
        .orderBy('next_attempt_at')
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      if (!due.length) return [];
      const ids = due.map((d) => d.lead_id);
      await tx.updateTable('lead_deliveries').set({ next_attempt_at: new Date(now.getTime() + LEASE_MS), updated_at: now }).where('lead_id', 'in', ids).execute();
      return ids;
    });
    for (const leadId of claimed) {
      const outcome = await attempt(app, leadId, options.timeoutMs ?? DELIVERY_TIMEOUT_MS, options.privateNetworks ?? app.config.webhooksToPrivateNetworks, options.resolve);
      if (!outcome) continue;
      run.attempted++;
      if (outcome === 'delivered') run.delivered++;
      if (outcome === 'failed') run.failed++;
    }
    if (claimed.length < BATCH) return run;
  }
}

async function attempt(app: FastifyInstance, leadId: string, timeoutMs: number, privateNetworks: boolean, resolve: Resolver | undefined): Promise<'delivered' | 'retrying' | 'failed' | null> {
  const lead = await app.db
    .selectFrom('leads')
    .innerJoin('offers', 'offers.id', 'leads.offer_id')
    .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
    .innerJoin('lead_deliveries', 'lead_deliveries.lead_id', 'leads.id')
    .select([
      'leads.id',
      'leads.name',
      'leads.email',
      'leads.company',
      'leads.country',
      'leads.phone',
      'leads.message',
      'leads.received_at',
      'offers.offer_id',
      'offers.name as offer_name',
      'offers.lead_destination',
      'tenants.publisher_id',
      'lead_deliveries.attempts',
      'lead_deliveries.state',
    ])
    .where('leads.id', '=', leadId)
    .executeTakeFirst();
  if (!lead || lead.state !== 'pending') return null;
  const at = app.clock.now();
  const number = lead.attempts + 1;
  const destination = lead.lead_destination;
  let url = '';
  let statusCode: number | null = null;
  let error: string | null = null;
  if (destination.kind !== 'webhook') {
    error = "The offer's lead destination is no longer a webhook; the lead is in the Partner Center inbox";
  } else {
    url = destination.url;
    const body = JSON.stringify({
      id: lead.id,
      offer: { slug: offerSlug({ publisherId: lead.publisher_id ?? '', offerId: lead.offer_id }), offerId: lead.offer_id, name: lead.offer_name },
      name: lead.name,
      email: lead.email,
      company: lead.company,
      country: lead.country,
      phone: lead.phone || null,
      message: lead.message,
      receivedAt: lead.received_at.toISOString(),
    });
    try {
      statusCode = await postToWebhook(url, {
        privateNetworks,
        timeoutMs,
        ...(resolve ? { resolve } : {}),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'LicenseHub-Leads/1',
          'licensehub-lead-id': lead.id,
          'licensehub-attempt': String(number),
          [SIGNATURE_HEADER]: signPayload(destination.secret, Math.floor(at.getTime() / 1000), body),
        },
        body,
      });
      if (statusCode < 200 || statusCode > 299) error = `The webhook answered HTTP ${statusCode}; a 2xx status means delivered`;
    } catch (caught) {
      error = describeDeliveryError(caught, timeoutMs);
    }
  }
  const delivered = error === null;
  const next = delivered || destination.kind !== 'webhook' ? null : nextAttemptAfter(number, at);
  const outcome = delivered ? 'delivered' : next ? 'retrying' : 'failed';
  await inTransaction(app.db, async (tx) => {
    const updated = await tx
      .updateTable('lead_deliveries')
      .set({ attempts: number, state: outcome === 'retrying' ? 'pending' : outcome, next_attempt_at: next, updated_at: at })
      .where('lead_id', '=', lead.id)
      .where('state', '=', 'pending')
      .where('attempts', '=', lead.attempts)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) return;
    await tx.insertInto('lead_delivery_attempts').values({ lead_id: lead.id, attempt: number, at, url, status_code: statusCode, error, next_attempt_at: next }).execute();
    await tx.updateTable('leads').set({ delivery: outcome === 'retrying' ? 'pending' : outcome }).where('id', '=', lead.id).execute();
  });
  if (!delivered) app.log.warn({ leadId: lead.id, attempt: number, statusCode, error, nextAttemptAt: next }, 'lead webhook delivery failed');
  return outcome;
}

/** Deliveries still waiting (for the operator's health view and tests). */
export async function pendingDeliveries(app: FastifyInstance): Promise<number> {
  const row = await app.db.selectFrom('lead_deliveries').select(sql<number>`count(*)`.as('count')).where('state', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.count);
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Present when the delivery job runs in this server: Contact me asks it to look at the outbox at once. */
    leadDelivery?: { kick(): void };
  }
}

/**
 * Runs the delivery job every LICENSEHUB_LEAD_DELIVERY_INTERVAL_SECONDS
 * (default 5; 0 turns the timer off) and whenever a lead with a webhook
 * arrives. One run at a time per server; closing waits for the run in progress.
 */
export const leadDeliveryPlugin = fp(
  async (app, options: { intervalSeconds?: number }) => {
    const seconds = options.intervalSeconds ?? Number(process.env.LICENSEHUB_LEAD_DELIVERY_INTERVAL_SECONDS ?? 5);
    if (!Number.isFinite(seconds) || seconds <= 0) return;
    const job = periodicJob(app, {
      name: 'lead delivery',
      intervalSeconds: seconds,
      run: async () => {
        const run = await runLeadDelivery(app);
        if (run.attempted) app.log.info(run, 'lead webhooks attempted');
      },
    });
    app.decorate('leadDelivery', job);
  },
  { name: 'lead-delivery', dependencies: ['services'] },
);
