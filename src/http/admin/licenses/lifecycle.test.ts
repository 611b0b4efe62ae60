import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';
import { connect, createPublishedOffer, createPublisher, registerDeal, signInOperatorFrom, travel, type OfferFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../../../test/support/seatInvariants.js';

/**
 * When a deal's end date passes: grace period ("warning", licenses still
 * work), then suspended (checks fail, assignments kept), then removed. A
 * renewal before removal restores everything without reassignment. The test
 * clock moves; the lifecycle job runs through the operator route.
 */
describe('license lifecycle', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let offer: OfferFixture;
  let customer: TenantFixture;
  let users: { id: string }[];
  let dealId: string;
  const plan = () => offer.plans[0]!;
  // Now is 2026-11-24; the deal's last day is 2026-12-31.
  const GRACE = Date.parse('2027-01-01T00:00:00Z') - Date.parse('2026-11-24T12:00:00Z');
  const SUSPENDED = Date.parse('2027-01-31T00:00:00Z') - Date.parse('2026-11-24T12:00:00Z');
  const REMOVED = Date.parse('2027-03-02T00:00:00Z') - Date.parse('2026-11-24T12:00:00Z');

  before(async () => {
    t = await createTestApp();
    publisher = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, publisher);
    customer = await createTenant(t.app);
    await connect(publisher, customer);
    dealId = (await registerDeal(publisher, customer, offer, [{ plan: plan(), quantity: 2 }], { endDate: '2026-12-31' })).id;
    const group = await createGroup(customer);
    await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan().id}/assign`, { groupIds: [group.id] });
    users = [];
    for (let i = 0; i < 3; i++) {
      users.push(await createUser(customer));
      t.clock.advance(1000);
      await customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: users[i]!.id });
    }
    const environments = (await customer.admin.get(`/api/v1/tenants/${customer.id}/environments`)).json().items;
    assert.equal((await customer.admin.post(`/api/v1/tenants/${customer.id}/environments/${environments[0].id}/apps`, { offerId: offer.id })).statusCode, 201);
  });
  after(() => t.close());

  const runJob = async () => {
    const response = await (await signInOperatorFrom(t.app)).post('/api/v1/operator/jobs/license-lifecycle');
    assert.equal(response.statusCode, 200, response.body);
    // Expiry notices are counted too (src/jobs/notificationEmail.test.ts tests them); this file follows the states.
    const { due, changed } = response.json() as { due: number; changed: number; expiryNotices: number };
    return { due, changed };
  };
  const product = async () => (await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses/${plan().id}`)).json();
  const check = (i: number) => t.app.entitlements.index.check(customer.id, users[i]!.id, plan().appModule).code;
  const holders = async () =>
    (await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses/${plan().id}/holders`)).json().items.map((h: { user: { id: string }; state: string }) => [h.user.id, h.state]);

  test('only the operator runs the job on demand', async () => {
    assert.equal((await anonymous(t.app).post('/api/v1/operator/jobs/license-lifecycle')).statusCode, 401);
    assert.equal((await customer.admin.post('/api/v1/operator/jobs/license-lifecycle')).statusCode, 403);
    assert.deepEqual(await runJob(), { due: 0, changed: 0 }, 'nothing is due yet');
    assert.deepEqual([check(0), check(1), check(2)], ['LICENSED', 'LICENSED', 'NOT_ENOUGH_LICENSES']);
  });

  test('grace period, suspension, renewal: the same users hold the same seats throughout', async () => {
    const before = await holders();
    const back = await travel(t, GRACE, customer, publisher);
    try {
      const active = await product();
      assert.deepEqual([active.state, active.nextStateDays], ['active', 30], 'active until the deal ends, then 30 days of grace');
      assert.ok(active.nextChangeAt);
      assert.deepEqual(await runJob(), { due: 1, changed: 1 });
      let detail = await product();
      assert.deepEqual([detail.state, detail.purchased, detail.assigned, detail.nextChangeAt, detail.nextStateDays], ['warning', 2, 2, '2027-01-31T00:00:00.000Z', 30]);
      assert.deepEqual([check(0), check(2)], ['LICENSED_GRACE_PERIOD', 'NOT_ENOUGH_LICENSES']);
      assert.deepEqual(await runJob(), { due: 0, changed: 0 }, 'running again changes nothing');
      const warning = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/partner/deals?state=warning`)).json();
      assert.deepEqual(warning.items.map((d: { id: string }) => d.id), [dealId]);

      t.clock.advance(SUSPENDED - GRACE);
      await travel(t, 0, customer, publisher);
      assert.deepEqual(await runJob(), { due: 1, changed: 1 });
      detail = await product();
      assert.deepEqual([detail.state, detail.purchased, detail.assigned, detail.nextStateDays], ['suspended', 2, 2, null], 'suspended licenses keep their seats');
      assert.deepEqual(await holders(), before, 'and their holders');
      assert.deepEqual([check(0), check(1)], ['SUSPENDED', 'SUSPENDED']);
      const customerLog = (await customer.admin.get(`/api/v1/tenants/${customer.id}/audit?action=license.state_changed`)).json();
      assert.deepEqual(customerLog.items.map((e: { detail: { to: string } }) => e.detail.to), ['suspended', 'warning']);
      const publisherLog = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/audit?action=license.state_changed`)).json();
      assert.deepEqual(publisherLog.items.map((e: { detail: { to: string }; summary: string }) => [e.detail.to, e.summary.startsWith(`${customer.name}'s licenses of`)]), [['suspended', true], ['warning', true]], 'the publisher sees its customer’s licenses change too');

      const renewed = await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/deals/${dealId}/renew`, { endDate: '2027-12-31' });
      assert.equal(renewed.statusCode, 200);
      detail = await product();
      assert.deepEqual([detail.state, detail.purchased, detail.assigned], ['active', 2, 2]);
      assert.deepEqual(await holders(), before, 'renewed without reassigning anyone');
      assert.deepEqual([check(0), check(1), check(2)], ['LICENSED', 'LICENSED', 'NOT_ENOUGH_LICENSES']);

      const ledger = await t.app.db.selectFrom('license_ledger').select(['kind', 'state_after', 'reason']).where('tenant_id', '=', customer.id).where('kind', '=', 'state_changed').orderBy('id').execute();
      assert.deepEqual(ledger.map((l) => [l.state_after, l.reason]), [
        ['warning', 'lifecycle'],
        ['suspended', 'lifecycle'],
        ['active', 'deal renewed'],
      ]);
      await assertSeatInvariants(t.app, customer.id, plan().id);
    } finally {
      t.clock.advance(-(SUSPENDED - GRACE));
      await back();
    }
  });

  test('without renewal the licenses are removed, with their assignments', async () => {
    const tenant = await createTenant(t.app);
    await connect(publisher, tenant);
    const silver = offer.plans[1]!;
    await registerDeal(publisher, tenant, offer, [{ plan: silver, quantity: 3 }], { endDate: '2026-12-31' });
    const user = await createUser(tenant);
    await tenant.admin.post(`/api/v1/tenants/${tenant.id}/licenses/${silver.id}/assign`, { userIds: [user.id] });
    const back = await travel(t, REMOVED, tenant, customer, publisher);
    try {
      const run = await runJob();
      assert.ok(run.changed >= 1);
      assert.deepEqual((await tenant.admin.get(`/api/v1/tenants/${tenant.id}/licenses`)).json().items, []);
      const gone = await tenant.admin.get(`/api/v1/tenants/${tenant.id}/licenses/${silver.id}`);
      assert.equal(gone.statusCode, 200, 'the product is still there, removed');
      assert.deepEqual([gone.json().state, gone.json().purchased, gone.json().assignments], ['removed', 0, []]);
      const assign = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/licenses/${silver.id}/assign`, { userIds: [user.id] });
      assert.equal(assign.statusCode, 409);
      assert.match(assign.json().detail, /were removed/);
      const ledger = await t.app.db.selectFrom('license_ledger').select(['kind', 'delta']).where('tenant_id', '=', tenant.id).orderBy('id').execute();
      assert.deepEqual(ledger.map((l) => [l.kind, l.delta]), [
        ['provisioned', 3],
        ['assigned', 1],
        ['unassigned', -1],
        ['deprovisioned', -3],
        ['state_changed', 0],
      ]);
      const expired = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/partner/deals?state=expired&customerTenantId=${tenant.id}`)).json();
      assert.equal(expired.total, 1);
    } finally {
      await back();
    }
  });
});
