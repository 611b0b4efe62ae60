import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { connect, createPublishedOffer, createPublisher, dealBody, travel, type OfferFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('deals API', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let offer: OfferFixture;
  let customer: TenantFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, publisher);
    customer = await createTenant(t.app);
    await connect(publisher, customer);
  });
  after(() => t.close());
  const url = () => `/api/v1/tenants/${publisher.id}/partner/deals`;
  // The suite registers look-alike deals on purpose (the duplicate check has its own test).
  const body = (overrides: Record<string, unknown> = {}) => dealBody(offer, customer, { licenses: [{ planId: offer.plans[0]!.id, quantity: 10 }], confirmDuplicate: true, ...overrides });
  const register = (overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    publisher.admin.request({ method: 'POST', url: url(), payload: body(overrides), headers });
  const fields = (response: { json(): { errors?: { field: string }[] } }) => (response.json().errors ?? []).map((e) => e.field);

  test('401, 400 per field, 404 for another tenant, 403 for members without the role', async () => {
    assert.equal((await anonymous(t.app).post(url(), body())).statusCode, 401);
    assert.equal((await customer.admin.get(url())).statusCode, 404);
    const licenseAdmin = await signInAs(t.app, await createUser(publisher, { roles: ['license_admin'] }));
    assert.equal((await licenseAdmin.get(url())).statusCode, 200, 'any admin of the publisher may read');
    assert.equal((await licenseAdmin.post(url(), body())).statusCode, 403);
    const billing = await signInAs(t.app, await createUser(publisher, { roles: ['billing_admin'] }));
    assert.equal((await billing.post(url(), body())).statusCode, 201, 'a Billing admin registers deals');

    const cases: [Record<string, unknown>, string][] = [
      [{ customerTenantId: 'contoso' }, 'customerTenantId'],
      [{ signedDate: '2026-02-30' }, 'signedDate'],
      [{ startDate: '15/10/2026' }, 'startDate'],
      [{ deployment: 'mainframe' }, 'deployment'],
      [{ contractType: 'extension' }, 'contractType'],
      [{ totalContractValue: { amount: -1, currency: 'USD' } }, 'totalContractValue.amount'],
      [{ totalContractValue: { amount: 6000.001, currency: 'USD' } }, 'totalContractValue.amount'],
      [{ solutionValue: { amount: 10, currency: 'DOLLARS' } }, 'solutionValue.currency'],
      [{ customer: { companyName: '', country: 'US', city: 'Redmond' } }, 'customer.companyName'],
      [{ customer: { companyName: 'Contoso', country: 'XX', city: 'Redmond' } }, 'customer.country'],
      [{ partnerContact: { firstName: 'Pat', lastName: 'Partner', phone: 'call me', email: 'pat@partner.example' } }, 'partnerContact.phone'],
      [{ partnerContact: { firstName: 'Pat', lastName: 'Partner', phone: '+1 425 555 0100', email: 'pat' } }, 'partnerContact.email'],
      [{ licenses: [{ planId: offer.plans[0]!.id, quantity: 0 }] }, 'licenses.0.quantity'],
      [{ licenses: [{ planId: offer.plans[0]!.id, quantity: 1_000_001 }] }, 'licenses.0.quantity'],
      [{ licenses: [{ planId: offer.plans[0]!.id, quantity: 2.5 }] }, 'licenses.0.quantity'],
      [{ endDate: undefined }, 'endDate'],
      [{ perpetual: true }, 'perpetual'],
      [{ dealer: 'me' }, 'dealer'],
    ];
    for (const [overrides, field] of cases) {
      const response = await register(overrides);
      assert.equal(response.statusCode, 400, `${JSON.stringify(overrides)}: ${response.body}`);
      assert.deepEqual(fields(response), [field], JSON.stringify(overrides));
    }
  });

  test('the rules: dates, the eligibility threshold in USD, currencies, the solution value', async () => {
    const dates = await register({ signedDate: '2026-10-01', startDate: '2026-09-30', endDate: '2026-09-01' });
    assert.equal(dates.statusCode, 400);
    assert.deepEqual(fields(dates), ['startDate', 'endDate']);
    assert.match(dates.json().detail, /must be on or after the contract signed date \(2026-10-01\)/);
    assert.deepEqual(fields(await register({ signedDate: '2026-12-01', startDate: '2026-12-01' })), ['signedDate']);

    const low = await register({ totalContractValue: { amount: 5000, currency: 'USD' }, solutionValue: { amount: 100, currency: 'USD' } });
    assert.deepEqual(fields(low), ['totalContractValue.amount']);
    assert.match(low.json().detail, /must be above 5,000 USD/);
    const euros = await register({ totalContractValue: { amount: 4800, currency: 'eur' }, solutionValue: { amount: 100, currency: 'EUR' } });
    assert.equal(euros.statusCode, 201, 'EUR 4,800 is above 5,000 USD');
    assert.deepEqual(euros.json().totalContractValue, { amount: 4800, currency: 'EUR' });
    const yen = await register({ totalContractValue: { amount: 700_000, currency: 'JPY' }, solutionValue: { amount: 100, currency: 'JPY' } });
    assert.match(yen.json().detail, /700,000 JPY is about 4,690 USD/);
    const unknown = await register({ totalContractValue: { amount: 90_000, currency: 'XYZ' } });
    assert.deepEqual(fields(unknown), ['totalContractValue.currency']);
    assert.match(unknown.json().detail, /"XYZ" is not an ISO 4217 currency code; use one of USD, EUR/);
    assert.match((await register({ solutionValue: { amount: 10, currency: 'THB' } })).json().detail, /THB has no exchange rate/);
    assert.deepEqual(fields(await register({ solutionValue: { amount: 70_000, currency: 'USD' } })), ['solutionValue.amount']);

    const perpetual = await register({ endDate: undefined, perpetual: true });
    assert.equal(perpetual.statusCode, 201);
    assert.deepEqual([perpetual.json().endDate, perpetual.json().perpetual, perpetual.json().lifecycle], [null, true, null]);
  });

  test('the threshold is configurable', async () => {
    const previous = t.app.config.dealThresholdUsd;
    (t.app.config as { dealThresholdUsd: number }).dealThresholdUsd = 100_000;
    try {
      assert.match((await register()).json().detail, /must be above 100,000 USD/);
    } finally {
      (t.app.config as { dealThresholdUsd: number }).dealThresholdUsd = previous;
    }
  });

  test('the customer tenant and the offer: unknown, no consent, not yours, not published, not license-managed, plan of another offer', async () => {
    assert.equal((await register({ customerTenantId: '0f8fad5b-d9cb-469f-a165-70867728950e' })).statusCode, 404);
    assert.equal((await register({ customerTenantId: (await createTenant(t.app)).id })).json().code, 'NO_CONSENT');
    assert.equal((await register({ customerTenantId: publisher.id })).statusCode, 409);
    const other = await createPublisher(t.app);
    const theirs = await createPublishedOffer(t.app, other);
    assert.equal((await register({ offerId: theirs.id })).statusCode, 404, "another publisher's offer");
    const draft = await createPublishedOffer(t.app, publisher, { status: 'draft' });
    assert.match((await register({ offerId: undefined, offerKey: draft.offerKey, licenses: [] })).json().detail, /not published yet/);
    const unmanaged = await createPublishedOffer(t.app, publisher, { licenseManagement: false });
    assert.match((await register({ offerId: unmanaged.id, licenses: [] })).json().detail, /does not use app license management/);
    const foreignPlan = await register({ licenses: [{ planId: theirs.plans[0]!.id, quantity: 3 }] });
    assert.equal(foreignPlan.statusCode, 400);
    assert.deepEqual(fields(foreignPlan), ['licenses.0.planId']);
    assert.match(foreignPlan.json().detail, /is not a plan of offer/);
    const twice = await register({ licenses: [{ planKey: 'gold', quantity: 3 }, { planId: offer.plans[0]!.id, quantity: 2 }] });
    assert.deepEqual(fields(twice), ['licenses.1.planId']);
    const byKeys = await register({ offerId: undefined, offerKey: offer.offerKey, licenses: [{ planKey: 'silver', quantity: 4 }] });
    assert.equal(byKeys.statusCode, 201, 'offer and plan IDs work as well as GUIDs');
    assert.deepEqual(byKeys.json().licenses.map((l: { planKey: string; quantity: number }) => [l.planKey, l.quantity]), [['silver', 4]]);
  });

  test('Idempotency-Key: a retry returns the same deal; another body with the key is a conflict', async () => {
    const key = { 'idempotency-key': `retry-${Date.now()}` };
    const first = await register({}, key);
    assert.equal(first.statusCode, 201);
    const [again, concurrent] = await Promise.all([register({}, key), register({}, key)]);
    for (const r of [again, concurrent]) {
      assert.equal(r.statusCode, 200);
      assert.equal(r.json().id, first.json().id);
      assert.equal(r.headers['idempotent-replayed'], 'true');
    }
    const reordered = await publisher.admin.request({ method: 'POST', url: url(), payload: Object.fromEntries(Object.entries(body()).reverse()), headers: key });
    assert.equal(reordered.json().id, first.json().id, 'field order does not matter');
    const different = await register({ customer: { companyName: 'Fabrikam', country: 'US', city: 'Redmond' } }, key);
    assert.equal(different.statusCode, 409);
    assert.match(different.json().detail, /already used to register a different deal/);
    const deals = await t.app.db.selectFrom('deals').select('id').where('idempotency_key', '=', key['idempotency-key']).execute();
    assert.equal(deals.length, 1);
    const race = { 'idempotency-key': `race-${Date.now()}` };
    const raced = await Promise.all(Array.from({ length: 8 }, () => register({}, race)));
    assert.equal(new Set(raced.map((r) => r.json().id)).size, 1, 'eight racing retries make one deal');
    assert.deepEqual(raced.map((r) => r.statusCode).sort(), [200, 200, 200, 200, 200, 200, 200, 201]);
  });

  test('list with filters, detail, edit', async () => {
    const tenant = await createTenant(t.app);
    await connect(publisher, tenant);
    const deal = (await publisher.admin.post(url(), dealBody(offer, tenant, { customer: { companyName: 'Northwind Traders', country: 'DE', city: 'Berlin' } }))).json();
    const list = (query: string) => publisher.admin.get(`${url()}?${query}`).then((r) => r.json());
    assert.deepEqual((await list(`customerTenantId=${tenant.id}`)).items.map((d: { id: string }) => d.id), [deal.id]);
    assert.deepEqual((await list('search=northwind')).items.map((d: { id: string }) => d.id), [deal.id]);
    assert.ok((await list('state=active')).items.some((d: { id: string }) => d.id === deal.id));
    assert.ok(!(await list('state=warning')).items.some((d: { id: string }) => d.id === deal.id));
    assert.equal((await publisher.admin.get(`${url()}?state=gone`)).statusCode, 400);

    const detail = (await publisher.admin.get(`${url()}/${deal.id}`)).json();
    assert.deepEqual([detail.customerTenant.name, detail.customer.city, detail.state, detail.lifecycle.graceStartsAt], [tenant.name, 'Berlin', 'active', '2027-10-15T00:00:00.000Z']);

    const edited = await publisher.admin.patch(`${url()}/${deal.id}`, { deployment: 'hybrid', customer: { companyName: 'Northwind Traders GmbH', country: 'DE', city: 'Munich' } });
    assert.equal(edited.statusCode, 200);
    assert.deepEqual([edited.json().deployment, edited.json().customer.city], ['hybrid', 'Munich']);
    await assertAudited(t.app, 'deal.updated', { tenantId: publisher.id, targetId: deal.id, summary: /deployment/ });
    const badEdit = await publisher.admin.patch(`${url()}/${deal.id}`, { startDate: '2026-09-01' });
    assert.equal(badEdit.statusCode, 400, 'an edit obeys the same rules');
    assert.equal((await publisher.admin.patch(`${url()}/${deal.id}`, {})).statusCode, 400);
    assert.equal((await publisher.admin.patch(`${url()}/${deal.id}`, { offerId: offer.id })).statusCode, 400, 'the offer never changes');
    const other = await createPublisher(t.app);
    assert.equal((await other.admin.get(`/api/v1/tenants/${other.id}/partner/deals/${deal.id}`)).statusCode, 404);
  });

  test('renew extends the end date; cancel ends it; both audited for the publisher and the customer', async () => {
    const deal = (await register()).json();
    assert.equal((await publisher.admin.post(`${url()}/${deal.id}/renew`, { endDate: '2027-01-01' })).statusCode, 400, 'must be later');
    const renewed = await publisher.admin.post(`${url()}/${deal.id}/renew`, { endDate: '2028-10-14' });
    assert.equal(renewed.statusCode, 200);
    assert.deepEqual([renewed.json().endDate, renewed.json().contractType], ['2028-10-14', 'renewal']);
    const perpetual = (await register({ endDate: undefined, perpetual: true })).json();
    assert.equal((await publisher.admin.post(`${url()}/${perpetual.id}/renew`, { endDate: '2030-01-01' })).statusCode, 409);

    const cancelled = await publisher.admin.post(`${url()}/${deal.id}/cancel`);
    assert.deepEqual([cancelled.json().status, cancelled.json().state], ['cancelled', 'cancelled']);
    assert.equal((await publisher.admin.post(`${url()}/${deal.id}/cancel`)).statusCode, 409);
    assert.equal((await publisher.admin.patch(`${url()}/${deal.id}`, { deployment: 'cloud' })).statusCode, 409);
    assert.ok((await publisher.admin.get(`${url()}?status=cancelled`)).json().items.some((d: { id: string }) => d.id === deal.id));

    const audit = (await publisher.admin.get(`${url()}/${deal.id}/audit`)).json();
    assert.deepEqual(audit.items.map((e: { action: string }) => e.action), ['deal.cancelled', 'deal.renewed', 'deal.registered']);
    const customerLog = (await customer.admin.get(`/api/v1/tenants/${customer.id}/audit?targetType=deal`)).json();
    assert.ok(customerLog.items.some((e: { action: string; summary: string }) => e.action === 'deal.renewed' && e.summary.startsWith(`${publisher.name}:`)));
    assert.equal((await publisher.admin.get(`${url()}/0f8fad5b-d9cb-469f-a165-70867728950e/audit`)).statusCode, 404);
  });

  test('every problem at once: terms and plans in one answer, nothing registered', async () => {
    const before = await t.app.db.selectFrom('deals').select('id').where('publisher_tenant_id', '=', publisher.id).execute();
    const response = await register({
      startDate: '2026-09-01', // before the signed date
      totalContractValue: { amount: 1000, currency: 'USD' }, // below the threshold
      licenses: [
        { planKey: 'no-such-plan', quantity: 1 },
        { planId: offer.plans[0]!.id, quantity: 1 },
        { planKey: offer.plans[0]!.planKey, quantity: 2 },
      ],
    });
    assert.equal(response.statusCode, 400, response.body);
    assert.deepEqual(fields(response).sort(), ['licenses.0.planKey', 'licenses.2.planKey', 'solutionValue.amount', 'startDate', 'totalContractValue.amount'].sort());
    const after = await t.app.db.selectFrom('deals').select('id').where('publisher_tenant_id', '=', publisher.id).execute();
    assert.equal(after.length, before.length);
  });

  test('the same deal twice within 24 hours without an Idempotency-Key waits for confirmDuplicate; a day later it does not', async () => {
    const otherCustomer = await createTenant(t.app);
    await connect(publisher, otherCustomer);
    const same = () => dealBody(offer, otherCustomer, { licenses: [{ planId: offer.plans[0]!.id, quantity: 3 }] });
    assert.equal((await publisher.admin.post(url(), same())).statusCode, 201);
    const again = await publisher.admin.post(url(), same());
    assert.equal(again.statusCode, 409, again.body);
    assert.match(again.json().detail, /same customer, offer, dates and values.*confirmDuplicate/);
    assert.deepEqual(fields(again), ['confirmDuplicate']);
    const seats = async () => (await otherCustomer.admin.get(`/api/v1/tenants/${otherCustomer.id}/licenses`)).json().items[0].purchased as number;
    assert.equal(await seats(), 3, 'the refused duplicate provisioned nothing');
    assert.equal((await publisher.admin.post(url(), { ...same(), confirmDuplicate: true })).statusCode, 201);
    assert.equal(await seats(), 6);
    const back = await travel(t, 25 * 60 * 60 * 1000, publisher);
    try {
      assert.equal((await publisher.admin.post(url(), same())).statusCode, 201, 'a day later it is a new deal');
    } finally {
      await back();
    }
  });

  test("an end date moved into the past is refused: the customer's licenses never skip grace and suspension", async () => {
    const registered = await register({ licenses: [{ planId: offer.plans[0]!.id, quantity: 2 }] });
    assert.equal(registered.statusCode, 201);
    const dealId = registered.json().id as string;
    const product = async () => (await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses`)).json().items[0] as { state: string; purchased: number };
    const before = await product();
    const moved = await publisher.admin.patch(`${url()}/${dealId}`, { endDate: '2026-11-01' }); // after the start, before today (Nov 24)
    assert.equal(moved.statusCode, 400, moved.body);
    assert.deepEqual(fields(moved), ['endDate']);
    assert.match(moved.json().errors[0].message, /grace period/);
    assert.deepEqual(await product(), before, 'nothing changed for the customer');
    // Today is accepted: the grace period starts from there.
    const today = t.clock.now().toISOString().slice(0, 10);
    assert.equal((await publisher.admin.patch(`${url()}/${dealId}`, { endDate: today })).statusCode, 200);
  });

  test('publisher tenants say so: kind "publisher"', async () => {
    const session = (await publisher.admin.get('/api/v1/auth/session')).json();
    assert.equal(session.tenant.kind, 'publisher');
    assert.equal((await customer.admin.get('/api/v1/auth/session')).json().tenant.kind, 'customer');
  });
});

