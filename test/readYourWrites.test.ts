import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Caller, createTestApp, type TestApp } from './support/testApp.js';
import { assign, createRuntimeKey, licensedCustomer } from './support/runtimeFixtures.js';
import { createUser } from './support/factories.js';

/**
 * Read-your-writes (issue 17): a write answer's LicenseHub-Revision, sent back
 * as `atLeastRevision`, makes a check wait until the index has that change.
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const WAIT_MS = 2000;

describe('atLeastRevision on one server', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  before(async () => {
    t = await createTestApp({ env: { LICENSEHUB_REVISION_WAIT_MS: String(WAIT_MS) } });
    f = await licensedCustomer(t.app, 3);
  });
  after(() => t.close());

  test('a check after a write, at its revision, sees it; the index knows the revision of every write', async () => {
    const assigned = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/assign`, { userIds: [f.unlicensed.id] });
    assert.equal(assigned.statusCode, 200);
    const revision = String(assigned.headers['licensehub-revision']);
    // On PostgreSQL the index also waits for its own notification (which says no other server's change came first).
    assert.equal(await t.app.entitlements.waitForRevision(BigInt(revision), WAIT_MS), true);
    assert.equal(t.app.entitlements.revision, BigInt(revision));
    const check = await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.unlicensed.id, appModule: f.plan.appModule, atLeastRevision: revision });
    assert.equal(check.statusCode, 200, check.body);
    assert.equal(check.json().code, 'LICENSED');
    const batch = await f.runtimeKey.post('/api/v1/runtime/check/batch', {
      checks: [{ tenantId: f.customer.id, user: f.unlicensed.id, appModule: f.plan.appModule }],
      atLeastRevision: revision,
    });
    assert.equal(batch.statusCode, 200, batch.body);
    assert.equal(batch.json().results[0].code, 'LICENSED');
    const token = await f.runtimeKey.post('/api/v1/runtime/token', { tenantId: f.customer.id, user: f.unlicensed.id, appModule: f.plan.appModule, atLeastRevision: revision });
    assert.equal(token.statusCode, 200, token.body);
    assert.equal(token.json().licensed, true);
  });

  test('a revision the index does not reach in time: 503 with Retry-After after the bound, never an answer', async () => {
    const ahead = String(t.app.entitlements.revision + 1000n);
    const started = performance.now();
    const check = await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule, atLeastRevision: ahead });
    const waited = performance.now() - started;
    assert.equal(check.statusCode, 503, check.body);
    assert.equal(check.headers['retry-after'], '1');
    assert.equal(check.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(check.json().detail, new RegExp(`not yet at ${ahead}`));
    assert.equal(check.json().atLeastRevision, ahead);
    assert.ok(waited >= WAIT_MS - 20, `waited ${waited} ms`);
    const batch = await f.runtimeKey.post('/api/v1/runtime/check/batch', { checks: [{ tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule }], atLeastRevision: ahead });
    assert.equal(batch.statusCode, 503);
  });

  test('a waiting check is answered as soon as the revision arrives, not at the bound', async () => {
    const next = String(t.app.entitlements.revision + 1n);
    const waiting = f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule, atLeastRevision: next });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await createUser(f.customer); // any license-changing write takes the next revision
    const answered = await waiting;
    assert.equal(answered.statusCode, 200, answered.body);
    assert.equal(answered.json().code, 'LICENSED');
  });

  test('a malformed atLeastRevision is a 400 naming the field; an unknown key is still refused', async () => {
    const bad = await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule, atLeastRevision: 'latest' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad.json().errors.map((e: { field: string }) => e.field),
      ['atLeastRevision'],
    );
    const numeric = await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule, atLeastRevision: 12 });
    assert.equal(numeric.statusCode, 400);
    const inItem = await f.runtimeKey.post('/api/v1/runtime/check/batch', { checks: [{ tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule, atLeastRevision: '1' }] });
    assert.equal(inItem.statusCode, 400);
  });
});

describe('atLeastRevision across two servers', { skip: onPostgres ? false : 'needs TEST_DATABASE_URL (two servers share a PostgreSQL database)' }, () => {
  let a: TestApp;
  let b: TestApp;
  before(async () => {
    a = await createTestApp();
    b = await createTestApp({ sharing: a });
  });
  after(async () => {
    await b?.close();
    await a?.close();
  });

  test('assigned on A, checked on B with the write answer revision: LICENSED at once, every time', { timeout: 60_000 }, async () => {
    const f = await licensedCustomer(a.app, 40);
    await b.app.entitlements.apply([{ kind: 'catalog' }, { kind: 'tenant', tenantId: f.customer.id }]);
    const keyOnB: Caller = await createRuntimeKey(b.app, f.publisher);
    const rounds = 15;
    let withoutRevisionStale = 0;
    for (let i = 0; i < rounds; i++) {
      const user = await createUser(f.customer);
      const assigned = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/assign`, { userIds: [user.id] });
      assert.equal(assigned.statusCode, 200);
      const revision = String(assigned.headers['licensehub-revision']);
      // Both at once: the plain check may still see the old state; the one with the revision never does.
      const [plain, atRevision] = await Promise.all([
        keyOnB.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: user.id, appModule: f.plan.appModule }),
        keyOnB.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: user.id, appModule: f.plan.appModule, atLeastRevision: revision }),
      ]);
      if (plain.json().code !== 'LICENSED') withoutRevisionStale++;
      assert.equal(atRevision.statusCode, 200, atRevision.body);
      assert.equal(atRevision.json().code, 'LICENSED', `round ${i}: ${atRevision.body}`);
      assert.ok(b.app.entitlements.revision >= BigInt(revision));
    }
    process.stdout.write(`# checks on B without atLeastRevision that still saw the old state: ${withoutRevisionStale}/${rounds}\n`);
  });

  test('B knows revisions that changed nothing it holds (a write elsewhere): it still reaches them', { timeout: 30_000 }, async () => {
    const f = await licensedCustomer(a.app, 2);
    const keyOnB = await createRuntimeKey(b.app, f.publisher);
    await b.app.entitlements.apply([{ kind: 'catalog' }, { kind: 'tenant', tenantId: f.customer.id }]);
    const other = await licensedCustomer(a.app, 2);
    const written = await assign(other.customer, other.plan.id, { userIds: [other.unlicensed.id] });
    assert.ok(written);
    const revision = a.app.entitlements.revision;
    const check = await keyOnB.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule, atLeastRevision: String(revision) });
    assert.equal(check.statusCode, 200, check.body);
    assert.equal(check.json().code, 'LICENSED');
  });
});
