import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../../domain/csv.js';
import { buildSeries, periodsOf, summarize } from '../../../domain/reports/licenseReport.js';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { connect, createPublishedOffer, createPublisher, registerDeal, type OfferFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assign } from '../../../../test/support/runtimeFixtures.js';
import { upsertUsage } from '../../../store/seats/usage.js';

/**
 * A ledger written through the real API at chosen times (ManualClock), and
 * the numbers worked out by hand from it:
 *
 *   2026-07-10  deal 1: Ceres (DE) gets gold 10
 *   2026-07-20  Ceres assigns gold to 3 users
 *   2026-08-05  deal 2: Umbra (US) gets gold 5, silver 4
 *   2026-09-12  deal 1: gold changed to 20
 *   2026-10-03  deal 2: silver removed
 *   2026-11-24  (now) Umbra assigns gold to 2 users
 *
 * month   provisioned assigned customers
 * 2026-06      0          0        0
 * 2026-07     10          3        1
 * 2026-08     19          3        2
 * 2026-09     29          3        2
 * 2026-10     25          3        2
 * 2026-11     25          5        2
 */
describe('partner license reports API', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let offer: OfferFixture;
  let ceres: TenantFixture;
  let umbra: TenantFixture;
  let rival: PublisherFixture;
  let rivalOffer: OfferFixture;
  const url = (who: { id: string } = publisher, query = '') => `/api/v1/tenants/${who.id}/partner/reports/licenses${query}`;
  const csvUrl = (query: string) => `/api/v1/tenants/${publisher.id}/partner/reports/licenses.csv${query}`;
  const dates = { signedDate: '2026-06-01', startDate: '2026-06-15', endDate: '2027-12-31' };

  before(async () => {
    t = await createTestApp();
    const now = t.clock.now();
    publisher = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, publisher, { plans: ['gold', 'silver'] });
    ceres = await createTenant(t.app, { country: 'DE' });
    umbra = await createTenant(t.app, { country: 'US' });
    // A name a spreadsheet would run as a formula.
    await t.app.db.updateTable('tenants').set({ display_name: '=HYPERLINK("http://evil.example","Umbra")' }).where('id', '=', umbra.id).execute();
    await connect(publisher, ceres);
    await connect(publisher, umbra);
    const ceresUsers = [await createUser(ceres), await createUser(ceres), await createUser(ceres)];
    const umbraUsers = [await createUser(umbra), await createUser(umbra)];
    // Another publisher sells to Ceres too.
    rival = await createPublisher(t.app);
    rivalOffer = await createPublishedOffer(t.app, rival, { plans: ['pro'] });
    await connect(rival, ceres);

    const [gold, silver] = offer.plans as [OfferFixture['plans'][number], OfferFixture['plans'][number]];
    t.clock.set('2026-07-10T09:00:00Z');
    const deal1 = await registerDeal(publisher, ceres, offer, [{ plan: gold, quantity: 10 }], dates);
    await registerDeal(rival, ceres, rivalOffer, [{ plan: rivalOffer.plans[0]!, quantity: 7 }], dates);
    t.clock.set('2026-07-20T09:00:00Z');
    await assign(ceres, gold.id, { userIds: ceresUsers.map((u) => u.id) });
    t.clock.set('2026-08-05T09:00:00Z');
    const deal2 = await registerDeal(publisher, umbra, offer, [{ plan: gold, quantity: 5 }, { plan: silver, quantity: 4 }], dates);
    t.clock.set('2026-09-12T09:00:00Z');
    const changed = await publisher.admin.patch(`/api/v1/tenants/${publisher.id}/partner/deals/${deal1.id}/licenses/gold`, { quantity: 20 });
    assert.equal(changed.statusCode, 200, changed.body);
    t.clock.set('2026-10-03T09:00:00Z');
    const removed = await publisher.admin.delete(`/api/v1/tenants/${publisher.id}/partner/deals/${deal2.id}/licenses/silver`);
    assert.ok(removed.statusCode < 300, removed.body);
    t.clock.set(now);
    await assign(umbra, gold.id, { userIds: umbraUsers.map((u) => u.id) });
  });
  after(() => t.close());

  const series = (body: { series: { period: string; provisioned: number; assigned: number; customers: number }[] }) =>
    body.series.map((p) => [p.period, p.provisioned, p.assigned, p.customers]);

  test('the default report: the last 6 months by month, numbers from the ledger, trends and breakdowns', async () => {
    const response = await publisher.admin.get(url());
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    assert.deepEqual(body.range, { from: '2026-06', to: '2026-11', granularity: 'month' });
    assert.deepEqual(series(body), [
      ['2026-06', 0, 0, 0],
      ['2026-07', 10, 3, 1],
      ['2026-08', 19, 3, 2],
      ['2026-09', 29, 3, 2],
      ['2026-10', 25, 3, 2],
      ['2026-11', 25, 5, 2],
    ]);
    assert.deepEqual(body.provisioned, { current: 25, previous: 25, trend: 0 });
    assert.deepEqual(body.assigned, { current: 5, previous: 3, trend: 2 / 3 });
    assert.deepEqual(body.customers, { current: 2, previous: 2, trend: 0 });
    assert.deepEqual(
      body.byPlan.map((p: { planKey: string; serviceId: string; provisioned: number; assigned: number; percentAssigned: number }) => [p.planKey, p.serviceId, p.provisioned, p.assigned, p.percentAssigned]),
      [
        ['gold', offer.plans[0]!.serviceId, 25, 5, 20],
        ['silver', offer.plans[1]!.serviceId, 0, 0, 0],
      ],
    );
    assert.deepEqual(
      body.byCountry.map((c: { countryCode: string; countryName: string; customers: number; provisioned: number; assigned: number }) => [c.countryCode, c.countryName, c.customers, c.provisioned, c.assigned]),
      [
        ['DE', 'Germany', 1, 20, 3],
        ['US', 'United States', 1, 5, 2],
      ],
    );
    const ceresRow = body.byCustomer.find((c: { tenantId: string }) => c.tenantId === ceres.id);
    assert.deepEqual([ceresRow.provisioned, ceresRow.assigned, ceresRow.firstActivation], [20, 3, '2026-07-10T09:00:00.000Z']);
    assert.deepEqual(body.filterOptions.offers.map((o: { offerId: string }) => o.offerId), [offer.id]);
    assert.deepEqual(body.filterOptions.plans.map((p: { serviceId: string }) => p.serviceId).sort(), offer.plans.map((p) => p.serviceId).sort());
    assert.deepEqual(body.filterOptions.customers.map((c: { tenantId: string }) => c.tenantId).sort(), [ceres.id, umbra.id].sort());
    assert.deepEqual(body.filterOptions.countries.map((c: { code: string }) => c.code), ['DE', 'US']);
  });

  test('the summary: the report’s current figures in one query, for each publisher alone', async () => {
    const summaryUrl = (who: { id: string }) => `/api/v1/tenants/${who.id}/partner/reports/summary`;
    const response = await publisher.admin.get(summaryUrl(publisher));
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(response.json(), { month: '2026-11', provisioned: 25, assigned: 5, customers: 2 });
    const report = (await publisher.admin.get(url())).json();
    assert.deepEqual(
      [report.provisioned.current, report.assigned.current, report.customers.current],
      [response.json().provisioned, response.json().assigned, response.json().customers],
      'the same numbers as the report',
    );
    assert.deepEqual((await rival.admin.get(summaryUrl(rival))).json(), { month: '2026-11', provisioned: 7, assigned: 0, customers: 1 });
    assert.equal((await rival.admin.get(summaryUrl(publisher))).statusCode, 404, "another publisher's summary");
    assert.equal((await anonymous(t.app).get(summaryUrl(publisher))).statusCode, 401);
    assert.equal((await ceres.admin.get(summaryUrl(ceres))).statusCode, 403, 'a customer is not a publisher');
  });

  test('a past month reproduces: the breakdowns are as of the end of the range', async () => {
    const body = (await publisher.admin.get(url(publisher, '?from=2026-08&to=2026-09'))).json();
    assert.deepEqual(series(body), [
      ['2026-08', 19, 3, 2],
      ['2026-09', 29, 3, 2],
    ]);
    assert.deepEqual(body.provisioned, { current: 29, previous: 19, trend: 10 / 19 });
    assert.deepEqual(
      body.byPlan.map((p: { planKey: string; provisioned: number; assigned: number }) => [p.planKey, p.provisioned, p.assigned]),
      [
        ['gold', 25, 3],
        ['silver', 4, 0],
      ],
    );
    const single = (await publisher.admin.get(url(publisher, '?from=2026-07&to=2026-07'))).json();
    assert.deepEqual(single.provisioned, { current: 10, previous: 0, trend: null });
    assert.deepEqual(single.customers, { current: 1, previous: 0, trend: null });
  });

  test('filters by offer, plan, customer and country', async () => {
    const silver = (await publisher.admin.get(url(publisher, `?plan=${offer.plans[1]!.serviceId}`))).json();
    assert.deepEqual(
      silver.series.map((p: { provisioned: number }) => p.provisioned),
      [0, 0, 4, 4, 0, 0],
    );
    assert.deepEqual(silver.filters.plan, offer.plans[1]!.id);
    const byOffer = (await publisher.admin.get(url(publisher, `?offer=${offer.offerKey}`))).json();
    assert.equal(byOffer.provisioned.current, 25);
    const germany = (await publisher.admin.get(url(publisher, '?country=de'))).json();
    assert.deepEqual(series(germany).map((p) => p.slice(1)), [
      [0, 0, 0],
      [10, 3, 1],
      [10, 3, 1],
      [20, 3, 1],
      [20, 3, 1],
      [20, 3, 1],
    ]);
    assert.deepEqual(germany.byCustomer.map((c: { tenantId: string }) => c.tenantId), [ceres.id]);
    const umbraOnly = (await publisher.admin.get(url(publisher, `?customer=${umbra.id}`))).json();
    assert.deepEqual(
      umbraOnly.series.map((p: { provisioned: number; assigned: number }) => [p.provisioned, p.assigned]),
      [
        [0, 0],
        [0, 0],
        [9, 0],
        [9, 0],
        [5, 0],
        [5, 2],
      ],
    );
    const nobody = (await publisher.admin.get(url(publisher, '?country=JP'))).json();
    assert.deepEqual([nobody.provisioned.current, nobody.byCustomer.length], [0, 0]);
  });

  test('day granularity for short ranges', async () => {
    const body = (await publisher.admin.get(url(publisher, '?from=2026-10&to=2026-11&granularity=day'))).json();
    assert.equal(body.series[0].period, '2026-10-01');
    assert.equal(body.series.at(-1).period, '2026-11-24', 'days stop at today');
    const at = (day: string) => body.series.find((p: { period: string }) => p.period === day);
    assert.deepEqual([at('2026-10-02').provisioned, at('2026-10-03').provisioned], [29, 25]);
    assert.deepEqual([at('2026-11-23').assigned, at('2026-11-24').assigned], [3, 5]);
    assert.deepEqual(body.assigned, { current: 5, previous: 3, trend: 2 / 3 }, 'against the last day of October');
  });

  test('range and filter problems are 400s naming the field', async () => {
    for (const [query, field, message] of [
      ['?from=2025-06&to=2026-11', 'from', /at most 12/],
      ['?from=2026-07&to=2026-06', 'from', /must not be after/],
      ['?to=2026-12', 'to', /current month/],
      ['?from=June', 'from', /YYYY-MM/],
      ['?from=2026-06&granularity=day', 'granularity', /3 months/],
      ['?granularity=week', 'granularity', /month or day/],
      [`?offer=${rivalOffer.id}`, 'offer', /not one of your offers/],
      [`?plan=${rivalOffer.plans[0]!.serviceId}`, 'plan', /not a plan of your offers/],
      ['?customer=someone', 'customer', /GUID/],
      ['?country=XX', 'country', /ISO 3166-1/],
    ] as const) {
      const response = await publisher.admin.get(url(publisher, query));
      assert.equal(response.statusCode, 400, query);
      assert.match(response.headers['content-type'] as string, /application\/problem\+json/);
      assert.equal(response.json().errors[0].field, `query parameter ${field}`, query);
      assert.match(response.json().errors[0].message, message, query);
    }
  });

  test('publishers are isolated: the rival sees only its own licenses; customers and strangers get nothing', async () => {
    const body = (await rival.admin.get(url(rival))).json();
    assert.deepEqual(body.series.map((p: { provisioned: number }) => p.provisioned), [0, 7, 7, 7, 7, 7]);
    assert.deepEqual(body.byPlan.map((p: { serviceId: string }) => p.serviceId), [rivalOffer.plans[0]!.serviceId]);
    assert.deepEqual(body.byCustomer.map((c: { tenantId: string; assigned: number }) => [c.tenantId, c.assigned]), [[ceres.id, 0]]);
    assert.deepEqual(body.filterOptions.customers.map((c: { tenantId: string }) => c.tenantId), [ceres.id]);
    const csv = (await rival.admin.get(`/api/v1/tenants/${rival.id}/partner/reports/licenses.csv`)).body;
    assert.ok(!csv.includes(umbra.id) && !csv.includes(offer.plans[0]!.serviceId));
    assert.equal((await rival.admin.get(url(publisher))).statusCode, 404, "another publisher's report");
    assert.equal((await anonymous(t.app).get(url())).statusCode, 401);
    assert.equal((await ceres.admin.get(url(ceres))).statusCode, 403, 'a customer is not a publisher');
    const plainUser = await signInAs(t.app, await createUser(publisher));
    assert.equal((await plainUser.get(url())).statusCode, 403);
  });

  test('active users per plan in the last 7, 30 and 90 days, from seat usage: only the publisher’s own plans, filters apply, CSV widget', async () => {
    const [gold, silver] = offer.plans as [OfferFixture['plans'][number], OfferFixture['plans'][number]];
    const now = t.clock.now().getTime();
    const holders = async (tenant: TenantFixture) =>
      (await t.app.db.selectFrom('seat_holdings').select('user_id').where('tenant_id', '=', tenant.id).where('plan_id', '=', gold.id).orderBy('user_id').execute()).map((h) => h.user_id);
    const [c1, c2, c3] = (await holders(ceres)) as [string, string, string];
    const [u1] = (await holders(umbra)) as [string];
    const ago = (days: number) => now - days * 86_400_000;
    // What the usage flush writes (src/jobs/usageFlush.ts).
    await upsertUsage(t.app.db, [
      { tenantId: ceres.id, planId: gold.id, userId: c1, at: ago(2) },
      { tenantId: ceres.id, planId: gold.id, userId: c2, at: ago(20) },
      { tenantId: ceres.id, planId: gold.id, userId: c3, at: ago(100) },
      { tenantId: umbra.id, planId: gold.id, userId: u1, at: ago(5) },
      // Ceres's use of the rival's plan is the rival's business.
      { tenantId: ceres.id, planId: rivalOffer.plans[0]!.id, userId: c1, at: ago(1) },
    ]);
    type Active = { asOf: string; total: Record<string, number>; byPlan: { serviceId: string; last7Days: number; last30Days: number; last90Days: number }[] };
    const active = async (who: { id: string }, query = '') => {
      const response = await (who === rival ? rival : publisher).admin.get(url(who, query));
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json().activeUsers as Active;
      return { total: [body.total.last7Days, body.total.last30Days, body.total.last90Days], byPlan: body.byPlan.map((p) => [p.serviceId, p.last7Days, p.last30Days, p.last90Days]), asOf: body.asOf };
    };
    const all = await active(publisher);
    assert.deepEqual(all.byPlan, [
      [gold.serviceId, 2, 3, 3],
      [silver.serviceId, 0, 0, 0],
    ]);
    assert.deepEqual(all.total, [2, 3, 3]);
    assert.equal(all.asOf, new Date(now).toISOString());
    assert.deepEqual((await active(publisher, `?customer=${ceres.id}`)).byPlan[0], [gold.serviceId, 1, 2, 2]);
    assert.deepEqual((await active(publisher, '?country=US')).total, [1, 1, 1]);
    assert.deepEqual((await active(publisher, `?plan=${silver.serviceId}`)).byPlan, [[silver.serviceId, 0, 0, 0]]);
    assert.deepEqual((await active(publisher, '?from=2026-01&to=2026-03')).total, [2, 3, 3], 'as of now, whatever the range');
    assert.deepEqual((await active(rival)).byPlan, [[rivalOffer.plans[0]!.serviceId, 1, 1, 1]]);
    assert.deepEqual((await active(rival)).total, [1, 1, 1]);

    const csv = await publisher.admin.get(csvUrl('?widget=activeUsers'));
    assert.equal(csv.statusCode, 200, csv.body);
    const [header, ...rows] = parseCsv(csv.body).rows.map((r) => r.cells);
    assert.deepEqual(header, ['Product Display Name', 'Product ID', 'SKU Name', 'Service ID', 'Active Users 7 Days', 'Active Users 30 Days', 'Active Users 90 Days']);
    assert.deepEqual(rows.map((r) => [r[3], r[4], r[5], r[6]]), [
      [gold.serviceId, '2', '3', '3'],
      [silver.serviceId, '0', '0', '0'],
    ]);
    assert.equal((await publisher.admin.get(csvUrl('?widget=usage'))).statusCode, 400);
  });

  test('CSV downloads: the detailed columns, one row per customer and plan, formulas defused', async () => {
    const response = await publisher.admin.get(csvUrl('?widget=detailed'));
    assert.equal(response.statusCode, 200, response.body);
    assert.match(response.headers['content-type'] as string, /^text\/csv/);
    assert.equal(response.headers['content-disposition'], 'attachment; filename="licenses-detailed-2026-06-to-2026-11.csv"');
    const { rows, problems } = parseCsv(response.body);
    assert.deepEqual(problems, []);
    assert.deepEqual(rows[0]!.cells, [
      'Customer Country',
      'Customer Country Code',
      'Customer Name',
      'Activation Date',
      'Product Display Name',
      'Product ID',
      'Licenses Provisioned',
      'Licenses Assigned',
      'SKU Name',
      'Tenant ID',
      'License State',
      'Service ID',
    ]);
    const data = rows.slice(1).map((r) => r.cells);
    assert.equal(data.length, 3, 'Ceres gold, Umbra gold, Umbra silver');
    const ceresGold = data.find((r) => r[9] === ceres.id)!;
    assert.deepEqual(ceresGold, ['Germany', 'DE', ceres.name, '2026-07-10', offer.name, offer.offerKey, '20', '3', offer.plans[0]!.name, ceres.id, 'active', offer.plans[0]!.serviceId]);
    const umbraSilver = data.find((r) => r[9] === umbra.id && r[11] === offer.plans[1]!.serviceId)!;
    assert.deepEqual([umbraSilver[2], umbraSilver[3], umbraSilver[6], umbraSilver[7], umbraSilver[10]], ['\'=HYPERLINK("http://evil.example","Umbra")', '2026-08-05', '0', '0', 'removed']);

    const past = parseCsv((await publisher.admin.get(csvUrl('?widget=detailed&to=2026-09&from=2026-09'))).body).rows.slice(1);
    assert.deepEqual(past.find((r) => r.cells[9] === umbra.id && r.cells[11] === offer.plans[1]!.serviceId)!.cells.slice(6, 8), ['4', '0']);

    const seriesCsv = await publisher.admin.get(csvUrl('?widget=series&country=DE'));
    assert.equal(seriesCsv.headers['content-disposition'], 'attachment; filename="licenses-series-2026-06-to-2026-11.csv"');
    assert.deepEqual(parseCsv(seriesCsv.body).rows.map((r) => r.cells), [
      ['Period', 'Licenses Provisioned', 'Licenses Assigned', 'Customers'],
      ['2026-06', '0', '0', '0'],
      ['2026-07', '10', '3', '1'],
      ['2026-08', '10', '3', '1'],
      ['2026-09', '20', '3', '1'],
      ['2026-10', '20', '3', '1'],
      ['2026-11', '20', '3', '1'],
    ]);
    for (const widget of ['byPlan', 'byCountry', 'byCustomer']) {
      const csv = await publisher.admin.get(csvUrl(`?widget=${widget}`));
      assert.equal(csv.statusCode, 200, widget);
      assert.ok(parseCsv(csv.body).rows.length >= 3, widget);
    }
    const bad = await publisher.admin.get(csvUrl('?widget=pie'));
    assert.deepEqual([bad.statusCode, bad.json().errors[0].field], [400, 'query parameter widget']);
  });

  test('the API agrees with the pure maths applied to the raw ledger, for every filter and range', async () => {
    const ledger = await t.app.db.selectFrom('license_ledger').selectAll().where('publisher_tenant_id', '=', publisher.id).orderBy('occurred_at').orderBy('id').execute();
    const countries = new Map([[ceres.id, 'DE'], [umbra.id, 'US']]);
    const now = t.clock.now();
    for (const [query, keep] of [
      ['', () => true],
      [`&plan=${offer.plans[0]!.serviceId}`, (r: (typeof ledger)[number]) => r.plan_id === offer.plans[0]!.id],
      ['&country=US', (r: (typeof ledger)[number]) => countries.get(r.tenant_id) === 'US'],
      [`&customer=${ceres.id}`, (r: (typeof ledger)[number]) => r.tenant_id === ceres.id],
    ] as const) {
      for (const [from, to, granularity] of [
        ['2026-06', '2026-11', 'month'],
        ['2026-08', '2026-08', 'month'],
        ['2025-12', '2026-11', 'month'],
        ['2026-09', '2026-11', 'day'],
      ] as const) {
        const range = { from, to, granularity };
        const periods = periodsOf(range, now);
        const rows = ledger.filter(keep);
        const keyOf = (r: (typeof ledger)[number]) => (granularity === 'month' ? r.occurred_at.toISOString().slice(0, 7) : r.occurred_at.toISOString().slice(0, 10));
        const position = (r: (typeof ledger)[number]) => ({ tenantId: r.tenant_id, planId: r.plan_id, purchased: r.purchased_after, assigned: r.assigned_after, state: r.state_after });
        const before = new Map<string, ReturnType<typeof position>>();
        const changes = new Map<string, ReturnType<typeof position> & { period: string }>();
        for (const r of rows) {
          if (r.occurred_at < new Date(`${from}-01T00:00:00Z`)) before.set(`${r.tenant_id}/${r.plan_id}`, position(r));
          else if (periods.includes(keyOf(r))) changes.set(`${r.tenant_id}/${r.plan_id}/${keyOf(r)}`, { ...position(r), period: keyOf(r) });
        }
        const expected = buildSeries([...before.values()], [...changes.values()], periods);
        const body = (await publisher.admin.get(url(publisher, `?from=${from}&to=${to}&granularity=${granularity}${query}`))).json();
        assert.deepEqual(body.series, expected.series, `${from}..${to} ${granularity} ${query}`);
        assert.deepEqual(body.provisioned, summarize(range, expected.series, expected.initialTotals).provisioned);
      }
    }
  });

  test('the ledger rollup matches the ledger itself', async () => {
    const rollup = await t.app.db.selectFrom('license_positions_monthly').selectAll().where('publisher_tenant_id', '=', publisher.id).execute();
    const ledger = await t.app.db.selectFrom('license_ledger').selectAll().where('publisher_tenant_id', '=', publisher.id).orderBy('occurred_at').orderBy('id').execute();
    const expected = new Map<string, { purchased: number; assigned: number }>();
    for (const row of ledger) expected.set(`${row.tenant_id}/${row.plan_id}/${row.occurred_at.toISOString().slice(0, 7)}-01`, { purchased: row.purchased_after, assigned: row.assigned_after });
    assert.equal(rollup.length, expected.size);
    for (const row of rollup) assert.deepEqual({ purchased: row.purchased, assigned: row.assigned }, expected.get(`${row.tenant_id}/${row.plan_id}/${row.period}`));
  });
});
