import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, TEST_PASSWORD, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';
import { DAY_MS, signInFrom } from '../../../../test/support/licensingFactories.js';
import { assign, licensedCustomer } from '../../../../test/support/runtimeFixtures.js';

describe('Admin Center license usage', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  let users: { id: string; userPrincipalName: string; displayName: string }[];
  const url = (query = '') => `/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/usage${query}`;

  let other: TenantFixture;
  before(async () => {
    t = await createTestApp();
    const now = t.clock.now(); // 2026-11-24T12:00:00Z
    const at = async (daysAgo: number) => {
      t.clock.set(new Date(now.getTime() - daysAgo * DAY_MS));
      // Sessions last 12 hours: sign the admin in again at each stop.
      if (f) f.customer.admin = await signInFrom(t.app, `admin@${f.customer.domain}`, TEST_PASSWORD);
    };
    const launch = async (user: { userPrincipalName: string }) => {
      const launched = await (await signInFrom(t.app, user.userPrincipalName, TEST_PASSWORD)).get(`/launch/${f.customer.id}/${f.plan.appModule}`);
      assert.equal(launched.statusCode, 302, launched.body);
    };
    // 50 days ago (2026-10-05): 10 seats, Lena, Ann, Bo and Cy assigned.
    await at(50);
    other = await createTenant(t.app);
    f = await licensedCustomer(t.app, 10);
    await t.app.db.updateTable('offers').set({ launch_url: 'https://apps.example/fieldhub' }).where('id', '=', f.offer.id).execute();
    users = [await createUser(f.customer, { name: 'Ann Active' }), await createUser(f.customer, { name: 'Bo Bygone' }), await createUser(f.customer, { name: 'Cy Never' })];
    await assign(f.customer, f.plan.id, { userIds: users.map((u) => u.id) });
    // Ann and Bo open the app 40 days ago; Ann again yesterday; Dee gets a seat 5 days ago.
    await at(40);
    for (const user of users.slice(0, 2)) await launch(user);
    await at(5);
    const dee = await createUser(f.customer, { name: 'Dee New' });
    await assign(f.customer, f.plan.id, { userIds: [dee.id] });
    await at(1);
    await launch(users[0]!);
    await at(0);
    other.admin = await signInFrom(t.app, `admin@${other.domain}`, TEST_PASSWORD);
  });
  after(() => t.close());

  test('purchased vs assigned by month and the holders who have not launched the app in 30 days', async () => {
    const response = await f.customer.admin.get(url());
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.deepEqual(
      body.series.map((p: { period: string; purchased: number; assigned: number }) => [p.period, p.purchased, p.assigned]),
      [
        ['2026-06', 0, 0],
        ['2026-07', 0, 0],
        ['2026-08', 0, 0],
        ['2026-09', 0, 0],
        ['2026-10', 10, 4],
        ['2026-11', 10, 5],
      ],
    );
    assert.equal(body.inactiveDays, 30);
    assert.deepEqual(
      body.inactiveUsers.map((u: { displayName: string; lastLaunchedAt: string | null }) => [u.displayName, u.lastLaunchedAt]),
      [
        ['Bo Bygone', new Date(t.clock.now().getTime() - 40 * DAY_MS).toISOString()],
        ['Cy Never', null],
        ['Lena Licensed', null],
      ],
    );
    const twelve = (await f.customer.admin.get(url('?months=12'))).json();
    assert.equal(twelve.series.length, 12);
    assert.equal(twelve.series[0].period, '2025-12');
  });

  test('only Global and License admins of the tenant; 404 for a plan the tenant does not hold; months is 6 or 12', async () => {
    assert.equal((await anonymous(t.app).get(url())).statusCode, 401);
    const signInAs = async (user: { userPrincipalName: string }) => signInFrom(t.app, user.userPrincipalName, TEST_PASSWORD);
    const licenseAdmin = await signInAs(await createUser(f.customer, { roles: ['license_admin'] }));
    assert.equal((await licenseAdmin.get(url())).statusCode, 200);
    const userAdmin = await signInAs(await createUser(f.customer, { roles: ['user_admin'] }));
    assert.equal((await userAdmin.get(url())).statusCode, 403);
    assert.equal((await (await signInAs(f.licensed)).get(url())).statusCode, 403);
    assert.equal((await other.admin.get(url())).statusCode, 404);
    assert.equal((await other.admin.get(`/api/v1/tenants/${other.id}/licenses/${f.plan.id}/usage`)).statusCode, 404, 'holds no licenses of this plan');
    const bad = await f.customer.admin.get(url('?months=7'));
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors[0].field, 'query parameter months');
  });
});
