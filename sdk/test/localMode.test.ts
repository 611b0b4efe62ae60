import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../test/support/testApp.js';
import { licensedCustomer } from '../../test/support/runtimeFixtures.js';
import { createUser } from '../../test/support/factories.js';
import { TcpProxy } from '../../test/support/tcpProxy.js';
import { LicenseHubClient } from '../src/index.js';
import type { CheckRequest, LicenseDecision } from '../src/types.js';

/**
 * The SDK's local mode against a real LicenseHub through a real socket (and a
 * TCP proxy the tests cut): bootstrap, changes, resume, re-snapshot after a
 * gap, two servers, fail-closed past the staleness limit.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

async function until(what: string, condition: () => boolean | Promise<boolean>, limitMs = 5_000): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > limitMs) assert.fail(`${what}: not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

describe('LicenseHubClient in local mode', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  let proxy: TcpProxy;
  let client: LicenseHubClient;
  let key: string;
  const clients: LicenseHubClient[] = [];
  const local = (options: Partial<ConstructorParameters<typeof LicenseHubClient>[0]> = {}) => {
    const made = new LicenseHubClient({ baseUrl: `http://127.0.0.1:${proxy.port}`, runtimeKey: key, mode: 'local', timeoutMs: 3_000, ...options });
    clients.push(made);
    return made;
  };
  const request = (user: string, extra: Partial<CheckRequest> = {}): CheckRequest => ({ tenantId: f.customer.id, user, appModule: f.plan.appModule, ...extra });
  const assignOne = async (userId: string) => {
    const response = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/assign`, { userIds: [userId] });
    assert.equal(response.statusCode, 200, response.body);
    return String(response.headers['licensehub-revision']);
  };

  before(async () => {
    t = await createTestApp({ env: { LICENSEHUB_STREAM_REPLAY_REVISIONS: '3' } });
    f = await licensedCustomer(t.app, 20);
    key = (f.runtimeKey.auth as { token: string }).token;
    const url = new URL(await t.app.listen({ port: 0, host: '127.0.0.1' }));
    proxy = new TcpProxy('127.0.0.1', Number(url.port));
    await proxy.accept();
    client = local();
    assert.equal(await client.start(), true);
  });
  after(async () => {
    for (const made of clients) made.close();
    await proxy.close();
    await t.close();
  });

  test('bootstraps from the snapshot and decides exactly as the server does', async () => {
    const names = [f.licensed.id, f.unlicensed.id, f.licensed.userPrincipalName.toUpperCase(), 'nobody@nowhere.example'];
    for (const user of names) {
      const mine = await client.check(request(user));
      const server = (await f.runtimeKey.post('/api/v1/runtime/check', request(user))).json() as LicenseDecision;
      assert.equal(mine.source, 'local');
      assert.deepEqual({ ...mine, source: 'server' }, { ...server, source: 'server' }, `decisions for ${user}`);
    }
    assert.equal((await client.check(request(f.licensed.id, { appModule: 'someone_elses_module' }))).code, 'UNKNOWN_APP_MODULE');
    const status = client.localStatus()!;
    assert.equal(status.ready, true);
    assert.equal(status.snapshots, 1);
    assert.ok(status.stalenessMs !== null && status.stalenessMs < 1_000);
  });

  test('an admin change is seen locally; atLeastRevision waits for it', async () => {
    const user = await createUser(f.customer);
    // Asked before the change, so the answer is remembered: the change must replace it.
    await until('the new user known locally', async () => (await client.check(request(user.id))).code === 'NOT_ASSIGNED');
    assert.equal((await client.check(request(user.id))).code, 'NOT_ASSIGNED');
    const revision = await assignOne(user.id);
    const decided = await client.check(request(user.id, { atLeastRevision: revision }));
    assert.equal(decided.code, 'LICENSED');
    assert.equal(decided.source, 'local');
    assert.ok(BigInt(client.localStatus()!.revision) >= BigInt(revision));
    const disabled = await f.customer.admin.patch(`/api/v1/tenants/${f.customer.id}/users/${user.id}`, { enabled: false });
    assert.equal(disabled.statusCode, 200);
    await until('the disabled user refused locally', async () => (await client.check(request(user.id))).code === 'USER_DISABLED');
  });

  test('a dropped connection resumes with Last-Event-ID (no new snapshot) and catches up with what changed meanwhile', async () => {
    const before = client.localStatus()!;
    await proxy.refuse();
    const user = await createUser(f.customer);
    const revision = await assignOne(user.id);
    await proxy.accept();
    await until('caught up after the reconnection', () => BigInt(client.localStatus()!.revision) >= BigInt(revision));
    assert.equal((await client.check(request(user.id))).code, 'LICENSED');
    const status = client.localStatus()!;
    assert.ok(status.reconnects > before.reconnects);
    assert.equal(status.snapshots, before.snapshots, 'resumed, not re-snapshotted');
  });

  test('a gap longer than the server keeps: a new snapshot, and the state is right', async () => {
    const before = client.localStatus()!;
    await proxy.refuse();
    const users = [];
    for (let i = 0; i < 4; i++) users.push(await createUser(f.customer));
    const revision = await assignOne(users[3]!.id);
    await proxy.accept();
    await until('caught up after the gap', () => BigInt(client.localStatus()!.revision) >= BigInt(revision));
    assert.equal(client.localStatus()!.snapshots, before.snapshots + 1);
    assert.equal((await client.check(request(users[3]!.id))).code, 'LICENSED');
    assert.equal((await client.check(request(users[0]!.userPrincipalName))).code, 'NOT_ASSIGNED');
  });

  test('past the staleness limit: fail-closed (or fail-open) instead of old state; back to local once news arrives', async () => {
    const closed = local({ stalenessLimitMs: 300 });
    const open = local({ stalenessLimitMs: 300, onUnavailable: 'fail-open' });
    await Promise.all([closed.start(), open.start()]);
    assert.equal((await closed.check(request(f.licensed.id))).code, 'LICENSED');
    await proxy.refuse();
    await new Promise((resolve) => setTimeout(resolve, 400));
    const refused = await closed.check(request(f.licensed.id));
    assert.deepEqual([refused.licensed, refused.code, refused.source], [false, 'SERVICE_UNAVAILABLE', 'policy']);
    assert.match(refused.detail, /not been refreshed for \d+ s/);
    const allowed = await open.check(request(f.unlicensed.id));
    assert.deepEqual([allowed.licensed, allowed.code], [true, 'SERVICE_UNAVAILABLE']);
    assert.ok(closed.localStatus()!.stalenessMs! > 300);
    await proxy.accept();
    await until('fresh again', async () => (await closed.check(request(f.licensed.id))).source === 'local');
  });
});

describe('local mode across two servers', { skip: onPostgres ? false : 'needs TEST_DATABASE_URL (two servers share a PostgreSQL database)' }, () => {
  let a: TestApp;
  let b: TestApp;
  let client: LicenseHubClient;
  before(async () => {
    a = await createTestApp();
    b = await createTestApp({ sharing: a });
  });
  after(async () => {
    client?.close();
    await b?.close();
    await a?.close();
  });

  test('assigned on A, the SDK streaming from B decides LICENSED with the revision, at once', { timeout: 60_000 }, async () => {
    const f = await licensedCustomer(a.app, 10);
    await b.app.entitlements.apply([{ kind: 'catalog' }, { kind: 'tenant', tenantId: f.customer.id }]);
    const key = (f.runtimeKey.auth as { token: string }).token;
    client = new LicenseHubClient({ baseUrl: await b.app.listen({ port: 0, host: '127.0.0.1' }), runtimeKey: key, mode: 'local' });
    assert.equal(await client.start(), true);
    for (let i = 0; i < 5; i++) {
      const user = await createUser(f.customer);
      const response = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/assign`, { userIds: [user.id] });
      const decided = await client.check({ tenantId: f.customer.id, user: user.id, appModule: f.plan.appModule, atLeastRevision: String(response.headers['licensehub-revision']) });
      assert.deepEqual([decided.code, decided.source], ['LICENSED', 'local']);
    }
  });
});
