import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Caller, createTestApp, type TestApp } from './support/testApp.js';
import { createUser } from './support/factories.js';
import { assign, createRuntimeKey, licensedCustomer } from './support/runtimeFixtures.js';

/**
 * Two LicenseHub servers on one PostgreSQL database: an admin change made on
 * one is seen by license checks on the other within a second (LISTEN/NOTIFY).
 */
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe('changes propagate between servers', { skip: onPostgres ? false : 'needs TEST_DATABASE_URL (two servers share a PostgreSQL database)' }, () => {
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

  async function untilCode(check: () => Promise<string>, expected: string, limitMs: number): Promise<number> {
    const started = performance.now();
    for (;;) {
      const code = await check();
      const elapsed = performance.now() - started;
      if (code === expected) return elapsed;
      if (elapsed > limitMs) assert.fail(`still ${code} after ${Math.round(elapsed)} ms, expected ${expected}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  test('assignments, disabling and new users reach the other server within 1 s', { timeout: 60_000 }, async () => {
    const f = await licensedCustomer(a.app, 3);
    // The fixture writes the offer as rows, not through publish: tell B about it by hand.
    await b.app.entitlements.apply([{ kind: 'catalog' }, { kind: 'tenant', tenantId: f.customer.id }]);
    const keyOnB = await createRuntimeKey(b.app, f.publisher);
    const checkOnB = async (user: string) =>
      (await keyOnB.post('/api/v1/runtime/check', { tenantId: f.customer.id, user, appModule: f.plan.appModule })).json().code as string;

    await untilCode(() => checkOnB(f.licensed.id), 'LICENSED', 1000);
    await assign(f.customer, f.plan.id, { userIds: [f.unlicensed.id] });
    const assigned = await untilCode(() => checkOnB(f.unlicensed.id), 'LICENSED', 1000);
    await f.customer.admin.patch(`/api/v1/tenants/${f.customer.id}/users/${f.licensed.id}`, { enabled: false });
    const disabled = await untilCode(() => checkOnB(f.licensed.id), 'USER_DISABLED', 1000);
    const newcomer = await createUser(f.customer);
    const created = await untilCode(() => checkOnB(newcomer.userPrincipalName), 'NOT_ASSIGNED', 1000);
    process.stdout.write(`# propagation to the second server: assign ${Math.round(assigned)} ms, disable ${Math.round(disabled)} ms, new user ${Math.round(created)} ms\n`);
  });

  test('a 400-row user import reaches the other server whole (its change goes out in parts)', { timeout: 60_000 }, async () => {
    const f = await licensedCustomer(a.app, 2);
    await b.app.entitlements.apply([{ kind: 'catalog' }, { kind: 'tenant', tenantId: f.customer.id }]);
    const keyOnB = await createRuntimeKey(b.app, f.publisher);
    const domain = f.licensed.userPrincipalName.split('@')[1];
    const names = Array.from({ length: 400 }, (_, i) => `imported${i}@${domain}`);
    const csv = ['User principal name,Display name,Usage location,Enabled', ...names.map((name, i) => `${name},Imported ${i},US,true`)].join('\n');
    const imported = await f.customer.admin.request({ method: 'POST', url: `/api/v1/tenants/${f.customer.id}/users/import?dryRun=false`, headers: { 'content-type': 'text/csv' }, payload: csv });
    assert.equal(imported.statusCode, 200, imported.body);
    for (const name of [names[0]!, names[199]!, names[399]!]) {
      await untilCode(async () => (await keyOnB.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: name, appModule: f.plan.appModule })).json().code as string, 'NOT_ASSIGNED', 1000);
    }
  });

  test('a runtime key revoked on one server stops working on the other within 1 s', { timeout: 60_000 }, async () => {
    const f = await licensedCustomer(a.app, 2);
    await b.app.entitlements.apply([{ kind: 'catalog' }, { kind: 'tenant', tenantId: f.customer.id }]);
    const created = await f.publisher.admin.post('/api/v1/auth/tokens', { name: 'runtime', scopes: ['runtime.check'] });
    assert.equal(created.statusCode, 201);
    const keyOnB = new Caller(b.app, { token: created.json().token });
    const statusOnB = async () =>
      (await keyOnB.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule })).statusCode;
    assert.equal(await statusOnB(), 200); // B now remembers the key

    assert.equal((await f.publisher.admin.delete(`/api/v1/auth/tokens/${created.json().id}`)).statusCode, 204);
    const started = performance.now();
    while ((await statusOnB()) !== 401) {
      if (performance.now() - started > 1000) assert.fail('the revoked key still works on the other server after 1 s');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    process.stdout.write(`# revoked key refused by the second server after ${Math.round(performance.now() - started)} ms\n`);
  });
});
