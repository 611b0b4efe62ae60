import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Caller, anonymous, createTestApp, type TestApp } from '../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, signInAs, type TenantFixture } from '../../../test/support/factories.js';
import { customerWithLicenses, type PlanFixture } from '../../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../../test/support/seatInvariants.js';
import { servicePlanId } from './graphObjects.js';

const GRAPH = '/api/graph/v1.0';

/** An API token of the tenant's admin: what a Graph script sends as its bearer token. */
async function graphToken(app: TestApp['app'], tenant: TenantFixture, scopes: string[]): Promise<Caller> {
  const created = await tenant.admin.post('/api/v1/auth/tokens', { name: `graph ${scopes.join(' ')}`, scopes });
  assert.equal(created.statusCode, 201, created.body);
  return new Caller(app, { token: created.json().token });
}

describe('Microsoft Graph–compatible licensing API', () => {
  let t: TestApp;
  let customer: TenantFixture;
  let plan: PlanFixture;
  let graph: Caller;
  let user: { id: string; userPrincipalName: string };
  before(async () => {
    t = await createTestApp();
    ({ customer, plan } = await customerWithLicenses(t.app, 2));
    graph = await graphToken(t.app, customer, ['licenses.read', 'licenses.write']);
    user = await createUser(customer);
  });
  after(() => t.close());
  const check = () => assertSeatInvariants(t.app, customer.id, plan.id);

  test('subscribedSkus: each product as a SKU with its units, state and app modules as service plans', async () => {
    const response = await graph.get(`${GRAPH}/subscribedSkus`);
    assert.equal(response.statusCode, 200);
    const { value } = response.json();
    assert.equal(value.length, 1);
    const sku = value[0];
    assert.deepEqual(
      [sku.id, sku.skuId, sku.skuPartNumber, sku.capabilityStatus, sku.consumedUnits, sku.prepaidUnits, sku.appliesTo],
      [`${customer.id}_${plan.id}`, plan.id, plan.serviceId, 'Enabled', 0, { enabled: 2, warning: 0, suspended: 0, lockedOut: 0 }, 'User'],
    );
    assert.ok(sku.servicePlans.some((p: { servicePlanName: string; servicePlanId: string }) => p.servicePlanName === plan.appModule && /^[0-9a-f-]{36}$/.test(p.servicePlanId)));
    const selected = (await graph.get(`${GRAPH}/subscribedSkus?$select=skuId,skuPartNumber`)).json().value[0];
    assert.deepEqual(selected, { id: sku.id, skuId: plan.id, skuPartNumber: plan.serviceId }, '$select keeps id and the selected properties');
    const one = await graph.get(`${GRAPH}/subscribedSkus/${sku.id}`);
    assert.equal(one.statusCode, 200);
    assert.equal(one.json().skuPartNumber, plan.serviceId);
    assert.equal((await graph.get(`${GRAPH}/subscribedSkus/${customer.id}_00000000-0000-4000-8000-000000000000`)).statusCode, 404);
  });

  test('assignLicense on a user by user principal name: the seat is taken and shows in assignedLicenses, states and licenseDetails', async () => {
    const response = await graph.post(`${GRAPH}/users/${user.userPrincipalName}/assignLicense`, { addLicenses: [{ skuId: plan.id, disabledPlans: [] }], removeLicenses: [] });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.equal(body.id, user.id);
    assert.deepEqual(body.assignedLicenses, [{ skuId: plan.id, disabledPlans: [] }]);
    assert.deepEqual(
      body.licenseAssignmentStates.map((s: Record<string, unknown>) => [s.skuId, s.assignedByGroup, s.state, s.error]),
      [[plan.id, null, 'Active', 'None']],
    );
    const details = (await graph.get(`${GRAPH}/users/${user.id}/licenseDetails`)).json().value;
    assert.deepEqual(details.map((d: { skuPartNumber: string }) => d.skuPartNumber), [plan.serviceId]);
    assert.ok(details[0].servicePlans.some((p: { servicePlanName: string }) => p.servicePlanName === plan.appModule));
    assert.equal((await graph.get(`${GRAPH}/subscribedSkus`)).json().value[0].consumedUnits, 1);
    // The runtime check sees the new seat at once: the same command ran.
    await check();
  });

  test('a group assignment beyond the seats gives members CountViolation and lists them in membersWithLicenseErrors', async () => {
    const group = await createGroup(customer, 'Graph Field Team');
    const members = [await createUser(customer), await createUser(customer), await createUser(customer)];
    for (const member of members) {
      t.clock.advance(1000);
      await customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: member.id });
    }
    const response = await graph.post(`${GRAPH}/groups/${group.id}/assignLicense`, { addLicenses: [{ skuId: plan.id }], removeLicenses: [] });
    assert.equal(response.statusCode, 202, response.body);
    assert.deepEqual(response.json().assignedLicenses, [{ skuId: plan.id, disabledPlans: [] }]);
    assert.equal(response.json().hasMembersWithLicenseErrors, true);
    // Two seats: the direct user holds one, one member the other; the other two members are beyond the count.
    const errors = (await graph.get(`${GRAPH}/groups/${group.id}/membersWithLicenseErrors`)).json().value;
    assert.equal(errors.length, 2);
    const memberIds = members.map((m) => m.id);
    assert.ok(errors.every((e: { id: string }) => memberIds.includes(e.id)));
    const states = (await graph.get(`${GRAPH}/users/${errors[0].id}`)).json().licenseAssignmentStates;
    assert.deepEqual(states, [{ skuId: plan.id, assignedByGroup: group.id, disabledPlans: [], state: 'Error', error: 'CountViolation', lastUpdatedDateTime: states[0].lastUpdatedDateTime }]);
    const seated = memberIds.find((id) => !errors.some((e: { id: string }) => e.id === id))!;
    assert.equal((await graph.get(`${GRAPH}/users/${seated}`)).json().licenseAssignmentStates[0].state, 'Active');
    await check();

    // Removing the group's license in Graph's way frees the seat again.
    const removed = await graph.post(`${GRAPH}/groups/${group.id}/assignLicense`, { addLicenses: [], removeLicenses: [plan.id] });
    assert.equal(removed.statusCode, 202);
    assert.deepEqual(removed.json().assignedLicenses, []);
    assert.deepEqual((await graph.get(`${GRAPH}/groups/${group.id}/membersWithLicenseErrors`)).json().value, []);
    await check();
  });

  test('a direct assignment with no seat left is refused and changes nothing', async () => {
    const group = await createGroup(customer);
    const filler = await createUser(customer);
    await customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: filler.id });
    assert.equal((await graph.post(`${GRAPH}/users/${filler.id}/assignLicense`, { addLicenses: [{ skuId: plan.id }], removeLicenses: [] })).statusCode, 200);
    const late = await createUser(customer);
    const refused = await graph.post(`${GRAPH}/users/${late.id}/assignLicense`, { addLicenses: [{ skuId: plan.id }], removeLicenses: [] });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.headers['content-type'] as string, /^application\/json/, 'Graph clients parse only application/json errors');
    assert.equal(refused.json().error.code, 'Request_BadRequest', 'Graph clients read error.code');
    assert.match(refused.json().error.message, /Not enough licenses/);
    assert.equal(refused.json().error.innerError['request-id'], refused.headers['request-id']);
    assert.ok(!Number.isNaN(Date.parse(refused.json().error.innerError.date)));
    assert.deepEqual((await graph.get(`${GRAPH}/users/${late.id}`)).json().assignedLicenses, []);
    // Free it again for the tests after this one.
    assert.equal((await graph.post(`${GRAPH}/users/${filler.id}/assignLicense`, { addLicenses: [], removeLicenses: [plan.id] })).statusCode, 200);
    await check();
  });

  test('bad input: each problem on its field, and nothing changes', async () => {
    const before = (await graph.get(`${GRAPH}/users/${user.id}`)).json().assignedLicenses;
    const unknownSku = '00000000-0000-4000-8000-000000000001';
    const bad = await graph.post(`${GRAPH}/users/${user.id}/assignLicense`, { addLicenses: [{ skuId: unknownSku }], removeLicenses: [plan.id, 'nope'] });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().error.details.map((e: { target: string }) => e.target), ['removeLicenses.1']);
    const unknown = await graph.post(`${GRAPH}/users/${user.id}/assignLicense`, { addLicenses: [{ skuId: unknownSku }], removeLicenses: [] });
    assert.equal(unknown.statusCode, 400);
    assert.deepEqual(unknown.json().error.details, [
      { code: 'Request_BadRequest', target: 'addLicenses.0.skuId', message: `License ${unknownSku} does not correspond to a valid company license (GET subscribedSkus lists them)` },
    ]);
    const both = await graph.post(`${GRAPH}/users/${user.id}/assignLicense`, { addLicenses: [{ skuId: plan.id }], removeLicenses: [plan.id] });
    assert.equal(both.statusCode, 400);
    assert.match(both.json().error.message, /also in addLicenses/);
    const disabling = await graph.post(`${GRAPH}/users/${user.id}/assignLicense`, { addLicenses: [{ skuId: plan.id, disabledPlans: [servicePlanId({ offerId: 'x', uniqueName: 'y' })] }], removeLicenses: [] });
    assert.equal(disabling.statusCode, 400);
    assert.match(disabling.json().error.message, /empty disabledPlans/);
    assert.equal((await graph.post(`${GRAPH}/users/${user.id}/assignLicense`, { addLicenses: [] })).statusCode, 400, 'removeLicenses is required, as in Graph');
    assert.equal((await graph.post(`${GRAPH}/users/nobody@nowhere.example/assignLicense`, { addLicenses: [], removeLicenses: [] })).statusCode, 404);
    assert.equal((await graph.get(`${GRAPH}/groups/not-a-group`)).json().error.code, 'Request_ResourceNotFound');
    assert.deepEqual((await graph.get(`${GRAPH}/users/${user.id}`)).json().assignedLicenses, before);
  });

  test('tokens and roles: a read-only token cannot assign, a plain user cannot read, no credentials is 401', async () => {
    const reader = await graphToken(t.app, customer, ['licenses.read']);
    assert.equal((await reader.get(`${GRAPH}/subscribedSkus`)).statusCode, 200);
    const refused = await reader.post(`${GRAPH}/users/${user.id}/assignLicense`, { addLicenses: [], removeLicenses: [plan.id] });
    assert.equal(refused.statusCode, 403);
    assert.equal(refused.json().error.code, 'Authorization_RequestDenied');
    const plain = await signInAs(t.app, await createUser(customer));
    assert.equal((await plain.get(`${GRAPH}/subscribedSkus`)).statusCode, 403);
    const nobody = await anonymous(t.app).get(`${GRAPH}/subscribedSkus`);
    assert.equal(nobody.statusCode, 401);
    assert.equal(nobody.json().error.code, 'InvalidAuthenticationToken');
  });

  test("another tenant's token sees only its own tenant: none of these users, groups or SKUs", async () => {
    const other = await createTenant(t.app);
    const otherGraph = await graphToken(t.app, other, ['licenses.read', 'licenses.write']);
    assert.deepEqual((await otherGraph.get(`${GRAPH}/subscribedSkus`)).json().value, []);
    assert.equal((await otherGraph.get(`${GRAPH}/subscribedSkus/${customer.id}_${plan.id}`)).statusCode, 404);
    assert.equal((await otherGraph.get(`${GRAPH}/users/${user.id}`)).statusCode, 404);
    assert.equal((await otherGraph.get(`${GRAPH}/users/${user.userPrincipalName}/licenseDetails`)).statusCode, 404);
    const taking = await otherGraph.post(`${GRAPH}/users/${user.id}/assignLicense`, { addLicenses: [], removeLicenses: [plan.id] });
    assert.equal(taking.statusCode, 404);
    assert.ok(!taking.body.includes(user.userPrincipalName));
    assert.deepEqual((await graph.get(`${GRAPH}/users/${user.id}`)).json().assignedLicenses, [{ skuId: plan.id, disabledPlans: [] }], 'unchanged');
  });
});
