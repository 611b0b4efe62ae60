import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs } from '../../../../test/support/factories.js';
import { addPlans, createApprovedPublisher, createOffer, createPublishedOffer, offersUrl, type PublisherFixture } from '../../../../test/support/partnerFactories.js';

describe('plans API', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let other: PublisherFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createApprovedPublisher(t.app);
    other = await createApprovedPublisher(t.app);
  });
  after(() => t.close());

  const plansUrl = (offerKey: string) => `${offersUrl(publisher, offerKey)}/plans`;

  test('401, 404 for another tenant, 403 for a plain member', async () => {
    const { offerKey } = await createOffer(publisher);
    await addPlans(publisher, offerKey, ['gold']);
    assert.equal((await anonymous(t.app).get(plansUrl(offerKey))).statusCode, 401);
    assert.equal((await other.admin.get(plansUrl(offerKey))).statusCode, 404);
    assert.equal((await other.admin.post(plansUrl(offerKey), { planKey: 'x', name: 'X' })).statusCode, 404);
    assert.equal((await other.admin.delete(`${plansUrl(offerKey)}/gold`)).statusCode, 404);
    const plain = await signInAs(t.app, await createUser(publisher));
    assert.equal((await plain.get(plansUrl(offerKey))).statusCode, 200);
    assert.equal((await plain.post(plansUrl(offerKey), { planKey: 'silver', name: 'Silver' })).statusCode, 403);
    assert.equal((await plain.delete(`${plansUrl(offerKey)}/gold`)).statusCode, 403);
    assert.equal((await publisher.admin.get(plansUrl(offerKey))).json().items.length, 1);
    assert.equal((await publisher.admin.get(`${offersUrl(publisher, 'nope')}/plans`)).statusCode, 404);
  });

  test('400 names each bad field, and nothing is created', async () => {
    const { offerKey } = await createOffer(publisher);
    const cases: [object, string, RegExp][] = [
      [{ planKey: 'Gold', name: 'Gold' }, 'planKey', /may contain only lowercase letters, digits, "-" and "_"/],
      [{ planKey: 'go.ld', name: 'Gold' }, 'planKey', /may contain only/],
      [{ planKey: 'g'.repeat(51), name: 'Gold' }, 'planKey', /must be at most 50 characters; it is 51/],
      [{ planKey: 'gold', name: '' }, 'name', /must not be empty/],
      [{ planKey: 'gold', name: 'x'.repeat(201) }, 'name', /at most 200/],
      [{ planKey: 'gold', name: 'Gold', description: 'x'.repeat(3001) }, 'description', /at most 3000/],
      [{ planKey: 'gold', name: 'Gold', serviceId: 'a.b.c' }, 'serviceId', /not a known field/],
    ];
    for (const [body, field, message] of cases) {
      const response = await publisher.admin.post(plansUrl(offerKey), body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)} → ${response.body}`);
      const problem = response.json().errors.find((e: { field: string }) => e.field === field);
      assert.ok(problem, `expected a problem on ${field}: ${response.body}`);
      assert.match(problem.message, message);
    }
    assert.equal((await publisher.admin.get(plansUrl(offerKey))).json().items.length, 0);
    const longest = await publisher.admin.post(plansUrl(offerKey), { planKey: 'g'.repeat(50), name: 'x'.repeat(200), description: 'x'.repeat(3000) });
    assert.equal(longest.statusCode, 201, 'the limits themselves are accepted');
  });

  test('add, edit and remove plans; the Service ID is generated and plan IDs are permanent', async () => {
    const { offerKey } = await createOffer(publisher);
    const created = await publisher.admin.post(plansUrl(offerKey), { planKey: 'gold', name: 'Gold', description: 'Every app' });
    assert.equal(created.statusCode, 201, created.body);
    assert.deepEqual(
      [created.json().planKey, created.json().serviceId, created.json().name, created.json().customerCount],
      ['gold', `${publisher.publisherId}.${offerKey}.gold`, 'Gold', 0],
    );
    const duplicate = await publisher.admin.post(plansUrl(offerKey), { planKey: 'gold', name: 'Gold again' });
    assert.equal(duplicate.statusCode, 409);
    assert.deepEqual(duplicate.json().errors, [{ field: 'planKey', message: 'is already used by another plan of this offer' }]);

    const renamed = await publisher.admin.patch(`${plansUrl(offerKey)}/gold`, { planKey: 'platinum', name: 'Platinum' });
    assert.equal(renamed.statusCode, 400);
    assert.deepEqual(renamed.json().errors, [{ field: 'planKey', message: "can't be changed: the plan key is permanent once the plan exists" }]);
    const edited = await publisher.admin.patch(`${plansUrl(offerKey)}/gold`, { name: 'Gold (all apps)', description: '' });
    assert.equal(edited.statusCode, 200);
    assert.deepEqual([edited.json().name, edited.json().description, edited.json().serviceId], ['Gold (all apps)', '', `${publisher.publisherId}.${offerKey}.gold`]);
    const gold = (await publisher.admin.get(`${plansUrl(offerKey)}/gold`)).json();
    assert.equal(gold.name, 'Gold (all apps)');
    assert.equal((await publisher.admin.patch(`${plansUrl(offerKey)}/nope`, { name: 'X' })).statusCode, 404);

    assert.equal((await publisher.admin.delete(`${plansUrl(offerKey)}/gold`)).statusCode, 204);
    assert.equal((await publisher.admin.get(`${plansUrl(offerKey)}/gold`)).statusCode, 404);
    const audit = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/audit?targetType=plan`)).json().items;
    // Named by the plan's GUID; the keys and the Service ID are in the detail.
    const mine = audit.filter((e: { targetId: string }) => e.targetId === gold.id);
    assert.ok(mine.every((e: { detail: Record<string, unknown> }) => e.detail.planKey === 'gold' && e.detail.offerKey === offerKey && e.detail.serviceId === gold.serviceId));
    assert.deepEqual(mine.map((e: { action: string }) => e.action).sort(), ['plan.created', 'plan.deleted', 'plan.updated']);
  });

  test('a plan customers hold licenses for cannot be removed; the refusal says how many customers', async () => {
    const { offerKey } = await createOffer(publisher);
    const [plan] = await addPlans(publisher, offerKey, ['team']);
    const db = t.database.db;
    const planRow = await db.selectFrom('plans').select(['id', 'offer_id']).where('service_id', '=', plan!.serviceId).executeTakeFirstOrThrow();
    const [first, second] = [await createTenant(t.app), await createTenant(t.app)];
    const dealId = randomUUID();
    await db
      .insertInto('deals')
      .values({
        id: dealId,
        publisher_tenant_id: publisher.id,
        customer_tenant_id: first.id,
        offer_id: planRow.offer_id,
        customer_company: 'First',
        customer_country: 'US',
        customer_city: 'Seattle',
        total_contract_value: 10000,
        total_contract_currency: 'USD',
        solution_value: 8000,
        solution_currency: 'USD',
        deployment: 'cloud',
        signed_date: '2026-01-01',
        start_date: '2026-01-01',
        contact_first_name: 'A',
        contact_last_name: 'B',
        contact_phone: '1',
        contact_email: 'a@b.example',
        contract_type: 'new',
      })
      .execute();
    await db.insertInto('deal_licenses').values({ deal_id: dealId, plan_id: planRow.id, customer_tenant_id: first.id, quantity: 10 }).execute();
    await db.insertInto('products').values({ tenant_id: first.id, plan_id: planRow.id, purchased: 10 }).execute();
    await db.insertInto('products').values({ tenant_id: second.id, plan_id: planRow.id, purchased: 5 }).execute();

    assert.equal((await publisher.admin.get(`${plansUrl(offerKey)}/team`)).json().customerCount, 2);
    const refused = await publisher.admin.delete(`${plansUrl(offerKey)}/team`);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /Plan team can't be removed: 2 customers hold licenses for it/);
    assert.equal(refused.json().customerCount, 2);
    assert.equal((await publisher.admin.get(`${plansUrl(offerKey)}/team`)).statusCode, 200, 'still there');
  });

  test('a published offer: new plans may be added; a plan the live package maps stays', async () => {
    const offer = await createPublishedOffer(publisher, { plans: ['basic'] });
    const added = await publisher.admin.post(plansUrl(offer.offerKey), { planKey: 'premium', name: 'Premium' });
    assert.equal(added.statusCode, 201, 'plans can be added to a published offer');
    const live = await publisher.admin.delete(`${plansUrl(offer.offerKey)}/basic`);
    assert.equal(live.statusCode, 409);
    assert.match(live.json().detail, /the published package maps app modules to .*\.basic/);
    assert.equal((await publisher.admin.delete(`${plansUrl(offer.offerKey)}/premium`)).statusCode, 204, 'a plan not yet live can go');
    const names = (await publisher.admin.get(plansUrl(offer.offerKey))).json().items.map((p: { planKey: string }) => p.planKey);
    assert.deepEqual(names, ['basic']);
  });
});
