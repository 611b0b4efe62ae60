import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { anonymous, createTestApp, TEST_PASSWORD, type TestApp } from '../../test/support/testApp.js';
import { createPublishedOffer, createPublisher, signInFrom, type OfferFixture, type PublisherFixture } from '../../test/support/licensingFactories.js';
import type { CloudEvent } from '../domain/events/cloudEvent.js';
import { secretKey, verifyLegacy } from '../domain/events/legacyLeadSignature.js';
import { runWebhookDispatch } from './webhookDispatch.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real local webhook receiver that answers with the statuses it is told, in order (then 200). */
async function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = answers.shift() ?? 200;
      response.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'down');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/leads`,
    port,
    received,
    answers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** What a receiver does: verify the Standard Webhooks signature with the official package. */
function verify(secret: string, message: Received): CloudEvent {
  const headers = {
    'webhook-id': String(message.headers['webhook-id']),
    'webhook-timestamp': String(message.headers['webhook-timestamp']),
    'webhook-signature': String(message.headers['webhook-signature']),
  };
  return new Webhook(secret).verify(message.body, headers) as CloudEvent;
}

describe('lead webhooks: lead.created events on the webhook dispatcher', () => {
  let t: TestApp;
  let fabrikam: PublisherFixture;
  let northwind: PublisherFixture;
  let offer: OfferFixture;
  let secondOffer: OfferFixture;
  let theirOffer: OfferFixture;
  /** Publishers of their own for the tests that delete and change endpoints (made before the clock moves past the operator's session). */
  let contoso: PublisherFixture;
  let contosoOffer: OfferFixture;
  let adatum: PublisherFixture;
  let adatumOffer: OfferFixture;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let everything: Awaited<ReturnType<typeof startReceiver>>;
  let theirs: Awaited<ReturnType<typeof startReceiver>>;
  let endpoint: { id: string; secret: string };
  const hooks = '/api/v1/partner/webhooks';
  const dispatch = (options: Parameters<typeof runWebhookDispatch>[1] = {}) => runWebhookDispatch(t.app, options);

  before(async () => {
    // The receivers listen on 127.0.0.1, which production refuses unless the operator allows private networks.
    t = await createTestApp({ env: { LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS: '1', LICENSEHUB_WEBHOOK_RETRY_BASE_SECONDS: '60', LICENSEHUB_WEBHOOK_MAX_ATTEMPTS: '3' } });
    fabrikam = await createPublisher(t.app);
    northwind = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, fabrikam);
    secondOffer = await createPublishedOffer(t.app, fabrikam);
    theirOffer = await createPublishedOffer(t.app, northwind);
    contoso = await createPublisher(t.app);
    contosoOffer = await createPublishedOffer(t.app, contoso);
    adatum = await createPublisher(t.app);
    adatumOffer = await createPublishedOffer(t.app, adatum);
    receiver = await startReceiver();
    everything = await startReceiver();
    theirs = await startReceiver();
  });
  after(async () => {
    await Promise.all([receiver.close(), everything.close(), theirs.close()]);
    await t.close();
  });

  const submit = async (name: string, to: { publisher: PublisherFixture; offer: OfferFixture } = { publisher: fabrikam, offer }) => {
    const response = await anonymous(t.app).request({
      method: 'POST',
      url: `/api/v1/marketplace/offers/${to.publisher.publisherId}.${to.offer.offerKey}/leads`,
      payload: { name, email: 'megan@contoso.example', company: 'Contoso', country: 'US', message: 'Call me <b>now</b>', consent: true },
      remoteAddress: `10.77.0.${Math.floor(Math.random() * 250) + 1}`,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; receivedAt: string };
  };
  /** The publisher's admin, signed in afresh: the tests move the clock past a session's lifetime. */
  const admin = (publisher = fabrikam) => signInFrom(t.app, `admin@${publisher.domain}`, TEST_PASSWORD);
  const lead = async (id: string, publisher = fabrikam) => (await (await admin(publisher)).get(`/api/v1/partner/leads/${id}`)).json();

  test('without an endpoint for lead.created a lead stays in the inbox only', async () => {
    const { id } = await submit('Inbox Only');
    assert.equal((await lead(id)).delivery, 'inbox');
    assert.deepEqual((await lead(id)).deliveries, []);
  });

  test('an endpoint limited to the offer must be one of the publisher’s offers', async () => {
    const foreign = await (await admin()).post(hooks, { url: receiver.url, eventTypes: ['lead.created'], offerId: theirOffer.id });
    assert.equal(foreign.statusCode, 400);
    assert.deepEqual(foreign.json().errors, [{ field: 'offerId', message: 'must be one of your offers' }]);
    assert.equal((await (await admin()).post(hooks, { url: receiver.url, eventTypes: ['lead.created'], offerId: 'nope' })).statusCode, 400);
  });

  test('a lead is delivered as a signed CloudEvent; failures are retried with backoff and the lead shows every attempt', async () => {
    const created = await (await admin()).post(hooks, { url: receiver.url, eventTypes: ['lead.created'], offerId: offer.id, description: 'CRM' });
    assert.equal(created.statusCode, 201, created.body);
    endpoint = { id: created.json().id, secret: created.json().secret };
    assert.deepEqual(created.json().offer, { id: offer.id, offerKey: offer.offerKey, name: offer.name });

    receiver.answers.push(503, 500);
    const { id, receivedAt } = await submit('Webhook Megan');
    // Committed with its event before any delivery: the inbox has it, marked as still to deliver.
    assert.equal((await lead(id)).delivery, 'retrying');

    assert.deepEqual(await dispatch(), { attempted: 1, delivered: 0, failed: 1, parked: 0 });
    const sent = receiver.received[0]!;
    assert.equal(sent.headers['content-type'], 'application/cloudevents+json; charset=utf-8');
    const event = verify(endpoint.secret, sent);
    assert.throws(() => verify(`whsec_${Buffer.from('another secret, another key!').toString('base64')}`, sent));
    assert.equal(event.type, 'lead.created');
    assert.equal(event.subject, `offers/${offer.id}/leads/${id}`);
    assert.equal(sent.headers['webhook-id'], event.id);
    assert.deepEqual(event.data, {
      id,
      offerId: offer.id,
      offerKey: offer.offerKey,
      offer: { id: offer.id, slug: `${fabrikam.publisherId}.${offer.offerKey}`, offerKey: offer.offerKey, name: offer.name },
      name: 'Webhook Megan',
      email: 'megan@contoso.example',
      company: 'Contoso',
      country: 'US',
      phone: null,
      message: 'Call me <b>now</b>',
      receivedAt,
    });
    // The old header, during its deprecation window: HMAC-SHA256 of "<t>.<body>" with the secret's key.
    const legacy = String(sent.headers['licensehub-signature']);
    assert.match(legacy, /^t=\d+,v1=[0-9a-f]{64}$/);
    assert.ok(verifyLegacy(secretKey(endpoint.secret), legacy, sent.body));
    assert.ok(!verifyLegacy('some-other-secret-value', legacy, sent.body));

    const retrying = await lead(id);
    assert.equal(retrying.delivery, 'retrying');
    assert.equal(Date.parse(retrying.nextAttemptAt) - t.clock.now().getTime(), 60_000);
    // Not due yet: nothing is sent.
    t.clock.advance(59_000);
    assert.equal((await dispatch()).attempted, 0);
    t.clock.advance(1_000);
    assert.deepEqual(await dispatch(), { attempted: 1, delivered: 0, failed: 1, parked: 0 });
    t.clock.advance(4 * 60_000);
    assert.deepEqual(await dispatch(), { attempted: 1, delivered: 1, failed: 0, parked: 0 });
    assert.equal(receiver.received.length, 3);
    assert.equal(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size, 1, 'the same webhook-id on every try');

    const detail = await lead(id);
    assert.equal(detail.delivery, 'delivered');
    assert.equal(detail.nextAttemptAt, null);
    assert.deepEqual(
      detail.deliveries.map((d: { attempt: number; statusCode: number | null; url: string; error: string | null }) => [d.attempt, d.statusCode, d.url, d.error?.replace(/\d{3}.*/, 'n') ?? null]),
      [
        [1, 503, receiver.url, 'The endpoint answered HTTP n'],
        [2, 500, receiver.url, 'The endpoint answered HTTP n'],
        [3, 200, receiver.url, null],
      ],
    );
    // The Webhooks page's delivery log has it too.
    const log = (await (await admin()).get(`${hooks}/${endpoint.id}/deliveries`)).json().items;
    assert.deepEqual(
      log.map((d: { eventType: string; state: string; attempts: number }) => [d.eventType, d.state, d.attempts]),
      [['lead.created', 'delivered', 3]],
    );
    // Delivered once is delivered: later runs send nothing.
    t.clock.advance(24 * 3600_000);
    assert.equal((await dispatch()).attempted, 0);
  });

  test('an endpoint that stays down: parked after the last try, the lead says failed, and a re-send from Webhooks delivers it', async () => {
    receiver.received.length = 0;
    receiver.answers.push(500, 500, 500);
    const { id } = await submit('Never Delivered');
    for (const delay of [0, 60_000, 4 * 60_000]) {
      t.clock.advance(delay);
      assert.equal((await dispatch()).attempted, 1);
    }
    const failed = await lead(id);
    assert.equal(failed.delivery, 'failed');
    assert.equal(failed.deliveries.length, 3);
    assert.equal(failed.name, 'Never Delivered', 'the lead is still in the inbox');
    assert.equal((await (await admin()).get(`${hooks}/${endpoint.id}`)).json().status, 'paused');

    const parked = (await (await admin()).get(`${hooks}/${endpoint.id}/deliveries?state=parked`)).json().items;
    assert.equal(parked.length, 1);
    assert.equal((await (await admin()).post(`${hooks}/${endpoint.id}/deliveries/${parked[0].id}/resend`)).statusCode, 202);
    await dispatch();
    assert.equal((await lead(id)).delivery, 'delivered');
    assert.equal(verify(endpoint.secret, receiver.received.at(-1)!).data.id, id);
  });

  test('an endpoint for one offer gets only its leads; one for every offer gets all; no other publisher gets any', async () => {
    const all = await (await admin()).post(hooks, { url: everything.url, eventTypes: ['lead.created'] });
    assert.equal(all.statusCode, 201, all.body);
    const northwindHook = await (await admin(northwind)).post(hooks, { url: theirs.url, eventTypes: ['lead.created', 'seat.granted'] });
    assert.equal(northwindHook.statusCode, 201);
    receiver.received.length = 0;

    const first = await submit('For The First Offer');
    const second = await submit('For The Second Offer', { publisher: fabrikam, offer: secondOffer });
    const northwinds = await submit('For Northwind', { publisher: northwind, offer: theirOffer });
    await dispatch();

    const ids = (messages: Received[], secret: string) => messages.map((m) => verify(secret, m).data.id);
    assert.deepEqual(ids(receiver.received, endpoint.secret), [first.id]);
    assert.deepEqual(ids(everything.received, all.json().secret), [first.id, second.id]);
    assert.deepEqual(ids(theirs.received, northwindHook.json().secret), [northwinds.id]);
    assert.equal((await lead(second.id)).delivery, 'delivered');
    assert.equal((await lead(northwinds.id, northwind)).delivery, 'delivered');
    // Only the offer's publisher reads the event in its feed.
    const feed = async (publisher: PublisherFixture) =>
      ((await (await admin(publisher)).get('/api/v1/partner/events?types=lead.created&limit=100')).json().items as CloudEvent[]).map((e) => e.data.id);
    assert.ok((await feed(fabrikam)).includes(second.id));
    assert.ok(!(await feed(fabrikam)).includes(northwinds.id));
    assert.deepEqual(await feed(northwind), [northwinds.id]);
    await (await admin()).request({ method: 'DELETE', url: `${hooks}/${all.json().id}` });
  });

  test('deleting the endpoint that was to send leads: they end as not delivered, saying why, in the list too', async () => {
    const down = await startReceiver();
    try {
      const created = await (await admin(contoso)).post(hooks, { url: down.url, eventTypes: ['lead.created'], offerId: contosoOffer.id });
      assert.equal(created.statusCode, 201, created.body);
      down.answers.push(503);
      const tried = await submit('Tried Once', { publisher: contoso, offer: contosoOffer });
      assert.equal((await dispatch()).failed, 1);
      // Queued behind the failing head: not even in the endpoint's queue yet.
      const unqueued = await submit('Never Queued', { publisher: contoso, offer: contosoOffer });
      assert.deepEqual([(await lead(tried.id, contoso)).delivery, (await lead(unqueued.id, contoso)).delivery], ['retrying', 'retrying']);

      const deleted = await (await admin(contoso)).request({ method: 'DELETE', url: `${hooks}/${created.json().id}` });
      assert.equal(deleted.statusCode, 204, deleted.body);
      const note = `The endpoint ${down.url} was deleted before it sent this lead`;
      for (const id of [tried.id, unqueued.id]) {
        const detail = await lead(id, contoso);
        assert.deepEqual([detail.delivery, detail.deliveryNote, detail.nextAttemptAt], ['not_delivered', note, null]);
      }
      const listed = (await (await admin(contoso)).get('/api/v1/partner/leads')).json().items.find((l: { id: string }) => l.id === tried.id);
      assert.deepEqual([listed.delivery, listed.deliveryNote], ['not_delivered', note]);
      const audited = await t.app.db.selectFrom('audit_events').select('detail').where('tenant_id', '=', contoso.id).where('action', '=', 'webhook.deleted').executeTakeFirstOrThrow();
      assert.equal((audited.detail as { leadsNotDelivered: number }).leadsNotDelivered, 2);
      t.clock.advance(10 * 60_000);
      assert.equal((await dispatch()).attempted, 0, 'nothing is left to send');
      assert.equal(down.received.length, 1);
    } finally {
      await down.close();
    }
  });

  test('a lead another endpoint still sends keeps retrying; an endpoint changed to stop taking leads ends those it had not queued', async () => {
    const [first, second] = [await startReceiver(), await startReceiver()];
    try {
      const forOffer = await (await admin(adatum)).post(hooks, { url: first.url, eventTypes: ['lead.created'], offerId: adatumOffer.id });
      const forAll = await (await admin(adatum)).post(hooks, { url: second.url, eventTypes: ['lead.created'] });
      first.answers.push(503);
      second.answers.push(503);
      const both = await submit('Sent Twice', { publisher: adatum, offer: adatumOffer });
      assert.equal((await dispatch()).failed, 2);
      assert.equal((await (await admin(adatum)).request({ method: 'DELETE', url: `${hooks}/${forOffer.json().id}` })).statusCode, 204);
      assert.equal((await lead(both.id, adatum)).delivery, 'retrying', 'the other endpoint still has it queued');

      const waiting = await submit('Behind The Queue', { publisher: adatum, offer: adatumOffer });
      const changed = await (await admin(adatum)).patch(`${hooks}/${forAll.json().id}`, { eventTypes: ['seat.granted'] });
      assert.equal(changed.statusCode, 200, changed.body);
      const ended = await lead(waiting.id, adatum);
      assert.deepEqual([ended.delivery, ended.deliveryNote], ['not_delivered', `The endpoint ${second.url} no longer takes this offer's leads`]);
      assert.equal((await lead(both.id, adatum)).delivery, 'retrying', 'what it queued is still sent');

      t.clock.advance(10 * 60_000);
      await dispatch();
      const delivered = await lead(both.id, adatum);
      assert.deepEqual([delivered.delivery, delivered.deliveryNote], ['delivered', null]);
      assert.deepEqual(second.received.map((m) => JSON.parse(m.body).data.name), ['Sent Twice', 'Sent Twice']);
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });

  test('by default a lead webhook on a private address is refused, logged without what the name resolved to, and retried', async () => {
    await (await admin()).request({ method: 'PATCH', url: `${hooks}/${endpoint.id}`, payload: { url: `http://metadata.internal.test:${receiver.port}/leads` } });
    receiver.received.length = 0;
    const blocked = await submit('Internal Address');
    const run = await dispatch({ privateNetworks: false, resolve: async () => [{ address: '169.254.169.254', family: 4 }] });
    assert.equal(run.attempted, 1);
    assert.equal(receiver.received.length, 0, 'nothing was sent');
    const detail = await lead(blocked.id);
    assert.match(detail.deliveries[0].error, /^Refused: private address/);
    assert.ok(!JSON.stringify(detail.deliveries).includes('169.254'));
    assert.equal(detail.delivery, 'retrying');
  });
});
