import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';
import { connect, createPublishedOffer, createPublisher, registerDeal, type OfferFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { runWebhookDispatch } from '../../../jobs/webhookDispatch.js';
import { assertAudited } from '../../../../test/support/audit.js';
import type { AuditAction } from '../../../domain/auditActions.js';
import type { CloudEvent } from '../../../domain/events/cloudEvent.js';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  event: CloudEvent;
}

/** A real local receiver: answers with the statuses it is told, in order (then 200). */
async function startReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const answer = answers.shift() ?? 200;
      if (answer < 300) received.push({ headers: request.headers, body, event: JSON.parse(body) });
      response.writeHead(answer).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    answers,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/** What a receiver does: verify the Standard Webhooks signature with the official package. */
function verify(secret: string, message: Received): CloudEvent {
  const headers = {
    'webhook-id': String(message.headers['webhook-id']),
    'webhook-timestamp': String(message.headers['webhook-timestamp']),
    'webhook-signature': String(message.headers['webhook-signature']),
  };
  return new Webhook(secret).verify(message.body, headers) as CloudEvent;
}

describe('publisher webhooks: signed, ordered, retried, parked, replayed, isolated', () => {
  let t: TestApp;
  let fabrikam: PublisherFixture;
  let northwind: PublisherFixture;
  let offer: OfferFixture;
  let otherOffer: OfferFixture;
  let customer: TenantFixture;
  let receiver: Receiver;
  let otherReceiver: Receiver;
  let endpoint: { id: string; secret: string };
  let users: { id: string }[];
  const url = '/api/v1/partner/webhooks';
  const dispatch = () => runWebhookDispatch(t.app);
  const assign = (userId: string, plan = offer.plans[0]!) => customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/assign`, { userIds: [userId] });
  const unassign = (userId: string, plan = offer.plans[0]!) => customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/unassign`, { userIds: [userId] });
  const deliveries = async (id = endpoint.id) => (await fabrikam.admin.get(`${url}/${id}/deliveries?limit=200`)).json().items as { id: string; messageId: string; state: string; attemptLog: { statusCode: number | null }[] }[];

  before(async () => {
    t = await createTestApp({ env: { LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS: '1', LICENSEHUB_WEBHOOK_RETRY_BASE_SECONDS: '1', LICENSEHUB_WEBHOOK_MAX_ATTEMPTS: '3' } });
    fabrikam = await createPublisher(t.app);
    northwind = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, fabrikam);
    otherOffer = await createPublishedOffer(t.app, northwind);
    customer = await createTenant(t.app);
    await connect(fabrikam, customer);
    await connect(northwind, customer);
    await registerDeal(fabrikam, customer, offer, [{ plan: offer.plans[0]!, quantity: 10 }]);
    await registerDeal(northwind, customer, otherOffer, [{ plan: otherOffer.plans[0]!, quantity: 10 }]);
    users = [];
    for (let i = 0; i < 6; i++) users.push(await createUser(customer));
    receiver = await startReceiver();
    otherReceiver = await startReceiver();
  });
  after(async () => {
    await receiver.close();
    await otherReceiver.close();
    await t.close();
  });

  test('401 without credentials, 400 per bad field, 403 for a customer, 404 for another publisher’s endpoint', async () => {
    assert.equal((await anonymous(t.app).get(url)).statusCode, 401);
    assert.equal((await anonymous(t.app).post(url, { url: receiver.url, eventTypes: ['seat.granted'] })).statusCode, 401);
    const bad = await fabrikam.admin.post(url, { url: 'ftp://example.com/x', eventTypes: ['seat.granted', 'no.such'], description: 'x'.repeat(501) });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual((bad.json().errors as { field: string }[]).map((e) => e.field).sort(), ['description', 'eventTypes.1']);
    const badUrl = await fabrikam.admin.post(url, { url: 'ftp://example.com/x', eventTypes: ['seat.granted'] });
    assert.equal(badUrl.statusCode, 400);
    assert.deepEqual(badUrl.json().errors, [{ field: 'url', message: 'must be an absolute https:// or http:// address' }]);
    const none = await fabrikam.admin.post(url, { url: receiver.url, eventTypes: [] });
    assert.equal(none.json().errors[0].message, 'choose at least one event type');
    assert.equal((await customer.admin.get(url)).statusCode, 403);
    const theirs = await northwind.admin.post(url, { url: otherReceiver.url, eventTypes: ['seat.granted', 'license.assigned'] });
    assert.equal(theirs.statusCode, 201, theirs.body);
    assert.equal((await fabrikam.admin.get(`${url}/${theirs.json().id}`)).statusCode, 404);
    assert.equal((await fabrikam.admin.post(`${url}/${theirs.json().id}/test`)).statusCode, 404);
    assert.equal((await fabrikam.admin.request({ method: 'DELETE', url: `${url}/${theirs.json().id}` })).statusCode, 404);
    assert.equal(await t.app.db.selectFrom('webhook_endpoints').select('id').where('tenant_id', '=', fabrikam.id).executeTakeFirst(), undefined);
  });

  test('create shows the secret once; events after it arrive signed, as CloudEvents, in revision order, only the chosen types', async () => {
    const created = await fabrikam.admin.post(url, { url: receiver.url, eventTypes: ['seat.granted', 'seat.lost', 'license.assigned'], description: 'CRM sync' });
    assert.equal(created.statusCode, 201, created.body);
    endpoint = { id: created.json().id, secret: created.json().secret };
    assert.match(endpoint.secret, /^whsec_[A-Za-z0-9+/=]{40,}$/);
    const shown = (await fabrikam.admin.get(`${url}/${endpoint.id}`)).json();
    assert.equal(shown.secret, undefined);
    assert.equal(shown.status, 'active');
    const sealed = await t.app.db.selectFrom('webhook_endpoints').select('secret_sealed').where('id', '=', endpoint.id).executeTakeFirstOrThrow();
    assert.ok(!sealed.secret_sealed!.includes(endpoint.secret.slice(6)), 'the secret is sealed at rest');

    for (const user of users.slice(0, 3)) assert.equal((await assign(user.id)).statusCode, 200);
    assert.equal((await unassign(users[0]!.id)).statusCode, 200);
    await dispatch();
    const events = receiver.received.map((m) => verify(endpoint.secret, m));
    assert.deepEqual(
      events.map((e) => e.type),
      // Within one revision, the seats change first, then the assignment that caused it is told.
      ['seat.granted', 'license.assigned', 'seat.granted', 'license.assigned', 'seat.granted', 'license.assigned', 'seat.lost'],
    );
    const revisions = events.map((e) => BigInt(e.revision));
    assert.ok(revisions.every((r, i) => i === 0 || r >= revisions[i - 1]!), 'in revision order');
    assert.equal(receiver.received[0]!.headers['content-type'], 'application/cloudevents+json; charset=utf-8');
    assert.equal(receiver.received[0]!.headers['webhook-id'], events[0]!.id);
    assert.equal(events[1]!.specversion, '1.0');
    assert.deepEqual(events[0]!.data.userIds, [users[0]!.id]);
    // A tampered body fails verification.
    assert.throws(() => verify(endpoint.secret, { ...receiver.received[0]!, body: receiver.received[0]!.body.replace('seat', 'Seat') }));
    // Northwind's endpoint got none of Fabrikam's events.
    assert.equal(otherReceiver.received.length, 0);
  });

  test('a receiver answering 500 gets the same delivery again with backoff; nothing after it overtakes it', async () => {
    receiver.received.length = 0;
    receiver.answers.push(500, 503);
    assert.equal((await assign(users[3]!.id)).statusCode, 200);
    assert.equal((await assign(users[4]!.id)).statusCode, 200);
    let run = await dispatch();
    assert.deepEqual([run.attempted, run.failed], [1, 1]);
    assert.equal(receiver.received.length, 0);
    run = await dispatch();
    assert.equal(run.attempted, 0, 'not before its retry time');
    t.clock.advance(1000);
    run = await dispatch();
    assert.deepEqual([run.attempted, run.failed], [1, 1]);
    t.clock.advance(4000);
    run = await dispatch();
    assert.equal(run.failed, 0);
    const events = receiver.received.map((m) => verify(endpoint.secret, m));
    assert.deepEqual(events.map((e) => e.type), ['seat.granted', 'license.assigned', 'seat.granted', 'license.assigned']);
    assert.deepEqual(events[0]!.data.userIds, [users[3]!.id]);
    assert.deepEqual(events[2]!.data.userIds, [users[4]!.id]);
    const log = await deliveries();
    const first = log.find((d) => d.messageId === events[0]!.id)!;
    assert.deepEqual(first.attemptLog.map((a) => a.statusCode), [500, 503, 200]);
    assert.equal(first.state, 'delivered');
  });

  test('a dead endpoint: parked after the last try, the endpoint paused, later events wait; re-send resumes in order', async () => {
    receiver.received.length = 0;
    receiver.answers.push(500, 500, 500);
    assert.equal((await unassign(users[3]!.id)).statusCode, 200);
    await dispatch();
    t.clock.advance(1000);
    await dispatch();
    t.clock.advance(4000);
    const run = await dispatch();
    assert.equal(run.parked, 1);
    const paused = (await fabrikam.admin.get(`${url}/${endpoint.id}`)).json();
    assert.equal(paused.status, 'paused');
    assert.match(paused.pausedReason, /failed 3 times \(last: The endpoint answered HTTP 500/);
    assert.equal((await assign(users[5]!.id)).statusCode, 200);
    t.clock.advance(3600_000);
    assert.equal((await dispatch()).attempted, 0, 'a paused endpoint is left alone');
    assert.equal(receiver.received.length, 0);
    const parked = (await deliveries()).find((d) => d.state === 'parked')!;
    assert.deepEqual(parked.attemptLog.map((a) => a.statusCode), [500, 500, 500]);

    assert.equal((await fabrikam.admin.post(`${url}/${endpoint.id}/deliveries/${parked.id}/resend`)).statusCode, 202);
    await dispatch();
    const types = receiver.received.map((m) => verify(endpoint.secret, m).type);
    assert.deepEqual(types, ['seat.lost', 'seat.granted', 'license.assigned']);
    assert.equal((await fabrikam.admin.get(`${url}/${endpoint.id}`)).json().status, 'active');
  });

  test('replay from a revision sends those events again, in order, with their original ids', async () => {
    const all = (await fabrikam.admin.get('/api/v1/partner/events?limit=1000&types=seat.granted,seat.lost,license.assigned')).json().items as CloudEvent[];
    const from = all[2]!.revision;
    receiver.received.length = 0;
    const replay = await fabrikam.admin.post(`${url}/${endpoint.id}/replay`, { fromRevision: from });
    assert.equal(replay.statusCode, 202, replay.body);
    await dispatch();
    const ids = receiver.received.map((m) => verify(endpoint.secret, m).id);
    assert.deepEqual(ids, all.filter((e) => BigInt(e.revision) >= BigInt(from)).map((e) => e.id));
    assert.equal((await fabrikam.admin.post(`${url}/${endpoint.id}/replay`, { fromRevision: '999999999' })).statusCode, 409);
    assert.equal((await fabrikam.admin.post(`${url}/${endpoint.id}/replay`, { fromRevision: 'x' })).statusCode, 400);
  });

  test('a test event and a rotated secret: both secrets verify for a day', async () => {
    receiver.received.length = 0;
    const rotated = await fabrikam.admin.post(`${url}/${endpoint.id}/rotate-secret`);
    assert.equal(rotated.statusCode, 200);
    const secret = rotated.json().secret as string;
    assert.notEqual(secret, endpoint.secret);
    const sent = await fabrikam.admin.post(`${url}/${endpoint.id}/test`);
    assert.equal(sent.statusCode, 202);
    await dispatch();
    assert.equal(receiver.received.length, 1);
    assert.equal(verify(secret, receiver.received[0]!).type, 'webhook.test');
    assert.equal(verify(endpoint.secret, receiver.received[0]!).id, sent.json().messageId);
    const audit = (await fabrikam.admin.get(`/api/v1/tenants/${fabrikam.id}/audit?action=webhook.`)).json().items as { action: string; detail: unknown }[];
    assert.ok(audit.some((a) => a.action === 'webhook.secret_rotated'));
    assert.ok(!JSON.stringify(audit).includes('whsec_'), 'no secret in the audit log');
    endpoint.secret = secret;
  });

  test('isolation: each publisher’s receiver gets only its own events; two dispatchers at once never send one twice', async () => {
    receiver.received.length = 0;
    otherReceiver.received.length = 0;
    await dispatch(); // Northwind's endpoint catches up on what happened since it was created.
    otherReceiver.received.length = 0;
    for (const user of users.slice(0, 3)) assert.equal((await assign(user.id, otherOffer.plans[0]!)).statusCode, 200);
    assert.equal((await assign(users[0]!.id)).statusCode, 200);
    await Promise.all([dispatch(), dispatch(), dispatch()]);
    const theirs = otherReceiver.received.map((m) => m.event);
    assert.ok(theirs.length >= 6);
    for (const event of theirs) assert.equal(event.data.planId, otherOffer.plans[0]!.id);
    for (const message of receiver.received) assert.notEqual(message.event.data.planId, otherOffer.plans[0]!.id);
    const ids = [...receiver.received, ...otherReceiver.received].map((m) => m.event.id);
    assert.equal(new Set(ids).size, ids.length, 'nothing sent twice');
  });

  test('address rules: a host name that resolves to a private address is refused, and the log never says the address', async () => {
    const port = new URL(receiver.url).port;
    const created = await fabrikam.admin.post(url, { url: `http://hooks.fabrikam.example:${port}/hooks`, eventTypes: ['seat.granted'] });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id as string;
    assert.equal((await fabrikam.admin.post(`${url}/${id}/test`)).statusCode, 202);
    receiver.received.length = 0;
    await runWebhookDispatch(t.app, { privateNetworks: false, resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    assert.equal(receiver.received.length, 0);
    const log = (await fabrikam.admin.get(`${url}/${id}/deliveries`)).json().items;
    assert.equal(log[0].attemptLog.length, 1);
    assert.match(log[0].lastError, /^Refused: private address/);
    assert.ok(!JSON.stringify((await fabrikam.admin.get(`${url}/${id}/deliveries`)).json()).includes('127.0.0.1'));
    assert.equal((await fabrikam.admin.request({ method: 'PATCH', url: `${url}/${id}`, payload: { description: 'CRM sync (old host)' } })).statusCode, 200);
    assert.equal((await fabrikam.admin.request({ method: 'DELETE', url: `${url}/${id}` })).statusCode, 204);
  });

  test('every change to an endpoint is audited in the publisher’s tenant', async () => {
    const actions: AuditAction[] = ['webhook.created', 'webhook.updated', 'webhook.deleted', 'webhook.secret_rotated', 'webhook.test_sent', 'webhook.replayed', 'webhook.delivery_resent'];
    for (const action of actions) await assertAudited(t.app, action, { tenantId: fabrikam.id });
  });
});
