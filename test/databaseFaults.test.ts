import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { createTestApp, Caller, type TestApp } from './support/testApp.js';
import { createGroup } from './support/factories.js';
import { licensedCustomer } from './support/runtimeFixtures.js';
import { TcpProxy } from './support/tcpProxy.js';

/**
 * The license check stands alone: the database killing LicenseHub's
 * connections, locking its tables or refusing connections never crashes the
 * process, never stalls or fails a check, turns writes into a quick 503 with
 * Retry-After, and everything comes back by itself. PostgreSQL only: these are
 * faults of a database server.
 */
const serverUrl = process.env.TEST_DATABASE_URL;
const TIMEOUTS = { statementTimeoutMs: 4_000, lockTimeoutMs: 1_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function onDatabase<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function until(what: string, condition: () => Promise<boolean>, limitMs: number): Promise<number> {
  const started = performance.now();
  while (!(await condition())) {
    if (performance.now() - started > limitMs) assert.fail(`${what}: not within ${limitMs} ms`);
    await sleep(20);
  }
  return performance.now() - started;
}

describe('database faults', { skip: serverUrl ? false : 'needs TEST_DATABASE_URL (faults of a PostgreSQL server)' }, () => {
  const proxy = new TcpProxy(new URL(serverUrl ?? 'postgres://127.0.0.1:5432').hostname, Number(new URL(serverUrl ?? 'postgres://127.0.0.1:5432').port || 5432));
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  const check = async (caller: Caller = f.runtimeKey, user = f.licensed.id) => {
    const response = await caller.post('/api/v1/runtime/check', { tenantId: f.customer.id, user, appModule: f.plan.appModule });
    return { status: response.statusCode, code: response.statusCode === 200 ? (response.json().code as string) : response.body };
  };
  const createGroupAnswer = async () => {
    const response = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/groups`, { displayName: `Group ${Math.random().toString(36).slice(2, 8)}` });
    return response;
  };

  before(async () => {
    await proxy.accept();
    t = await createTestApp({ timeouts: TIMEOUTS, reachVia: (url) => proxy.rewrite(url) });
    f = await licensedCustomer(t.app, 2);
  });
  after(async () => {
    await t?.close();
    await proxy.close();
  });

  test('connections killed with pg_terminate_backend under load: no crash, writes fail with 503 or succeed, checks never fail', { timeout: 60_000 }, async () => {
    const writes: number[] = [];
    const checks: string[] = [];
    let running = true;
    const writer = (async () => {
      while (running) writes.push((await createGroupAnswer()).statusCode);
    })();
    const writers = [writer, writer, writer];
    const checker = (async () => {
      while (running) checks.push((await check()).code);
    })();
    // Twenty writes waiting on a lock while their connections are killed: what crashed the process before.
    await onDatabase(t.database.directUrl!, async (locker) => {
      await locker.query('begin');
      await locker.query('lock table groups in access exclusive mode');
      const waiting = Array.from({ length: 20 }, () => createGroupAnswer().then((r) => writes.push(r.statusCode)));
      await sleep(300);
      for (let round = 0; round < 5; round++) {
        await onDatabase(t.database.directUrl!, (killer) =>
          killer.query(`select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name like 'licensehub%' and pid <> pg_backend_pid()`),
        );
        await sleep(200);
      }
      await locker.query('rollback');
      await Promise.all(waiting);
    });
    await sleep(500);
    running = false;
    await Promise.all([...writers, checker]);

    assert.ok(writes.length > 20);
    assert.deepEqual([...new Set(writes)].filter((s) => s !== 201 && s !== 503), [], `write answers: ${writes.join(',')}`);
    assert.deepEqual([...new Set(checks)], ['LICENSED']);
    // And it all comes back: a write succeeds, the notification listener listens again.
    await until('a write succeeds again', async () => (await createGroupAnswer()).statusCode === 201, 10_000);
    await until('listening again', async () => t.app.entitlements.status().listener === 'listening', 15_000);
  });

  test('a 6 s table lock: checks keep answering from memory, a write gets 503 with Retry-After after the lock timeout, nothing half-written', { timeout: 60_000 }, async () => {
    await onDatabase(t.database.directUrl!, async (locker) => {
      await locker.query('begin');
      await locker.query('lock table groups, audit_events, users, seat_holdings, products in access exclusive mode');
      const lockedAt = performance.now();
      const started = performance.now();
      const write = await createGroupAnswer();
      const waited = performance.now() - started;
      assert.equal(write.statusCode, 503);
      assert.equal(write.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.ok(Number(write.headers['retry-after']) > 0);
      assert.ok(waited < TIMEOUTS.lockTimeoutMs + 2_000, `the write waited ${Math.round(waited)} ms`);
      const latencies: number[] = [];
      while (performance.now() - lockedAt < 6_000) {
        const one = performance.now();
        assert.equal((await check()).code, 'LICENSED');
        latencies.push(performance.now() - one);
      }
      latencies.sort((a, b) => a - b);
      // A check that waited on the lock would take seconds; 250 ms leaves room for a loaded test machine.
      assert.ok(latencies[Math.floor(latencies.length * 0.99)]! < 250, `check p99 ${latencies[Math.floor(latencies.length * 0.99)]} ms under the lock`);
      await locker.query('rollback');
    });
    const groups = await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/groups?limit=500`);
    assert.equal(groups.statusCode, 200);
  });

  test('the database refusing connections for 5 s: checks answer from memory, /readyz says degraded, writes 503, then all recovers', { timeout: 60_000 }, async () => {
    await proxy.refuse();
    try {
      await until('the server notices', async () => (await t.app.inject({ method: 'GET', url: '/readyz' })).json().status === 'degraded', 5_000);
      const ready = await t.app.inject({ method: 'GET', url: '/readyz' });
      assert.equal(ready.statusCode, 200);
      assert.equal(ready.json().checks.database, 'failing');
      const write = await createGroupAnswer();
      assert.equal(write.statusCode, 503, write.body);
      const outage = performance.now();
      let answered = 0;
      while (performance.now() - outage < 5_000) {
        assert.equal((await check()).code, 'LICENSED');
        assert.equal((await check(f.runtimeKey, f.unlicensed.id)).code, 'NOT_ASSIGNED');
        answered += 2;
        await sleep(5);
      }
      assert.ok(answered > 100);
      // A bearer that is not a runtime key is refused from memory, not a 503.
      const stranger = new Caller(t.app, { token: 'lh_00000000_not-a-real-key' });
      assert.equal((await check(stranger)).status, 401);
    } finally {
      await proxy.accept();
    }
    await until('ready again', async () => (await t.app.inject({ method: 'GET', url: '/readyz' })).json().status === 'ready', 20_000);
    assert.equal((await createGroupAnswer()).statusCode, 201);
  });

  test('while the database is away, writes get their 503 at once instead of each trying to connect; the first connect that opens lets them through', { timeout: 60_000 }, async () => {
    await proxy.resetEach();
    let writes = 0;
    try {
      const started = performance.now();
      while (performance.now() - started < 2_000) {
        const write = await createGroupAnswer();
        assert.equal(write.statusCode, 503, write.body);
        assert.ok(write.headers['retry-after']);
        writes++;
      }
      // About one connect a second from the pool (its probe) and the change channel's own reconnects (250, 500, 1000 ms).
      assert.ok(writes >= 50, `${writes} writes in 2 s`);
      assert.ok(proxy.resets <= 12, `${proxy.resets} connections tried for ${writes} writes`);
    } finally {
      await proxy.accept();
    }
    const back = performance.now();
    await until('writes succeed again', async () => (await createGroupAnswer()).statusCode === 201, 5_000);
    assert.ok(performance.now() - back < 2_500, 'within about the pause (1 s) of the database coming back');
  });
});

describe('a gap in notifications', { skip: serverUrl ? false : 'needs TEST_DATABASE_URL (two servers share a PostgreSQL database)' }, () => {
  const proxy = new TcpProxy(new URL(serverUrl ?? 'postgres://127.0.0.1:5432').hostname, Number(new URL(serverUrl ?? 'postgres://127.0.0.1:5432').port || 5432));
  let a: TestApp;
  let b: TestApp;
  before(async () => {
    await proxy.accept();
    a = await createTestApp();
    b = await createTestApp({ sharing: a, reachVia: (url) => proxy.rewrite(url) });
  });
  after(async () => {
    await b?.close();
    await a?.close();
    await proxy.close();
  });

  test('an unassignment made while a server could not listen is seen there within 1 s of reconnecting', { timeout: 90_000 }, async () => {
    const f = await licensedCustomer(a.app, 2);
    await b.app.entitlements.apply([{ kind: 'catalog' }, { kind: 'tenant', tenantId: f.customer.id }]);
    const keyOnB = new Caller(b.app, (f.runtimeKey as unknown as { auth: { token: string } }).auth);
    const codeOnB = async () => (await keyOnB.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule })).json().code as string;
    await until('B sees the user licensed', async () => (await codeOnB()) === 'LICENSED', 2_000);

    await proxy.refuse(); // B loses the database, and with it the notifications
    await until('B notices', async () => b.app.entitlements.status().listener === 'reconnecting', 10_000);
    const group = await createGroup(f.customer); // a change B misses, besides the unassignment
    assert.ok(group.id);
    const unassigned = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/unassign`, { userIds: [f.licensed.id] });
    assert.equal(unassigned.statusCode, 200, unassigned.body);
    assert.equal(await codeOnB(), 'LICENSED', 'B answers from its last known state meanwhile');

    await proxy.accept();
    await until('B listens again', async () => b.app.entitlements.status().listener === 'listening', 30_000);
    const seenAfter = await until('B sees the unassignment', async () => (await codeOnB()) === 'NOT_ASSIGNED', 1_000);
    process.stdout.write(`# the second server saw the unassignment ${Math.round(seenAfter)} ms after listening again\n`);
  });
});
