import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { connect, createPublishedOffer, createPublisher, registerDeal, type OfferFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../../../test/support/seatInvariants.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('deal licenses API (provisioning)', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let offer: OfferFixture;
  let customer: TenantFixture;
  let dealId: string;
  before(async () => {
    t = await createTestApp();
    publisher = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, publisher, { plans: ['gold', 'silver', 'bronze'] });
    customer = await createTenant(t.app);
    await connect(publisher, customer);
    dealId = (await registerDeal(publisher, customer, offer, [])).id;
  });
  after(() => t.close());
  const url = () => `/api/v1/tenants/${publisher.id}/partner/deals/${dealId}/licenses`;
  const products = async () => (await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses`)).json().items as { planKey: string; purchased: number; assigned: number; state: string }[];

  test('401, 400 per field, 404 for another tenant or deal, 403 for members without the role', async () => {
    assert.equal((await anonymous(t.app).post(url(), { planKey: 'gold', quantity: 1 })).statusCode, 401);
    for (const [quantity, message] of [
      [0, /at least 1/],
      [-3, /at least 1/],
      [1.5, /whole number/],
      [1_000_001, /at most 1,000,000/],
      ['ten', /must be a number/],
    ] as const) {
      const response = await publisher.admin.post(url(), { planKey: 'gold', quantity });
      assert.equal(response.statusCode, 400, String(quantity));
      assert.equal(response.json().errors[0].field, 'quantity');
      assert.match(response.json().errors[0].message, message);
    }
    assert.equal((await customer.admin.post(url(), { planKey: 'gold', quantity: 1 })).statusCode, 404);
    assert.equal((await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/deals/0f8fad5b-d9cb-469f-a165-70867728950e/licenses`, { planKey: 'gold', quantity: 1 })).statusCode, 404);
    const reader = await signInAs(t.app, await createUser(publisher, { roles: ['user_admin'] }));
    assert.equal((await reader.post(url(), { planKey: 'gold', quantity: 1 })).statusCode, 403);
    const other = await createPublishedOffer(t.app, await createPublisher(t.app));
    const foreign = await publisher.admin.post(url(), { planId: other.plans[0]!.id, quantity: 1 });
    assert.equal(foreign.statusCode, 400);
    assert.match(foreign.json().detail, /is not a plan of offer/);
    assert.deepEqual(await products(), [], 'nothing was provisioned');
  });

  test('add, change and remove a plan; the customer sees it at once; the ledger records it', async () => {
    const added = await publisher.admin.post(url(), { planKey: 'gold', quantity: 25 });
    assert.equal(added.statusCode, 201);
    assert.deepEqual([added.json().planKey, added.json().quantity, added.json().product.purchased], ['gold', 25, 25]);
    // In the publisher's audit log and the customer's.
    await assertAudited(t.app, 'deal.licenses_added', { tenantId: publisher.id, targetId: dealId, summary: /25 licenses/ });
    await assertAudited(t.app, 'deal.licenses_added', { tenantId: customer.id, targetId: dealId, summary: /25 licenses/ });
    assert.deepEqual((await products()).map((p) => [p.planKey, p.purchased, p.state]), [['gold', 25, 'active']]);
    assert.equal((await publisher.admin.post(url(), { planKey: 'gold', quantity: 5 })).statusCode, 409, 'already on the deal');

    const changed = await publisher.admin.patch(`${url()}/gold`, { quantity: 40 });
    assert.deepEqual([changed.statusCode, changed.json().product.purchased], [200, 40]);
    await assertAudited(t.app, 'deal.licenses_changed', { tenantId: customer.id, targetId: dealId, summary: /from 25 to 40/ });
    assert.equal((await publisher.admin.patch(`${url()}/silver`, { quantity: 4 })).statusCode, 404, 'silver is not on the deal');
    assert.equal((await publisher.admin.patch(`${url()}/gold`, { quantity: 0 })).statusCode, 400, 'remove instead of setting to 0');

    const removed = await publisher.admin.delete(`${url()}/gold`);
    assert.equal(removed.statusCode, 200);
    assert.deepEqual([removed.json().quantity, removed.json().product.state, removed.json().product.purchased], [null, 'removed', 0]);
    await assertAudited(t.app, 'deal.licenses_removed', { tenantId: publisher.id, targetId: dealId, summary: /40 licenses/ });
    assert.deepEqual(await products(), [], 'a removed product leaves the list');
    assert.equal((await publisher.admin.delete(`${url()}/gold`)).statusCode, 404);

    const ledger = await t.app.db.selectFrom('license_ledger').select(['kind', 'delta', 'purchased_after', 'deal_id', 'actor_user_id']).where('tenant_id', '=', customer.id).orderBy('id').execute();
    assert.deepEqual(
      ledger.map((l) => [l.kind, l.delta, l.purchased_after]),
      [
        ['provisioned', 25, 25],
        ['provisioned', 15, 40],
        ['deprovisioned', -40, 0],
        ['state_changed', 0, 0],
      ],
    );
    assert.ok(ledger.every((l) => l.deal_id === dealId && l.actor_user_id === publisher.adminId));
  });

  test('several deals for the same tenant and plan add up', async () => {
    await publisher.admin.post(url(), { planKey: 'silver', quantity: 10 });
    const second = await registerDeal(publisher, customer, offer, [{ plan: offer.plans[1]!, quantity: 5 }]);
    assert.deepEqual((await products()).map((p) => [p.planKey, p.purchased]), [['silver', 15]]);
    await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/deals/${second.id}/cancel`);
    assert.deepEqual((await products()).map((p) => [p.planKey, p.purchased]), [['silver', 10]]);
  });

  test('reducing below what is assigned is allowed: the latest holders are marked and the publisher is told', async () => {
    await publisher.admin.post(url(), { planKey: 'bronze', quantity: 5 });
    const bronze = offer.plans[2]!;
    const group = await createGroup(customer);
    assert.equal((await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${bronze.id}/assign`, { groupIds: [group.id] })).statusCode, 200);
    // Members join one second apart, so their claims are in that order.
    const members = [];
    for (let i = 0; i < 5; i++) {
      const user = await createUser(customer);
      members.push(user);
      t.clock.advance(1000);
      await customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: user.id });
    }
    assert.equal((await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses/${bronze.id}`)).json().assigned, 5);
    const reduced = await publisher.admin.patch(`${url()}/bronze`, { quantity: 3 });
    assert.equal(reduced.statusCode, 200);
    assert.deepEqual(reduced.json().product, { purchased: 3, assigned: 3, available: 0, state: 'active', overAssigned: 2 });
    const holders = (await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses/${bronze.id}/holders?state=not_enough_licenses`)).json();
    assert.deepEqual(holders.items.map((h: { user: { id: string } }) => h.user.id).sort(), [members[3]!.id, members[4]!.id].sort(), 'the latest members lose their seats');
    const audit = (await customer.admin.get(`/api/v1/tenants/${customer.id}/audit?action=deal.licenses_changed`)).json();
    assert.equal(audit.items[0].detail.overAssigned, 2);
    await assertSeatInvariants(t.app, customer.id, bronze.id);

    const restored = await publisher.admin.patch(`${url()}/bronze`, { quantity: 5 });
    assert.equal(restored.json().product.overAssigned, 0, 'more seats go to those who waited');
  });

  test('a cancelled deal can no longer provision', async () => {
    const deal = await registerDeal(publisher, customer, offer, []);
    await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/deals/${deal.id}/cancel`);
    const refused = await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/deals/${deal.id}/licenses`, { planKey: 'gold', quantity: 1 });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /cancelled/);
  });
});
