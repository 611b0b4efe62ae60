import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { customerWithLicenses, type PlanFixture } from '../../../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../../../test/support/seatInvariants.js';

interface ListedUser {
  id: string;
  userPrincipalName: string;
  licenses: { planId: string; name: string; state: string; sources: { kind: string; groupId?: string; groupName?: string }[] }[];
}

/** The users list as license management sees it: the Licenses column, its filters, the CSV export and bulk assignment. */
describe('users list with licenses, filters, export and bulk assignment', () => {
  let t: TestApp;
  let customer: TenantFixture;
  let plan: PlanFixture;
  let other: TenantFixture;
  let otherPlan: PlanFixture;
  before(async () => {
    t = await createTestApp();
    ({ customer, plan } = await customerWithLicenses(t.app, 3));
    ({ customer: other, plan: otherPlan } = await customerWithLicenses(t.app, 5));
  });
  after(() => t.close());
  const users = (tenant: TenantFixture, query = '') => tenant.admin.get(`/api/v1/tenants/${tenant.id}/users?limit=500${query}`);
  const listed = async (tenant: TenantFixture, query = ''): Promise<ListedUser[]> => {
    const response = await users(tenant, query);
    assert.equal(response.statusCode, 200, response.body);
    return response.json().items;
  };
  const assign = (body: object) => customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/assign`, body);

  test('each user comes with their licenses and how they hold them; licensed and planId filter', async () => {
    const direct = await createUser(customer, { name: 'Ada Direct' });
    const viaGroup = await createUser(customer, { name: 'Bo Group' });
    const nobody = await createUser(customer, { name: 'Cy Nothing' });
    const sales = await createGroup(customer, 'Sales');
    assert.equal((await customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${sales.id}/members`, { memberType: 'user', memberId: viaGroup.id })).statusCode, 204);
    assert.equal((await assign({ userIds: [direct.id], groupIds: [sales.id] })).statusCode, 200);

    const all = await listed(customer);
    const byId = new Map(all.map((u) => [u.id, u]));
    assert.deepEqual(byId.get(direct.id)!.licenses, [{ planId: plan.id, name: plan.name, state: 'active', sources: [{ kind: 'direct' }] }]);
    assert.deepEqual(byId.get(viaGroup.id)!.licenses, [{ planId: plan.id, name: plan.name, state: 'active', sources: [{ kind: 'group', groupId: sales.id, groupName: 'Sales' }] }]);
    assert.deepEqual(byId.get(nobody.id)!.licenses, []);

    const licensed = (await listed(customer, '&licensed=true')).map((u) => u.id).sort();
    assert.deepEqual(licensed, [direct.id, viaGroup.id].sort());
    const unlicensed = (await listed(customer, '&licensed=false')).map((u) => u.id);
    assert.ok(unlicensed.includes(nobody.id) && unlicensed.includes(customer.adminId));
    assert.ok(!unlicensed.includes(direct.id) && !unlicensed.includes(viaGroup.id));
    assert.deepEqual((await listed(customer, `&planId=${plan.id}`)).map((u) => u.id).sort(), licensed);
    assert.deepEqual((await listed(customer, `&planId=${plan.id}&licensed=false`)).map((u) => u.id).sort(), unlicensed.sort(), 'licensed=false with a product: who lacks it');
    assert.equal((await users(customer, `&licensed=maybe`)).statusCode, 400);
    assert.equal((await users(customer, `&planId=nope`)).statusCode, 400);

    // A disabled user keeps a direct assignment but takes no seat.
    await customer.admin.patch(`/api/v1/tenants/${customer.id}/users/${direct.id}`, { enabled: false });
    const disabled = (await listed(customer, '&licensed=true')).find((u) => u.id === direct.id)!;
    assert.deepEqual(disabled.licenses.map((l) => l.state), ['user_disabled']);
    await customer.admin.patch(`/api/v1/tenants/${customer.id}/users/${direct.id}`, { enabled: true });
    await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/unassign`, { userIds: [direct.id], groupIds: [sales.id] });
  });

  test("a tenant's admin never sees another tenant's users or licenses", async () => {
    const theirs = await createUser(other, { name: 'Other Tenant Person' });
    assert.equal((await other.admin.post(`/api/v1/tenants/${other.id}/licenses/${otherPlan.id}/assign`, { userIds: [theirs.id] })).statusCode, 200);
    assert.equal((await customer.admin.get(`/api/v1/tenants/${other.id}/users`)).statusCode, 404);
    assert.equal((await customer.admin.get(`/api/v1/tenants/${other.id}/users/export.csv`)).statusCode, 404);
    const mine = await listed(customer, `&planId=${otherPlan.id}`);
    assert.deepEqual(mine, [], "filtering by another tenant's product finds nobody");
    const everyone = await listed(customer);
    assert.ok(everyone.every((u) => u.licenses.every((l) => l.planId !== otherPlan.id)));
    const csv = (await customer.admin.get(`/api/v1/tenants/${customer.id}/users/export.csv`)).body;
    assert.doesNotMatch(csv, /Other Tenant Person/);
    const bulk = await other.admin.post(`/api/v1/tenants/${other.id}/licenses/${otherPlan.id}/assign`, { userIds: [customer.adminId], partial: true });
    assert.equal(bulk.statusCode, 404, "another tenant's user cannot be given a seat");
  });

  test('bulk assignment with partial: whoever fits gets a seat, the rest are named; never more than purchased', async () => {
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await createUser(customer));
    const disabled = await createUser(customer, { enabled: false });
    const ids = [...people.map((p) => p.id), disabled.id];
    const refused = await assign({ userIds: ids });
    assert.equal(refused.statusCode, 409, 'without partial the request stays all or nothing');

    const result = await assign({ userIds: ids, partial: true });
    assert.equal(result.statusCode, 200, result.body);
    const body = result.json();
    assert.deepEqual([body.product.purchased, body.product.assigned, body.product.available], [3, 3, 0]);
    assert.deepEqual(
      body.notAssigned.map((n: { id: string; reason: string }) => [n.id, n.reason]),
      [
        [disabled.id, 'user_disabled'],
        [people[3]!.id, 'not_enough_licenses'],
        [people[4]!.id, 'not_enough_licenses'],
      ],
    );
    assert.deepEqual(
      body.users.map((u: { state: string }) => u.state),
      ['active', 'active', 'active', 'none', 'none', 'none'],
    );
    assert.ok(body.notAssigned.every((n: { userPrincipalName: string }) => n.userPrincipalName.includes('@')));
    await assertSeatInvariants(t.app, customer.id, plan.id);
    assert.equal((await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/unassign`, { userIds: people.slice(0, 3).map((p) => p.id) })).statusCode, 200);
  });

  test('only roles with license.assign (License, User and Global admins) may assign in bulk: 403 otherwise', async () => {
    const someone = await createUser(customer);
    for (const roles of [[], ['billing_admin']]) {
      const caller = await signInAs(t.app, await createUser(customer, { roles }));
      const response = await caller.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/assign`, { userIds: [someone.id], partial: true });
      assert.equal(response.statusCode, 403, `roles ${roles.join() || 'none'}`);
    }
    for (const roles of [['license_admin'], ['user_admin']]) {
      const caller = await signInAs(t.app, await createUser(customer, { roles }));
      const allowed = await caller.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/assign`, { userIds: [someone.id], partial: true });
      assert.equal(allowed.statusCode, 200, `roles ${roles.join()} assign, as in Microsoft 365`);
    }
    await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/unassign`, { userIds: [someone.id] });
  });

  test('export.csv: every matching user (not one page), with licenses, the same filters, formulas defused', async () => {
    const spreadsheet = await createUser(customer, { name: '=HYPERLINK("x")' });
    assert.equal((await assign({ userIds: [spreadsheet.id] })).statusCode, 200);
    const response = await customer.admin.get(`/api/v1/tenants/${customer.id}/users/export.csv?licensed=true`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    assert.match(String(response.headers['content-disposition']), /attachment; filename="users-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = response.body.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'Display name,User principal name,Usage location,Sign-in,Source,Admin roles,Licenses,Created');
    assert.equal(lines.length, 2, 'only the licensed user');
    assert.ok(lines[1]!.startsWith(`"'=HYPERLINK(""x"")",${spreadsheet.userPrincipalName}`), lines[1]);
    assert.match(lines[1]!, new RegExp(`${plan.name} \\(direct\\)`));
    const unlicensed = (await customer.admin.get(`/api/v1/tenants/${customer.id}/users/export.csv?licensed=false`)).body;
    assert.match(unlicensed, /,Unlicensed,/);
    assert.doesNotMatch(unlicensed, /HYPERLINK/);
    assert.equal((await customer.admin.get(`/api/v1/tenants/${customer.id}/users/export.csv?limit=5`)).statusCode, 400, 'the export has no pages');
    assert.equal((await anonymous(t.app).get(`/api/v1/tenants/${customer.id}/users/export.csv`)).statusCode, 401);
    await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/unassign`, { userIds: [spreadsheet.id] });
  });

  test('a few thousand users: the licenses of a page cost the same queries as of a few, the export has them all', async () => {
    const big = await customerWithLicenses(t.app, 5000);
    const tenant = big.customer;
    const rows = ['User principal name,Display name'];
    for (let i = 0; i < 3000; i++) rows.push(`bulk${String(i).padStart(4, '0')}@${tenant.domain},Bulk ${String(i).padStart(4, '0')}`);
    const imported = await tenant.admin.request({ method: 'POST', url: `/api/v1/tenants/${tenant.id}/users/import`, headers: { 'content-type': 'text/csv' }, payload: rows.join('\n') });
    assert.equal(imported.statusCode, 200, imported.body);
    assert.equal(imported.json().created.length, 3000);
    const page = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/users?limit=500&search=bulk`)).json();
    const assigned = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/licenses/${big.plan.id}/assign`, { userIds: page.items.map((u: { id: string }) => u.id) });
    assert.equal(assigned.statusCode, 200);

    const executor = t.app.db.getExecutor();
    const execute = executor.executeQuery.bind(executor);
    let queries = 0;
    executor.executeQuery = ((...args: Parameters<typeof execute>) => {
      queries += 1;
      return execute(...args);
    }) as typeof executor.executeQuery;
    // The server's own background queries (the change channel's heartbeat every second, the jobs) go
    // through the same executor: the fewest of three requests is the request's own count.
    const queriesFor = async (limit: number) => {
      let fewest = Infinity;
      for (let attempt = 0; attempt < 3; attempt++) {
        queries = 0;
        const response = await tenant.admin.get(`/api/v1/tenants/${tenant.id}/users?limit=${limit}&licensed=true`);
        assert.equal(response.statusCode, 200);
        assert.equal(response.json().items.length, limit);
        assert.ok(response.json().items.every((u: ListedUser) => u.licenses.length === 1));
        fewest = Math.min(fewest, queries);
      }
      return fewest;
    };
    try {
      assert.equal(await queriesFor(500), await queriesFor(5), 'no query per user');
    } finally {
      executor.executeQuery = execute;
    }
    assert.equal((await tenant.admin.get(`/api/v1/tenants/${tenant.id}/users?limit=1&licensed=false`)).json().total, 3001 - 500);

    const started = Date.now();
    const csv = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/users/export.csv`)).body.trimEnd().split('\r\n');
    assert.equal(csv.length, 1 + 3001, 'every user, across batches');
    assert.equal(csv.filter((line) => line.includes(`${big.plan.name} (direct)`)).length, 500);
    assert.ok(Date.now() - started < 30_000, 'the export of 3,000 users takes seconds');
  });
});
