import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { customerWithLicenses, type PlanFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../../../test/support/seatInvariants.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('licenses API (products and assignment)', () => {
  let t: TestApp;
  let customer: TenantFixture;
  let publisher: PublisherFixture;
  let plan: PlanFixture;
  let dealId: string;
  before(async () => {
    t = await createTestApp();
    ({ customer, publisher, plan, deal: { id: dealId } } = await customerWithLicenses(t.app, 3));
  });
  after(() => t.close());
  const base = () => `/api/v1/tenants/${customer.id}/licenses`;
  const assign = (body: object) => customer.admin.post(`${base()}/${plan.id}/assign`, body);
  const unassign = (body: object) => customer.admin.post(`${base()}/${plan.id}/unassign`, body);
  const product = async () => (await customer.admin.get(`${base()}/${plan.id}`)).json();
  const later = () => t.clock.advance(1000);
  const addMember = (groupId: string, memberType: 'user' | 'group', memberId: string) =>
    customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${groupId}/members`, { memberType, memberId });
  const holders = async () =>
    (await customer.admin.get(`${base()}/${plan.id}/holders?limit=500`)).json().items.map((h: { user: { id: string }; state: string }) => [h.user.id, h.state]);
  const check = () => assertSeatInvariants(t.app, customer.id, plan.id);
  /** Removes every assignment so each test starts from an empty product. */
  const reset = async () => {
    const detail = await product();
    const userIds = detail.assignments.filter((a: { kind: string }) => a.kind === 'user').map((a: { id: string }) => a.id);
    const groupIds = detail.assignments.filter((a: { kind: string }) => a.kind === 'group').map((a: { id: string }) => a.id);
    if (userIds.length + groupIds.length) assert.equal((await unassign({ userIds, groupIds })).statusCode, 200);
  };

  test('401, 400 per field, 404 for another tenant, 403 for users and Billing admins who only read', async () => {
    assert.equal((await anonymous(t.app).get(base())).statusCode, 401);
    const bad = await assign({ userIds: ['nope'], groupIds: 'x' });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors.map((e: { field: string }) => e.field).sort(), ['groupIds', 'userIds.0']);
    assert.equal((await assign({})).statusCode, 400, 'someone to assign to');
    assert.equal((await customer.admin.get(`${base()}/not-a-guid`)).statusCode, 400);
    assert.equal((await publisher.admin.get(base())).statusCode, 404);
    const billing = await signInAs(t.app, await createUser(customer, { roles: ['billing_admin'] }));
    assert.equal((await billing.get(base())).statusCode, 200);
    assert.equal((await billing.post(`${base()}/${plan.id}/assign`, { userIds: [customer.adminId] })).statusCode, 403);
    const licenseAdmin = await signInAs(t.app, await createUser(customer, { roles: ['license_admin'] }));
    assert.equal((await licenseAdmin.post(`${base()}/${plan.id}/assign`, { userIds: [customer.adminId] })).statusCode, 200, 'License admins assign');
    const plain = await signInAs(t.app, await createUser(customer));
    assert.equal((await plain.get(base())).statusCode, 403);
    await reset();
  });

  test('products: one per plan held, with counts, state, offer, plan and Service ID', async () => {
    const items = (await customer.admin.get(base())).json().items;
    assert.equal(items.length, 1);
    assert.deepEqual(
      [items[0].planId, items[0].serviceId, items[0].purchased, items[0].assigned, items[0].available, items[0].state, items[0].publisher.tenantId],
      [plan.id, plan.serviceId, 3, 0, 3, 'active', publisher.id],
    );
    const otherPlan = await customer.admin.get(`${base()}/0f8fad5b-d9cb-469f-a165-70867728950e`);
    assert.equal(otherPlan.statusCode, 404);
    assert.match(otherPlan.json().detail, /holds no licenses of this plan/);
    const notHeld = await customer.admin.post(`${base()}/0f8fad5b-d9cb-469f-a165-70867728950e/assign`, { userIds: [customer.adminId] });
    assert.equal(notHeld.statusCode, 404);
    assert.match(notHeld.json().detail, /holds no licenses/);
  });

  test('direct assignments take free seats; none left → 409 not enough licenses, nothing half-applied', async () => {
    const users = [];
    for (let i = 0; i < 5; i++) users.push(await createUser(customer));
    const two = await assign({ userIds: [users[0]!.id, users[1]!.id] });
    assert.equal(two.statusCode, 200);
    assert.deepEqual([two.json().product.assigned, two.json().product.available], [2, 1]);
    assert.deepEqual(two.json().users.map((u: { state: string }) => u.state), ['active', 'active']);
    const again = await assign({ userIds: [users[0]!.id] });
    assert.deepEqual(again.json().alreadyAssigned.userIds, [users[0]!.id], 'assigning twice is harmless');

    const tooMany = await assign({ userIds: [users[2]!.id, users[3]!.id] });
    assert.equal(tooMany.statusCode, 409);
    assert.deepEqual([tooMany.json().code, tooMany.json().available, tooMany.json().needed], ['NOT_ENOUGH_LICENSES', 1, 2]);
    assert.equal((await product()).assigned, 2, 'neither was assigned');
    assert.equal((await assign({ userIds: [users[2]!.id] })).statusCode, 200);
    assert.equal((await assign({ userIds: [users[3]!.id] })).statusCode, 409);

    assert.equal((await unassign({ userIds: [users[0]!.id] })).json().product.available, 1);
    await assertAudited(t.app, 'license.unassigned', { tenantId: customer.id, targetId: plan.id });
    assert.equal((await unassign({ userIds: [users[0]!.id] })).statusCode, 404, 'not assigned any more');
    await check();
    await reset();
  });

  test('a group assignment gives every member, nested groups included, a seat in fair order; the rest wait', async () => {
    const operations = await createGroup(customer, `Operations ${Date.now()}`);
    const field = await createGroup(customer, `Field ${Date.now()}`);
    const people: { id: string }[] = [];
    for (let i = 0; i < 3; i++) people.push(await createUser(customer));
    const [ana, bo, cy] = people as [{ id: string }, { id: string }, { id: string }];
    const direct = await createUser(customer);
    // Claims start when the whole chain exists: ana t1, bo t2 (through Field), direct t3, cy t4.
    const result = await assign({ groupIds: [operations.id] });
    assert.equal(result.statusCode, 200);
    assert.equal(result.json().overAssigned, 0, 'the group is empty yet');
    later();
    await addMember(operations.id, 'user', ana.id);
    later();
    await addMember(field.id, 'user', bo.id);
    await addMember(operations.id, 'group', field.id);
    later();
    assert.equal((await assign({ userIds: [direct.id] })).statusCode, 200);
    later();
    assert.equal((await addMember(field.id, 'user', cy.id)).statusCode, 204, 'a group member beyond the count is accepted');
    assert.deepEqual(await holders(), [
      [ana.id, 'active'],
      [bo.id, 'active'],
      [direct.id, 'active'],
      [cy.id, 'not_enough_licenses'],
    ]);
    assert.equal((await product()).notEnoughLicenses, 1);
    assert.equal((await assign({ userIds: [(await createUser(customer)).id] })).statusCode, 409, 'no seat for another direct assignment');
    const detail = (await customer.admin.get(`${base()}/${plan.id}/holders`)).json();
    const boHolding = detail.items.find((h: { user: { id: string } }) => h.user.id === bo.id);
    assert.deepEqual(boHolding.sources, [{ kind: 'group', groupId: operations.id, groupName: operations.displayName, via: [{ id: field.id, name: field.displayName }] }]);

    // A user counts once however many ways they hold it.
    assert.equal((await assign({ userIds: [ana.id] })).statusCode, 200, 'ana already holds a seat: a direct assignment adds a source, not a seat');
    assert.equal((await product()).assigned, 3);
    const anaLicenses = (await customer.admin.get(`/api/v1/tenants/${customer.id}/users/${ana.id}/licenses`)).json().items;
    assert.deepEqual(anaLicenses[0].sources.map((s: { kind: string }) => s.kind), ['direct', 'group']);
    const groupLicenses = (await customer.admin.get(`/api/v1/tenants/${customer.id}/groups/${operations.id}/licenses`)).json().items;
    assert.deepEqual([groupLicenses[0].planId, groupLicenses[0].activeMembers, groupLicenses[0].notEnoughMembers], [plan.id, 2, 1]);
    const cyTries = await unassign({ userIds: [cy.id] });
    assert.equal(cyTries.statusCode, 409);
    assert.match(cyTries.json().detail, /through a group/);

    // Freed seats go to whoever waited longest.
    await unassign({ userIds: [direct.id] });
    assert.deepEqual((await holders()).find(([id]: [string]) => id === cy.id), [cy.id, 'active']);
    await check();
    await reset();
    assert.deepEqual(await holders(), []);
  });

  test('membership changes, disabled and deleted users and deleted groups update who holds what', async () => {
    const group = await createGroup(customer);
    await assign({ groupIds: [group.id] });
    const members: { id: string }[] = [];
    for (let i = 0; i < 4; i++) {
      members.push(await createUser(customer));
      later();
      await addMember(group.id, 'user', members[i]!.id);
    }
    const state = async (i: number) => (await holders()).find(([id]: [string]) => id === members[i]!.id)?.[1] ?? 'none';
    assert.deepEqual([await state(0), await state(3)], ['active', 'not_enough_licenses']);

    await customer.admin.patch(`/api/v1/tenants/${customer.id}/users/${members[0]!.id}`, { enabled: false });
    assert.deepEqual([await state(0), await state(3)], ['none', 'active'], 'a disabled user frees the seat');
    await customer.admin.patch(`/api/v1/tenants/${customer.id}/users/${members[0]!.id}`, { enabled: true });
    assert.deepEqual([await state(0), await state(3)], ['active', 'not_enough_licenses'], 'enabled again, the earlier claim wins back its seat');

    await customer.admin.delete(`/api/v1/tenants/${customer.id}/groups/${group.id}/members/${members[1]!.id}`);
    assert.deepEqual([await state(1), await state(3)], ['none', 'active']);
    await customer.admin.delete(`/api/v1/tenants/${customer.id}/users/${members[2]!.id}`);
    assert.equal((await product()).assigned, 2);
    const ledger = await t.app.db.selectFrom('license_ledger').select(['kind', 'reason']).where('user_id', '=', members[2]!.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(ledger, { kind: 'unassigned', reason: 'user deleted' });
    await check();

    await customer.admin.delete(`/api/v1/tenants/${customer.id}/groups/${group.id}`);
    assert.deepEqual(await holders(), [], 'a deleted group takes its seats with it');
    await check();
  });

  test('a disabled user, or a user or group of another tenant, cannot be assigned', async () => {
    const disabled = await createUser(customer, { enabled: false });
    const refused = await assign({ userIds: [disabled.id] });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /disabled/);
    const other = await createTenant(t.app);
    const theirUser = await createUser(other);
    const theirGroup = await createGroup(other);
    assert.equal((await assign({ userIds: [theirUser.id] })).statusCode, 404);
    assert.equal((await assign({ groupIds: [theirGroup.id] })).statusCode, 404);
    assert.equal((await assign({ userPrincipalNames: [theirUser.userPrincipalName] })).statusCode, 404);
    assert.equal((await product()).assigned, 0);
  });

  test('bulk assignment by user principal name and by CSV upload', async () => {
    const a = await createUser(customer);
    const b = await createUser(customer);
    const byName = await assign({ userPrincipalNames: [a.userPrincipalName.toUpperCase()] });
    assert.deepEqual(byName.json().users, [{ id: a.id, state: 'active' }]);
    const csv = (text: string) => customer.admin.request({ method: 'POST', url: `${base()}/${plan.id}/assign/csv`, headers: { 'content-type': 'text/csv' }, payload: text });
    const unknown = await csv(`User principal name\n${b.userPrincipalName}\nghost@${customer.domain}\n`);
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(unknown.json().problems, [{ line: 3, message: `No user ghost@${customer.domain} in your organization` }]);
    assert.equal((await csv('Email\nx@y.example\n')).statusCode, 400);
    const ok = await csv(`User principal name,Display name\r\n${b.userPrincipalName},B\r\n${a.userPrincipalName},A\r\n`);
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().product.assigned, 2);
    const json = await customer.admin.request({ method: 'POST', url: `${base()}/${plan.id}/assign/csv`, payload: { upn: a.userPrincipalName } });
    assert.equal(json.statusCode, 415);
    const audit = (await customer.admin.get(`/api/v1/tenants/${customer.id}/audit?action=license.assigned`)).json();
    assert.ok(audit.items.length >= 2);
    await reset();
  });

  test('reducing licenses marks the latest holders; the admin sees them', async () => {
    const users = [];
    for (let i = 0; i < 3; i++) {
      users.push(await createUser(customer));
      later();
      await assign({ userIds: [users[i]!.id] });
    }
    await publisher.admin.patch(`/api/v1/tenants/${publisher.id}/partner/deals/${dealId}/licenses/${plan.id}`, { quantity: 1 });
    const detail = await product();
    assert.deepEqual([detail.purchased, detail.assigned, detail.available, detail.notEnoughLicenses], [1, 1, 0, 2]);
    assert.deepEqual((await holders()).map(([, state]: [string, string]) => state), ['active', 'not_enough_licenses', 'not_enough_licenses']);
    assert.equal((await holders())[0][0], users[0]!.id);
    await check();
    await publisher.admin.patch(`/api/v1/tenants/${publisher.id}/partner/deals/${dealId}/licenses/${plan.id}`, { quantity: 3 });
    await reset();
  });
});
