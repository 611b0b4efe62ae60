import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';
import {
  connect,
  createPublishedOffer,
  createPublisher,
  registerDeal,
  signInOperatorFrom,
  travel,
  type OfferFixture,
  type PublisherFixture,
} from '../../../../test/support/licensingFactories.js';
import type { CloudEvent } from '../../../domain/events/cloudEvent.js';

/**
 * The change feed through its read API: each command writes its events with
 * the change, a publisher reads only its offers' and customers' events, a
 * tenant only its own, paged by revision without losing any.
 */
describe('change feed: events from the commands, read by publisher and tenant', () => {
  let t: TestApp;
  let fabrikam: PublisherFixture;
  let northwind: PublisherFixture;
  let offer: OfferFixture;
  let otherOffer: OfferFixture;
  let contoso: TenantFixture;
  let proseware: TenantFixture;
  let dealId: string;
  let users: { id: string }[];

  const publisherFeed = async (who: PublisherFixture, query = '') => {
    const all: CloudEvent[] = [];
    let afterRevision = '0';
    for (;;) {
      const response = await who.admin.get(`/api/v1/partner/events?after=${afterRevision}&limit=3${query}`);
      assert.equal(response.statusCode, 200, response.body);
      const page = response.json() as { items: CloudEvent[]; after: string };
      if (!page.items.length) return all;
      all.push(...page.items);
      afterRevision = page.after;
    }
  };
  const tenantFeed = async (who: TenantFixture) => {
    const response = await who.admin.get(`/api/v1/tenants/${who.id}/events?limit=1000`);
    assert.equal(response.statusCode, 200, response.body);
    return (response.json() as { items: CloudEvent[] }).items;
  };
  const types = (events: CloudEvent[]) => events.map((e) => e.type);

  before(async () => {
    t = await createTestApp();
    fabrikam = await createPublisher(t.app);
    northwind = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, fabrikam);
    otherOffer = await createPublishedOffer(t.app, northwind);
    contoso = await createTenant(t.app);
    proseware = await createTenant(t.app);
    await connect(fabrikam, contoso);
    await connect(northwind, contoso);
    await connect(northwind, proseware);
    dealId = (await registerDeal(fabrikam, contoso, offer, [{ plan: offer.plans[0]!, quantity: 2 }], { endDate: '2026-12-31' })).id;
    await registerDeal(northwind, contoso, otherOffer, [{ plan: otherOffer.plans[0]!, quantity: 5 }]);
    await registerDeal(northwind, proseware, otherOffer, [{ plan: otherOffer.plans[0]!, quantity: 5 }]);
    users = [await createUser(contoso), await createUser(contoso), await createUser(contoso)];
  });
  after(() => t.close());

  test('401 without credentials, 400 per bad field, 403 for a customer on the partner feed, 404 for another tenant', async () => {
    assert.equal((await anonymous(t.app).get('/api/v1/partner/events')).statusCode, 401);
    assert.equal((await anonymous(t.app).get(`/api/v1/tenants/${contoso.id}/events`)).statusCode, 401);
    const bad = await fabrikam.admin.get('/api/v1/partner/events?after=-1&types=deal.registered,no.such&limit=0');
    assert.equal(bad.statusCode, 400);
    const fields = (bad.json().errors as { field: string; message: string }[]).map((e) => e.field).sort();
    assert.deepEqual(fields, ['query parameter after', 'query parameter limit', 'query parameter types']);
    assert.match(bad.json().errors.find((e: { field: string }) => e.field.endsWith('types')).message, /license\.assigned/);
    assert.equal((await contoso.admin.get('/api/v1/partner/events')).statusCode, 403);
    assert.equal((await proseware.admin.get(`/api/v1/tenants/${contoso.id}/events`)).statusCode, 404);
    const catalogue = await anonymous(t.app).get('/api/v1/events/types');
    assert.equal(catalogue.statusCode, 200);
    assert.ok(catalogue.json().items.some((i: { type: string }) => i.type === 'seat.granted'));
  });

  test('every command writes its events, in the same transaction, as CloudEvents', async () => {
    const plan = offer.plans[0]!;
    const base = `/api/v1/tenants/${contoso.id}/licenses/${plan.id}`;
    const assigned = await contoso.admin.post(`${base}/assign`, { userIds: [users[0]!.id, users[1]!.id] });
    assert.equal(assigned.statusCode, 200, assigned.body);
    const revision = assigned.headers['licensehub-revision'];
    // A refused assignment (no seat left) writes nothing.
    assert.equal((await contoso.admin.post(`${base}/assign`, { userIds: [users[2]!.id] })).statusCode, 409);
    assert.equal((await contoso.admin.post(`${base}/unassign`, { userIds: [users[0]!.id] })).statusCode, 200);
    const dealLicense = `/api/v1/tenants/${fabrikam.id}/partner/deals/${dealId}/licenses/${plan.id}`;
    assert.equal((await fabrikam.admin.patch(dealLicense, { quantity: 4 })).statusCode, 200);
    assert.equal((await contoso.admin.patch(`/api/v1/tenants/${contoso.id}/users/${users[1]!.id}`, { enabled: false })).statusCode, 200);
    assert.equal((await contoso.admin.request({ method: 'DELETE', url: `/api/v1/tenants/${contoso.id}/users/${users[1]!.id}` })).statusCode, 204);
    const environments = (await contoso.admin.get(`/api/v1/tenants/${contoso.id}/environments`)).json();
    const environmentId = environments.items[0].id as string;
    const installed = await contoso.admin.post(`/api/v1/tenants/${contoso.id}/environments/${environmentId}/apps`, { offerId: offer.id });
    assert.equal(installed.statusCode, 201, installed.body);
    const uninstalled = await contoso.admin.request({ method: 'DELETE', url: `/api/v1/tenants/${contoso.id}/environments/${environmentId}/apps/${installed.json().id}` });
    assert.equal(uninstalled.statusCode, 204, uninstalled.body);

    const events = await publisherFeed(fabrikam);
    const seen = types(events);
    for (const type of [
      'relationship.accepted',
      'deal.registered',
      'licenses.provisioned',
      'license.assigned',
      'seat.granted',
      'license.unassigned',
      'seat.lost',
      'deal.changed',
      'licenses.changed',
      'app.installed',
      'app.uninstalled',
    ]) {
      assert.ok(seen.includes(type), `${type} in ${seen.join(', ')}`);
    }
    const granted = events.find((e) => e.type === 'seat.granted' && e.revision === revision)!;
    assert.deepEqual({ ...granted.data, userIds: (granted.data.userIds as string[]).sort() }, {
      tenantId: contoso.id,
      planId: plan.id,
      planKey: plan.planKey,
      userIds: [users[0]!.id, users[1]!.id].sort(),
      reason: 'assigned',
    });
    assert.equal(granted.specversion, '1.0');
    assert.equal(granted.subject, `tenants/${contoso.id}/products/${plan.id}`);
    assert.equal(granted.source, '/licensehub');
    const deal = events.find((e) => e.type === 'deal.changed')!;
    assert.equal(deal.data.change, 'licenses_changed');
    assert.deepEqual(deal.data.licenses, [{ planId: plan.id, planKey: plan.planKey, quantity: 4 }]);
    assert.deepEqual([deal.data.offerId, deal.data.offerKey], [offer.id, offer.offerKey]);
    // Revisions only grow along the feed, and ids are unique.
    const revisions = events.map((e) => BigInt(e.revision));
    assert.ok(revisions.every((r, i) => i === 0 || r >= revisions[i - 1]!));
    assert.equal(new Set(events.map((e) => e.id)).size, events.length);

    const own = types(await tenantFeed(contoso));
    for (const type of ['user.disabled', 'user.deleted', 'seat.lost', 'license.assigned', 'deal.registered']) assert.ok(own.includes(type), `${type} in the tenant's feed`);
    // The user's events are the tenant's: no publisher reads them.
    assert.ok(!seen.includes('user.disabled') && !seen.includes('user.deleted'));
  });

  test('the types filter and paging: no event lost or repeated between pages', async () => {
    const all = await publisherFeed(fabrikam);
    const bigPage = (await fabrikam.admin.get('/api/v1/partner/events?limit=1000')).json().items as CloudEvent[];
    assert.deepEqual(all.map((e) => e.id), bigPage.map((e) => e.id));
    const seats = await publisherFeed(fabrikam, '&types=seat.granted,seat.lost');
    assert.ok(seats.length > 0);
    assert.deepEqual(seats.map((e) => e.id), all.filter((e) => e.type.startsWith('seat.')).map((e) => e.id));
    // Nothing after the last revision.
    const last = all.at(-1)!.revision;
    const rest = (await fabrikam.admin.get(`/api/v1/partner/events?after=${last}`)).json();
    assert.deepEqual(rest, { items: [], after: last });
  });

  test('lifecycle: the grace period and the renewal reach the feed', async () => {
    const back = await travel(t, Date.parse('2027-01-02T00:00:00Z') - t.clock.now().getTime(), contoso, fabrikam);
    try {
      const operator = await signInOperatorFrom(t.app);
      assert.equal((await operator.post('/api/v1/operator/jobs/license-lifecycle')).statusCode, 200);
      const renewed = await fabrikam.admin.post(`/api/v1/tenants/${fabrikam.id}/partner/deals/${dealId}/renew`, { endDate: '2027-12-31' });
      assert.equal(renewed.statusCode, 200, renewed.body);
    } finally {
      await back();
    }
    const events = await publisherFeed(fabrikam, '&types=license.warning,license.renewed,deal.changed');
    const lifecycle = events.filter((e) => e.type !== 'deal.changed');
    assert.deepEqual(types(lifecycle), ['license.warning', 'license.renewed']);
    assert.equal(lifecycle[0]!.data.state, 'warning');
    assert.equal(lifecycle[0]!.data.reason, 'lifecycle');
    assert.equal(events.at(-1)!.data.change, 'renewed');
  });

  test('isolation: a publisher never reads another publisher’s events, a tenant never another tenant’s', async () => {
    const rows = await t.app.db.selectFrom('license_events').select(['id', 'tenant_id', 'publisher_tenant_id']).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const publisher of [fabrikam, northwind]) {
      const events = await publisherFeed(publisher);
      assert.ok(events.length > 0);
      for (const event of events) assert.equal(byId.get(event.id)!.publisher_tenant_id, publisher.id, `${event.type} ${event.id}`);
      assert.equal(events.length, rows.filter((r) => r.publisher_tenant_id === publisher.id).length);
    }
    for (const tenant of [contoso, proseware]) {
      const events = await tenantFeed(tenant);
      assert.ok(events.length > 0);
      for (const event of events) assert.equal(byId.get(event.id)!.tenant_id, tenant.id, `${event.type} ${event.id}`);
    }
    // Proseware buys only from Northwind: Fabrikam's feed never names it.
    assert.ok(!JSON.stringify(await publisherFeed(fabrikam)).includes(proseware.id));
  });

  test('events name offers and plans as the API does: offerId and planId are GUIDs, offerKey and planKey the readable keys', async () => {
    const offerKeys = new Map([offer, otherOffer].map((o) => [o.id, o.offerKey]));
    const planKeys = new Map([offer, otherOffer].flatMap((o) => o.plans.map((p) => [p.id, p.planKey])));
    const naming: Record<string, unknown>[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(collect);
      if (typeof value !== 'object' || value === null) return;
      if ('offerId' in value || 'planId' in value || 'plan' in value) naming.push(value as Record<string, unknown>);
      Object.values(value).forEach(collect);
    };
    for (const event of [...(await publisherFeed(fabrikam)), ...(await tenantFeed(contoso))]) collect(event.data);
    const offersNamed = naming.filter((o) => 'offerId' in o);
    const plansNamed = naming.filter((o) => 'planKey' in o);
    assert.ok(offersNamed.length > 0 && plansNamed.length > 0);
    for (const o of offersNamed) assert.equal(offerKeys.get(String(o.offerId)), o.offerKey, `offerId ${o.offerId} is the GUID of offer ${o.offerKey}`);
    for (const p of plansNamed) assert.equal(planKeys.get(String(p.planId)), p.planKey, `planId ${p.planId} is the GUID of plan ${p.planKey}`);
    for (const o of naming) if (o.planId !== undefined && o.planId !== null) assert.ok(planKeys.has(String(o.planId)), `planId ${o.planId} is a plan's GUID`);
    assert.deepEqual(naming.filter((o) => 'plan' in o), [], 'no field holds a key under another name');

    // The catalogue (GET /api/v1/events/types) says the same of every type.
    const catalogue = (await anonymous(t.app).get('/api/v1/events/types')).json().items as { type: string; data: Record<string, string> }[];
    for (const { type, data } of catalogue) {
      for (const field of ['offerId', 'planId'] as const) if (data[field]) assert.match(data[field], /GUID/, `${type}: ${field}`);
      assert.equal(data.plan, undefined, type);
    }
  });
});
