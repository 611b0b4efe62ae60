import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql, type Kysely } from 'kysely';
import { Webhook } from 'standardwebhooks';
import { resendWebhookDelivery } from '../src/commands/webhooks/resendWebhookDelivery.js';
import { runUseCase } from '../src/commands/runUseCase.js';
import { toCloudEvent, type CloudEvent } from '../src/domain/events/cloudEvent.js';
import { secretFromLegacy, verifyLegacy } from '../src/domain/events/legacyLeadSignature.js';
import { runWebhookDispatch } from '../src/jobs/webhookDispatch.js';
import { grantTenantScope } from '../src/policies/tenantScope.js';
import { createTestApp, type TestApp } from './support/testApp.js';
import { findLead } from '../src/store/marketplace/leads.js';

/**
 * Migration 018 on a database written by the previous version: offers with
 * lead webhooks, leads delivered, waiting and given up. Runs on PGlite, and
 * on PostgreSQL with TEST_DATABASE_URL.
 */

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

async function startReceiver() {
  const received: Received[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/leads`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const SECRET_A = 'old-secret-of-offer-a';
const SECRET_B = 'old-secret-of-offer-b-ü';
const ids = {
  publisher: randomUUID(),
  offerA: randomUUID(),
  offerB: randomUUID(),
  inboxOffer: randomUUID(),
  delivered: randomUUID(),
  waiting: randomUUID(),
  givenUp: randomUUID(),
  waitingB: randomUUID(),
  stale: randomUUID(),
};
const receivedAt = new Date('2026-11-20T09:30:00.123Z');

/** The old schema's data: written at migration 017, as the previous version did. */
async function seed(db: Kysely<any>, urls: { a: string; b: string }) {
  await sql`insert into tenants (id, display_name, primary_domain, country, is_publisher, publisher_id) values (${ids.publisher}, 'Fabrikam', 'fabrikam-migration.example', 'US', true, 'fabmig')`.execute(db);
  const offer = (id: string, key: string, destination: unknown) =>
    sql`insert into offers (id, tenant_id, offer_id, name, status, lead_destination) values (${id}, ${ids.publisher}, ${key}, ${`Offer ${key}`}, 'published', ${JSON.stringify(destination)}::jsonb)`.execute(db);
  await offer(ids.offerA, 'alpha', { kind: 'webhook', url: urls.a, secret: SECRET_A });
  await offer(ids.offerB, 'beta', { kind: 'webhook', url: urls.b, secret: SECRET_B });
  await offer(ids.inboxOffer, 'gamma', { kind: 'inbox' });
  const lead = (id: string, offerId: string, name: string, delivery: string, minutes: number) =>
    sql`insert into leads (id, publisher_tenant_id, offer_id, name, email, company, country, phone, message, consent, delivery, visitor_key, received_at, updated_at)
        values (${id}, ${ids.publisher}, ${offerId}, ${name}, 'megan@contoso.example', 'Contoso', 'US', ${minutes === 0 ? '+1 425 555 0100' : ''}, 'Call me', true, ${delivery}, 'k', ${new Date(receivedAt.getTime() + minutes * 60_000)}, now())`.execute(db);
  await lead(ids.delivered, ids.offerA, 'Delivered Dana', 'delivered', 0);
  await lead(ids.waiting, ids.offerA, 'Waiting Walt', 'pending', 1);
  await lead(ids.givenUp, ids.offerA, 'Given-up Gus', 'failed', 2);
  await lead(ids.waitingB, ids.offerB, 'Waiting Bea', 'pending', 3);
  await lead(ids.stale, ids.inboxOffer, 'Stale Sam', 'pending', 4);
  const outbox = (leadId: string, state: string, attempts: number) =>
    sql`insert into lead_deliveries (lead_id, publisher_tenant_id, state, attempts, next_attempt_at, created_at, updated_at) values (${leadId}, ${ids.publisher}, ${state}, ${attempts}, now(), now(), now())`.execute(db);
  await outbox(ids.delivered, 'delivered', 1);
  await outbox(ids.waiting, 'pending', 1);
  await outbox(ids.givenUp, 'failed', 2);
  await outbox(ids.waitingB, 'pending', 0);
  await outbox(ids.stale, 'pending', 0);
  const attempt = (leadId: string, n: number, status: number | null, error: string | null) =>
    sql`insert into lead_delivery_attempts (lead_id, attempt, at, url, status_code, error) values (${leadId}, ${n}, ${new Date(receivedAt.getTime() + n * 60_000)}, ${urls.a}, ${status}, ${error})`.execute(db);
  await attempt(ids.delivered, 1, 200, null);
  await attempt(ids.waiting, 1, 503, 'The webhook answered HTTP 503; a 2xx status means delivered');
  await attempt(ids.givenUp, 1, 500, 'The webhook answered HTTP 500; a 2xx status means delivered');
  await attempt(ids.givenUp, 2, null, 'Could not reach the webhook (ECONNREFUSED)');
}

describe('migration 018: lead webhooks become webhook endpoints, no lead lost', () => {
  let t: TestApp;
  let a: Awaited<ReturnType<typeof startReceiver>>;
  let b: Awaited<ReturnType<typeof startReceiver>>;
  const scope = grantTenantScope(ids.publisher);

  before(async () => {
    a = await startReceiver();
    b = await startReceiver();
    t = await createTestApp({ env: { LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS: '1' }, seedAt: { migration: '017_sso_granted', seed: (db) => seed(db, { a: a.url, b: b.url }) } });
  });
  after(async () => {
    await Promise.all([a.close(), b.close()]);
    await t.close();
  });

  const endpointOf = (offerId: string) => t.app.db.selectFrom('webhook_endpoints').selectAll().where('offer_id', '=', offerId).executeTakeFirstOrThrow();

  test('each lead webhook is an endpoint for lead.created of its offer; the old outbox and column are gone', async () => {
    const endpoints = await t.app.db.selectFrom('webhook_endpoints').selectAll().where('tenant_id', '=', ids.publisher).orderBy('url').execute();
    assert.equal(endpoints.length, 2, 'the inbox offer gets none');
    const endpointA = await endpointOf(ids.offerA);
    assert.deepEqual([endpointA.url, endpointA.event_types, endpointA.enabled, endpointA.paused_at], [a.url, ['lead.created'], true, null]);
    assert.match(endpointA.description, /Offer alpha/);
    assert.equal(endpointA.secret_to_seal, SECRET_A, 'left for a server to seal');
    assert.equal(endpointA.secret_sealed, null);
    const { rows: tables } = await sql<{ n: string }>`select count(*)::text as n from information_schema.tables where table_name in ('lead_deliveries', 'lead_delivery_attempts')`.execute(t.app.db);
    assert.equal(tables[0]!.n, '0');
    const { rows: columns } = await sql<{ n: string }>`select count(*)::text as n from information_schema.columns where table_name = 'offers' and column_name = 'lead_destination'`.execute(t.app.db);
    assert.equal(columns[0]!.n, '0');
  });

  test('leads waiting and given up are lead.created events; a delivered one is not sent again; a stale one says failed', async () => {
    const events = await t.app.db.selectFrom('license_events').selectAll().where('type', '=', 'lead.created').orderBy('revision').orderBy('position').execute();
    assert.deepEqual(
      events.map((e) => (e.data as { name: string }).name),
      ['Given-up Gus', 'Waiting Walt', 'Waiting Bea'],
    );
    assert.ok(events.every((e) => e.publisher_tenant_id === ids.publisher && e.tenant_id === null), 'only the publisher reads them');
    const leads = Object.fromEntries((await t.app.db.selectFrom('leads').select(['id', 'delivery']).execute()).map((l) => [l.id, l.delivery]));
    assert.deepEqual([leads[ids.delivered], leads[ids.waiting], leads[ids.givenUp], leads[ids.waitingB], leads[ids.stale]], ['delivered', 'pending', 'failed', 'pending', 'failed']);

    // The lead given up is a parked delivery carrying the same CloudEvent the feed gives, with its attempt log.
    const parked = await t.app.db.selectFrom('webhook_deliveries').selectAll().where('state', '=', 'parked').execute();
    assert.equal(parked.length, 1);
    const gus = events[0]!;
    assert.deepEqual(JSON.parse(parked[0]!.body), JSON.parse(JSON.stringify(toCloudEvent(gus))));
    assert.deepEqual(toCloudEvent(gus).data, {
      id: ids.givenUp,
      offerId: ids.offerA,
      offerKey: 'alpha',
      offer: { id: ids.offerA, slug: 'fabmig.alpha', offerKey: 'alpha', name: 'Offer alpha' },
      name: 'Given-up Gus',
      email: 'megan@contoso.example',
      company: 'Contoso',
      country: 'US',
      phone: null,
      message: 'Call me',
      receivedAt: new Date(receivedAt.getTime() + 2 * 60_000).toISOString(),
    });
    const detail = (await findLead(t.app.db, scope, ids.givenUp))!;
    assert.deepEqual(
      detail.deliveries.map((d) => [d.attempt, d.statusCode, d.url]),
      [
        [1, 500, a.url],
        [2, null, a.url],
      ],
    );
  });

  test('the dispatcher seals the old secrets and delivers the waiting leads, verifiable with the old secrets', async () => {
    const run = await runWebhookDispatch(t.app);
    assert.deepEqual([run.delivered, run.failed], [2, 0]);
    const endpointB = await endpointOf(ids.offerB);
    assert.equal(endpointB.secret_to_seal, null);
    assert.ok(endpointB.secret_sealed && !endpointB.secret_sealed.includes(SECRET_B));

    const verify = (secret: string | Uint8Array, message: Received, format?: 'raw') =>
      new Webhook(secret as string, format ? { format } : undefined).verify(message.body, {
        'webhook-id': String(message.headers['webhook-id']),
        'webhook-timestamp': String(message.headers['webhook-timestamp']),
        'webhook-signature': String(message.headers['webhook-signature']),
      }) as CloudEvent;
    assert.deepEqual(a.received.map((m) => verify(secretFromLegacy(SECRET_A), m).data.name), ['Waiting Walt']);
    assert.equal(verify(SECRET_A, a.received[0]!, 'raw').data.id, ids.waiting, 'the old secret as a raw key verifies too');
    assert.ok(verifyLegacy(SECRET_A, String(a.received[0]!.headers['licensehub-signature']), a.received[0]!.body), 'and the old header');
    assert.equal(verify(Buffer.from(SECRET_B, 'utf8'), b.received[0]!, 'raw').data.name, 'Waiting Bea');
    assert.equal((await findLead(t.app.db, scope, ids.waiting))!.delivery, 'delivered');
  });

  test('the lead given up is re-sent from Webhooks', async () => {
    const endpointA = await endpointOf(ids.offerA);
    const parked = await t.app.db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', endpointA.id).where('state', '=', 'parked').executeTakeFirstOrThrow();
    await runUseCase(t.app, 'system', (ctx) => resendWebhookDelivery(ctx, { scope, endpointId: endpointA.id, deliveryId: String(parked.id) }));
    await runWebhookDispatch(t.app);
    assert.equal(JSON.parse(a.received.at(-1)!.body).data.id, ids.givenUp);
    assert.equal((await findLead(t.app.db, scope, ids.givenUp))!.delivery, 'delivered');
  });
});
