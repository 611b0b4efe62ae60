import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { anonymous, createTestApp, TEST_PASSWORD, type TestApp } from '../../test/support/testApp.js';
import { createPublishedOffer, createPublisher, signInFrom, type OfferFixture, type PublisherFixture } from '../../test/support/licensingFactories.js';
import { verifySignature } from '../domain/marketplace/webhook.js';
import { pendingDeliveries, runLeadDelivery } from './leadDelivery.js';

const SECRET = 'webhook-secret-0123456789';
/** The test's receiver listens on 127.0.0.1, which production refuses unless the operator allows private networks. */
const LOCAL = { privateNetworks: true };

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A real local webhook receiver that answers with the statuses it is told, in order (then 200). */
async function startReceiver() {
  const received: Received[] = [];
  const answers: (number | 'hang')[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answer = answers.shift() ?? 200;
      if (answer === 'hang') return; // never answers: the sender's timeout must fire
      response.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'ok' : 'down');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/leads`,
    received,
    answers,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('lead webhooks', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let offer: OfferFixture;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  before(async () => {
    t = await createTestApp();
    publisher = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, publisher);
    receiver = await startReceiver();
    // The Listing page only accepts https:// webhooks; the local receiver speaks http, so it is stored directly.
    await t.app.db
      .updateTable('offers')
      .set({ lead_destination: JSON.stringify({ kind: 'webhook', url: receiver.url, secret: SECRET }) })
      .where('id', '=', offer.id)
      .execute();
  });
  after(async () => {
    await receiver.close();
    await t.close();
  });

  const submit = async (name: string) => {
    const response = await anonymous(t.app).request({
      method: 'POST',
      url: `/api/v1/marketplace/offers/${publisher.publisherId}.${offer.offerId}/leads`,
      payload: { name, email: 'megan@contoso.example', company: 'Contoso', country: 'US', message: 'Call me <b>now</b>', consent: true },
      remoteAddress: `10.77.0.${Math.floor(Math.random() * 250) + 1}`,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; receivedAt: string };
  };
  /** The publisher's inbox, signed in afresh: the tests move the clock past the session's lifetime. */
  const inbox = async (path: string) => (await (await signInFrom(t.app, `admin@${publisher.domain}`, TEST_PASSWORD)).get(`/api/v1/partner/leads${path}`)).json();
  const lead = (id: string) => inbox(`/${id}`);

  test('a lead is delivered signed; failures are retried with backoff and every attempt is logged', async () => {
    receiver.answers.push(503, 500);
    const { id, receivedAt } = await submit('Webhook Megan');
    // Committed with its outbox row before any delivery: the inbox has it, marked as still to deliver.
    assert.equal((await lead(id)).delivery, 'retrying');
    assert.equal(await pendingDeliveries(t.app), 1);

    const first = await runLeadDelivery(t.app, LOCAL);
    assert.deepEqual(first, { attempted: 1, delivered: 0, failed: 0 });
    assert.equal(receiver.received.length, 1);
    const sent = receiver.received[0]!;
    assert.equal(sent.headers['content-type'], 'application/json');
    const signature = String(sent.headers['licensehub-signature']);
    assert.match(signature, new RegExp(`^t=${Math.floor(t.clock.now().getTime() / 1000)},v1=[0-9a-f]{64}$`));
    assert.ok(verifySignature(SECRET, signature, sent.body), 'HMAC-SHA256 of "<t>.<body>" with the secret');
    assert.ok(!verifySignature('some-other-secret-value', signature, sent.body));
    assert.deepEqual(JSON.parse(sent.body), {
      id,
      offer: { slug: `${publisher.publisherId}.${offer.offerId}`, offerId: offer.offerId, name: offer.name },
      name: 'Webhook Megan',
      email: 'megan@contoso.example',
      company: 'Contoso',
      country: 'US',
      phone: null,
      message: 'Call me <b>now</b>',
      receivedAt,
    });

    // Not due yet: nothing is sent.
    assert.deepEqual(await runLeadDelivery(t.app, LOCAL), { attempted: 0, delivered: 0, failed: 0 });
    t.clock.advance(59_000);
    assert.deepEqual(await runLeadDelivery(t.app, LOCAL), { attempted: 0, delivered: 0, failed: 0 });
    t.clock.advance(1_000);
    assert.deepEqual(await runLeadDelivery(t.app, LOCAL), { attempted: 1, delivered: 0, failed: 0 });
    t.clock.advance(5 * 60_000);
    assert.deepEqual(await runLeadDelivery(t.app, LOCAL), { attempted: 1, delivered: 1, failed: 0 });
    assert.equal(receiver.received.length, 3);
    assert.equal(receiver.received[2]!.headers['licensehub-attempt'], '3');
    assert.equal(receiver.received[2]!.headers['licensehub-lead-id'], id);
    assert.ok(verifySignature(SECRET, String(receiver.received[2]!.headers['licensehub-signature']), receiver.received[2]!.body));

    const detail = await lead(id);
    assert.equal(detail.delivery, 'delivered');
    assert.equal(detail.nextAttemptAt, null);
    assert.deepEqual(
      detail.deliveries.map((d: { attempt: number; statusCode: number | null; url: string; error: string | null; nextAttemptAt: string | null }) => [
        d.attempt,
        d.statusCode,
        d.url,
        d.error === null ? null : d.error.replace(/\d{3}.*/, 'n'),
        d.nextAttemptAt !== null,
      ]),
      [
        [1, 503, receiver.url, 'The webhook answered HTTP n', true],
        [2, 500, receiver.url, 'The webhook answered HTTP n', true],
        [3, 200, receiver.url, null, false],
      ],
    );
    const gaps = detail.deliveries.slice(0, 2).map((d: { at: string; nextAttemptAt: string }) => (Date.parse(d.nextAttemptAt) - Date.parse(d.at)) / 60_000);
    assert.deepEqual(gaps, [1, 5]);
    assert.equal((await inbox('')).items.find((l: { id: string }) => l.id === id).delivery, 'delivered');
    // Delivered once is delivered: later runs send nothing.
    t.clock.advance(24 * 3600_000);
    assert.deepEqual(await runLeadDelivery(t.app, LOCAL), { attempted: 0, delivered: 0, failed: 0 });
  });

  test('a webhook that stays down: six attempts over about 15 hours, then failed, and the lead is still in the inbox', async () => {
    receiver.received.length = 0;
    receiver.answers.push(500, 500, 500, 500, 500, 500);
    const { id } = await submit('Never Delivered');
    const delays = [0, 60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000];
    for (const [i, delay] of delays.entries()) {
      t.clock.advance(delay);
      const run = await runLeadDelivery(t.app, LOCAL);
      assert.equal(run.attempted, 1, `attempt ${i + 1}`);
      assert.equal(run.failed, i === delays.length - 1 ? 1 : 0);
    }
    t.clock.advance(7 * 24 * 3600_000);
    assert.deepEqual(await runLeadDelivery(t.app, LOCAL), { attempted: 0, delivered: 0, failed: 0 });
    assert.equal(receiver.received.length, 6);
    const detail = await lead(id);
    assert.equal(detail.delivery, 'failed');
    assert.equal(detail.deliveries.length, 6);
    assert.equal(detail.deliveries[5].nextAttemptAt, null);
    assert.equal(detail.name, 'Never Delivered');
    assert.equal((await inbox('?search=Never')).items[0].delivery, 'failed');
  });

  test('unreachable and hanging webhooks are attempts that failed, with the reason logged', async () => {
    receiver.received.length = 0;
    receiver.answers.push('hang');
    const hanging = await submit('Hanging Receiver');
    const run = await runLeadDelivery(t.app, { ...LOCAL, timeoutMs: 300 });
    assert.equal(run.attempted, 1);
    const hung = await lead(hanging.id);
    assert.equal(hung.deliveries[0].statusCode, null);
    assert.match(hung.deliveries[0].error, /No answer within 0.3 seconds/);
    assert.equal(hung.delivery, 'retrying');

    // The webhook moves to a port where nothing listens.
    const closed = await startReceiver();
    await closed.close();
    await t.app.db
      .updateTable('offers')
      .set({ lead_destination: JSON.stringify({ kind: 'webhook', url: closed.url, secret: SECRET }) })
      .where('id', '=', offer.id)
      .execute();
    const down = await submit('Nobody Listening');
    await runLeadDelivery(t.app, LOCAL);
    const refused = await lead(down.id);
    assert.equal(refused.deliveries[0].url, closed.url);
    assert.equal(refused.deliveries[0].statusCode, null);
    assert.match(refused.deliveries[0].error, /Could not reach the webhook/);
    assert.equal(refused.delivery, 'retrying');
    assert.ok(refused.nextAttemptAt);

    // Back up at the old address: the retries use the offer's current webhook and succeed.
    await t.app.db
      .updateTable('offers')
      .set({ lead_destination: JSON.stringify({ kind: 'webhook', url: receiver.url, secret: SECRET }) })
      .where('id', '=', offer.id)
      .execute();
    t.clock.advance(60_000);
    const retried = await runLeadDelivery(t.app, LOCAL);
    assert.deepEqual(retried, { attempted: 2, delivered: 2, failed: 0 });
    assert.equal((await lead(down.id)).delivery, 'delivered');
    assert.equal((await lead(hanging.id)).delivery, 'delivered');
  });

  test('two runs at once never send the same lead twice', async () => {
    receiver.received.length = 0;
    const leads = [];
    for (let i = 0; i < 5; i++) leads.push(await submit(`Parallel ${i}`));
    const [a, b] = await Promise.all([runLeadDelivery(t.app, LOCAL), runLeadDelivery(t.app, LOCAL)]);
    assert.equal(a.delivered + b.delivered, 5);
    assert.equal(receiver.received.length, 5);
    assert.equal(new Set(receiver.received.map((r) => JSON.parse(r.body).id)).size, 5);
  });

  test('by default a webhook on a private or loopback address is refused, logged, and the lead stays in the inbox', async () => {
    receiver.received.length = 0;
    const blocked = await submit('Private network');
    const run = await runLeadDelivery(t.app);
    assert.equal(t.app.config.webhooksToPrivateNetworks, false, 'off unless LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS=1');
    assert.deepEqual(run, { attempted: 1, delivered: 0, failed: 0 });
    assert.equal(receiver.received.length, 0, 'nothing was sent');
    const detail = await lead(blocked.id);
    assert.match(detail.deliveries[0].error, /^Refused: private address/);
    assert.equal(detail.delivery, 'retrying');
  });

  /** Points the offer's webhook at a URL (stored directly: the Listing page only takes https). */
  const webhookAt = (url: string) =>
    t.app.db.updateTable('offers').set({ lead_destination: JSON.stringify({ kind: 'webhook', url, secret: SECRET }) }).where('id', '=', offer.id).execute();

  test('the finding: a host name that resolves to internal addresses is refused without the log saying what it resolved to', async () => {
    const port = new URL(receiver.url).port;
    try {
      for (const [name, answer] of [
        ['metadata.internal.test', '169.254.169.254'],
        ['nat64.internal.test', '64:ff9b::a00:5'],
        ['sixtofour.internal.test', '2002:c0a8:101::1'],
        ['compat.internal.test', '::10.0.0.7'],
      ] as const) {
        await webhookAt(`http://${name}:${port}/leads`);
        receiver.received.length = 0;
        const blocked = await submit(`Internal ${name}`);
        await runLeadDelivery(t.app, { resolve: async () => [{ address: answer, family: answer.includes(':') ? 6 : 4 }] });
        assert.equal(receiver.received.length, 0, 'nothing was sent');
        const detail = await lead(blocked.id);
        const logged = JSON.stringify(detail.deliveries);
        assert.match(detail.deliveries[0].error, /^Refused: private address/, name);
        assert.ok(!logged.includes(answer), `${name}: the log does not reveal ${answer}`);
      }
    } finally {
      await webhookAt(receiver.url);
    }
  });

  test('the connection goes to the address that was checked: the name is resolved once (no DNS rebinding)', async () => {
    const port = new URL(receiver.url).port;
    const answers = ['127.0.0.1', '127.0.0.2'];
    const asked: string[] = [];
    try {
      // A name only this resolver knows: any second resolution (by the HTTP client) would fail or reach 127.0.0.2.
      await webhookAt(`http://rebinding.licensehub.test:${port}/leads`);
      receiver.received.length = 0;
      const sent = await submit('Rebinding');
      const run = await runLeadDelivery(t.app, { ...LOCAL, resolve: async (host) => (asked.push(host), [{ address: answers.shift()!, family: 4 }]) });
      assert.deepEqual(run, { attempted: 1, delivered: 1, failed: 0 });
      assert.deepEqual(asked, ['rebinding.licensehub.test'], 'resolved exactly once');
      assert.equal(receiver.received.length, 1);
      assert.equal(receiver.received[0]!.headers.host, `rebinding.licensehub.test:${port}`, 'the Host header still names the webhook');
      assert.equal((await lead(sent.id)).delivery, 'delivered');
    } finally {
      await webhookAt(receiver.url);
    }
  });
});
