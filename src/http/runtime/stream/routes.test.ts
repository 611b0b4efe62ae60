import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { assign, licensedCustomer } from '../../../../test/support/runtimeFixtures.js';
import { createUser } from '../../../../test/support/factories.js';
import { SseClient, type SseEvent } from '../../../../test/support/sseClient.js';

/** GET /api/v1/runtime/stream through a real socket (issue 17, the SDK stream). */
describe('GET /api/v1/runtime/stream', () => {
  let t: TestApp;
  let baseUrl: string;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  let other: Awaited<ReturnType<typeof licensedCustomer>>;
  let key: string;
  const open: SseClient[] = [];
  const stream = async (headers: Record<string, string> = {}, token: string | null = key) => {
    const client = await SseClient.open(`${baseUrl}/api/v1/runtime/stream`, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });
    open.push(client);
    return client;
  };
  const data = (event: SseEvent) => JSON.parse(event.data) as Record<string, any>;

  before(async () => {
    t = await createTestApp({
      env: { LICENSEHUB_STREAM_REPLAY_REVISIONS: '3', LICENSEHUB_STREAM_MAX_CONNECTIONS_PER_KEY: '3', LICENSEHUB_STREAM_HEARTBEAT_SECONDS: '0.2' },
    });
    f = await licensedCustomer(t.app, 5);
    other = await licensedCustomer(t.app, 5);
    key = (f.runtimeKey.auth as { token: string }).token;
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
  });
  after(async () => {
    for (const client of open) client.close();
    await t.close();
  });

  test('401 without a runtime key; 400 for a Last-Event-ID that is not a revision', async () => {
    const anonymous = await stream({}, null);
    assert.equal(anonymous.status, 401);
    const bad = await stream({ 'last-event-id': 'yesterday' });
    assert.equal(bad.status, 400);
    assert.deepEqual(JSON.parse(bad.body).errors, [{ field: 'Last-Event-ID', message: 'must be the id of an event of this stream (a revision: digits)' }]);
  });

  test('a snapshot of the publisher\'s modules and installed tenants only, ended by ready with the revision', async () => {
    const client = await stream();
    assert.equal(client.status, 200);
    assert.match(String(client.headers['content-type']), /^text\/event-stream/);
    const ready = await client.next((e) => e.event === 'ready');
    assert.equal(ready.id, String(t.app.entitlements.revision));
    const snapshot = data(client.events[0]!);
    assert.equal(client.events[0]!.event, 'snapshot');
    const modules = snapshot.modules.map((m: { uniqueName: string; offerId: string }) => m.uniqueName);
    assert.ok(modules.includes(f.plan.appModule));
    assert.ok(snapshot.modules.every((m: { offerId: string }) => m.offerId === f.offer.id));
    assert.equal(snapshot.tenants, 1);
    const tenants = client.events.filter((e) => e.event === 'tenant').map((e) => data(e).tenantId);
    assert.deepEqual(tenants, [f.customer.id]);
    const users = client.events.filter((e) => e.event === 'users').flatMap((e) => data(e).users.map((u: unknown[]) => u[0]));
    assert.ok(users.includes(f.licensed.id) && users.includes(f.unlicensed.id));
    const product = data(client.events.find((e) => e.event === 'product')!);
    assert.equal(product.planId, f.plan.id);
    assert.deepEqual(product.holders, [f.licensed.id]);
    // Isolation: nothing of the other publisher's customer, users or plans.
    const all = client.events.map((e) => e.data).join('\n');
    for (const secret of [other.customer.id, other.licensed.id, other.plan.id, other.plan.appModule]) assert.ok(!all.includes(secret), `leaked ${secret}`);
  });

  test('a change arrives as state with the write\'s revision as id; another publisher\'s change only as a revision', async () => {
    const client = await stream();
    await client.next((e) => e.event === 'ready');
    const from = client.events.length;
    const assigned = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/assign`, { userIds: [f.unlicensed.id] });
    const revision = String(assigned.headers['licensehub-revision']);
    const product = await client.next((e) => e.event === 'product' && e.id === revision, from);
    assert.deepEqual([...data(product).holders].sort(), [f.licensed.id, f.unlicensed.id].sort());
    const afterIt = client.events.length;
    const elsewhere = await other.customer.admin.post(`/api/v1/tenants/${other.customer.id}/licenses/${other.plan.id}/assign`, { userIds: [other.unlicensed.id] });
    const otherRevision = String(elsewhere.headers['licensehub-revision']);
    const marker = await client.next((e) => e.id === otherRevision, afterIt);
    assert.equal(marker.event, 'revision');
    assert.ok(!client.events.slice(afterIt).some((e) => e.data.includes(other.customer.id)));
    await assign(f.customer, f.plan.id, { userIds: [] }).catch(() => undefined);
  });

  test('Last-Event-ID resumes with what came after; too old a revision gets a new snapshot', async () => {
    const first = await stream();
    const ready = await first.next((e) => e.event === 'ready');
    first.close();
    const newcomer = await createUser(f.customer);
    const resumed = await stream({ 'last-event-id': ready.id! });
    const users = await resumed.next((e) => e.event === 'users');
    assert.deepEqual(data(users).users.map((u: unknown[]) => u[0]), [newcomer.id]);
    assert.ok(!resumed.events.some((e) => e.event === 'snapshot'), 'a resumed stream has no snapshot');
    resumed.close();
    // More revisions than the ring keeps (3): the old id is too old.
    for (let i = 0; i < 4; i++) await createUser(f.customer);
    const late = await stream({ 'last-event-id': ready.id! });
    await late.next((e) => e.event === 'ready');
    assert.equal(late.events[0]!.event, 'snapshot');
    late.close();
  });

  test('heartbeats keep an idle stream open; a key may hold only so many streams', async () => {
    const clients = [await stream(), await stream(), await stream()];
    await clients[0]!.waitFor(() => clients[0]!.comments.includes('ping'), 3_000);
    const refused = await stream();
    assert.equal(refused.status, 429);
    assert.match(JSON.parse(refused.body).detail, /already has 3 open streams/);
    for (const client of clients) client.close();
  });

  test('a revoked key\'s stream is closed', async () => {
    const created = await f.publisher.admin.post('/api/v1/auth/tokens', { name: 'stream', scopes: ['runtime.check'] });
    const client = await stream({}, created.json().token);
    await client.next((e) => e.event === 'ready');
    assert.equal((await f.publisher.admin.delete(`/api/v1/auth/tokens/${created.json().id}`)).statusCode, 204);
    await client.waitFor(() => client.ended, 3_000);
  });
});
