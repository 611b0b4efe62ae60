import { sql } from 'kysely';
import { claimDueDeliveries } from '../commands/leads/claimDueDeliveries.js';
import { recordDeliveryAttempt } from '../commands/leads/recordDeliveryAttempt.js';
import { runUseCase } from '../commands/runUseCase.js';
import { offerSlug } from '../domain/marketplace/slug.js';
import { nextAttemptAfter, signPayload, SIGNATURE_HEADER } from '../domain/marketplace/webhook.js';
import { postToWebhook, RefusedAddress, UnresolvedHost, type Resolver } from './webhookRequest.js';
import type { BackgroundJob, JobServices } from './backgroundJob.js';

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

export async function runLeadDelivery(app: JobServices, options: DeliveryOptions = {}): Promise<DeliveryRun> {
  const run: DeliveryRun = { attempted: 0, delivered: 0, failed: 0 };
  for (;;) {
    const now = app.clock.now();
    const claimed = await runUseCase(app, 'system', (ctx) => claimDueDeliveries(ctx, { limit: BATCH, leaseMs: LEASE_MS }), { now });
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

async function attempt(app: JobServices, leadId: string, timeoutMs: number, privateNetworks: boolean, resolve: Resolver | undefined): Promise<'delivered' | 'retrying' | 'failed' | null> {
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
      error = describeFetchError(caught, timeoutMs);
    }
  }
  const delivered = error === null;
  const next = delivered || destination.kind !== 'webhook' ? null : nextAttemptAfter(number, at);
  const outcome = delivered ? 'delivered' : next ? 'retrying' : 'failed';
  await runUseCase(
    app,
    'system',
    (ctx) => recordDeliveryAttempt(ctx, { leadId: lead.id, attempt: number, url, statusCode, error, outcome, nextAttemptAt: next }),
    { now: at },
  );
  if (!delivered) app.log.warn({ leadId: lead.id, attempt: number, statusCode, error, nextAttemptAt: next }, 'lead webhook delivery failed');
  return outcome;
}

/**
 * What the publisher's delivery log says. Never the addresses a name resolved
 * to or the connection's own message (which names them): only what failed.
 */
function describeFetchError(caught: unknown, timeoutMs: number): string {
  if (caught instanceof RefusedAddress || caught instanceof UnresolvedHost) return caught.message;
  const error = caught as { name?: string; code?: string };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `No answer within ${timeoutMs / 1000} seconds`;
  return `Could not reach the webhook${error.code ? ` (${error.code})` : ''}`;
}

/** Deliveries still waiting (for the operator's health view and tests). */
export async function pendingDeliveries(app: Pick<JobServices, 'db'>): Promise<number> {
  const row = await app.db.selectFrom('lead_deliveries').select(sql<number>`count(*)`.as('count')).where('state', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Every LICENSEHUB_LEAD_DELIVERY_INTERVAL_SECONDS (default 5; 0 turns the timer
 * off), and at once when a lead with a webhook arrives (the marketplace route
 * kicks it). Runs in the server process (tests drive runLeadDelivery themselves).
 */
export const leadDeliveryJob: BackgroundJob<DeliveryRun> = {
  name: 'lead-delivery',
  intervalSeconds: (config) => config.leadDeliveryIntervalSeconds,
  run: (services) => runLeadDelivery(services),
  describe: (run) => (run.attempted ? 'lead webhooks attempted' : null),
};
