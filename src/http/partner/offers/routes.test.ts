import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs } from '../../../../test/support/factories.js';
import {
  addPlans,
  buildPackage,
  COMPLETE_LISTING,
  createAppliedPublisher,
  createApprovedPublisher,
  createOffer,
  createPublishedOffer,
  offersUrl,
  uploadPackage,
  type PublisherFixture,
} from '../../../../test/support/partnerFactories.js';

describe('offers API', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let other: PublisherFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createApprovedPublisher(t.app);
    other = await createApprovedPublisher(t.app);
  });
  after(() => t.close());

  test('401, 404 for another tenant, 403 for a plain member writing and for a customer tenant', async () => {
    const offer = await createOffer(publisher);
    assert.equal((await anonymous(t.app).get(offersUrl(publisher))).statusCode, 401);
    assert.equal((await anonymous(t.app).post(offersUrl(publisher), { offerKey: 'x', name: 'X' })).statusCode, 401);
    assert.equal((await other.admin.get(offersUrl(publisher, offer.offerKey))).statusCode, 404);
    assert.equal((await other.admin.patch(offersUrl(publisher, offer.offerKey), { name: 'Stolen' })).statusCode, 404);
    assert.equal((await other.admin.delete(offersUrl(publisher, offer.offerKey))).statusCode, 404);
    assert.equal((await other.admin.get(offersUrl(other, offer.offerKey))).statusCode, 404, "another publisher's offer ID is not found in one's own tenant");

    const plain = await signInAs(t.app, await createUser(publisher));
    assert.equal((await plain.get(offersUrl(publisher, offer.offerKey))).statusCode, 200, 'members may look');
    const refused = await plain.patch(offersUrl(publisher, offer.offerKey), { name: 'Nope' });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().detail, /publisher tenant's Global admin/);
    assert.equal((await plain.post(offersUrl(publisher), { offerKey: 'plain', name: 'Plain' })).statusCode, 403);

    const customer = await createTenant(t.app);
    assert.equal((await customer.admin.get(offersUrl(customer))).statusCode, 403, 'customers have no Partner Center');
    assert.equal((await publisher.admin.get(offersUrl(publisher, offer.offerKey))).json().name, offer.name, 'nothing changed');
  });

  test('400 names each bad field, and nothing is created', async () => {
    const long = 'x'.repeat(40 - publisher.publisherId.length);
    const cases: [object, string, RegExp][] = [
      [{ offerKey: 'Field-Ops', name: 'A' }, 'offerKey', /may contain only lowercase letters, digits, "-" and "_"/],
      [{ offerKey: 'field.ops', name: 'A' }, 'offerKey', /may contain only/],
      [{ offerKey: '', name: 'A' }, 'offerKey', /Offer key is required/],
      [{ offerKey: long, name: 'A' }, 'offerKey', new RegExp(`Publisher ID \\+ offer key must be under 40 characters; "${publisher.publisherId}" \\+ "${long}" is 40`)],
      [{ offerKey: 'ok1', name: '  ' }, 'name', /must not be empty/],
      [{ offerKey: 'ok1', name: 'x'.repeat(101) }, 'name', /at most 100/],
      [{ offerKey: 'ok1', name: 'A', summary: 'x'.repeat(251) }, 'summary', /at most 250/],
      [{ offerKey: 'ok1', name: 'A', description: 'x'.repeat(5001) }, 'description', /at most 5000/],
      [{ offerKey: 'ok1', name: 'A', categories: ['gardening'] }, 'categories.0', /must be one of: analytics/],
      [{ offerKey: 'ok1', name: 'A', categories: ['sales', 'sales'] }, 'categories', /must not repeat/],
      [{ offerKey: 'ok1', name: 'A', categories: ['sales', 'finance', 'marketing', 'analytics'] }, 'categories', /at most 3/],
      [{ offerKey: 'ok1', name: 'A', supportUrl: 'javascript:alert(1)' }, 'supportUrl', /absolute http:\/\/ or https:\/\//],
      [{ offerKey: 'ok1', name: 'A', privacyUrl: 'https:example.com' }, 'privacyUrl', /absolute http/],
      [{ offerKey: 'ok1', name: 'A', launchUrl: 'ftp://example.com' }, 'launchUrl', /absolute http/],
      // Lead webhooks are webhook endpoints for lead.created now (Partner Center → Webhooks).
      [{ offerKey: 'ok1', name: 'A', leadDestination: { kind: 'webhook', url: 'https://crm.example.com', secret: 's'.repeat(16) } }, 'leadDestination', /not a known field/],
      [{ offerKey: 'ok1', name: 'A', licenseManagement: 'yes' }, 'licenseManagement', /boolean/],
      [{ offerKey: 'ok1', name: 'A', licenseManagement: false, allowInstallWithoutLicenses: true }, 'allowInstallWithoutLicenses', /only be turned on while "Enable app license management/],
      [{ offerKey: 'ok1', name: 'A', price: 10 }, 'price', /not a known field/],
    ];
    for (const [body, field, message] of cases) {
      const response = await publisher.admin.post(offersUrl(publisher), body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)} → ${response.body}`);
      const problem = response.json().errors.find((e: { field: string }) => e.field === field);
      assert.ok(problem, `expected a problem on ${field}: ${response.body}`);
      assert.match(problem.message, message);
    }
    const ok = await publisher.admin.post(offersUrl(publisher), { offerKey: long.slice(1), name: 'Just fits' });
    assert.equal(ok.statusCode, 201, 'publisher ID + offer ID of 39 characters is accepted');
    assert.equal((await publisher.admin.get(`${offersUrl(publisher)}?search=ok1`)).json().total, 0);
  });

  test('create, list, get, edit and delete a draft; the offer ID never changes', async () => {
    const created = await publisher.admin.post(offersUrl(publisher), {
      offerKey: 'time-sheets_2',
      name: 'Timesheets',
      licenseManagement: true,
      allowInstallWithoutLicenses: true,
      ...COMPLETE_LISTING,
    });
    assert.equal(created.statusCode, 201, created.body);
    const offer = created.json();
    assert.deepEqual(
      [offer.offerKey, offer.publisherId, offer.status, offer.licenseManagement, offer.allowInstallWithoutLicenses, offer.categories, offer.logo],
      ['time-sheets_2', publisher.publisherId, 'draft', true, true, ['field-service'], null],
    );

    const list = (await publisher.admin.get(`${offersUrl(publisher)}?status=draft&search=timesheets`)).json();
    assert.deepEqual(list.items.map((o: { offerKey: string }) => o.offerKey), ['time-sheets_2']);
    assert.equal((await publisher.admin.get(`${offersUrl(publisher)}?status=gone`)).statusCode, 400);

    const renamed = await publisher.admin.patch(offersUrl(publisher, 'time-sheets_2'), { offerKey: 'timesheets' });
    assert.equal(renamed.statusCode, 400);
    assert.deepEqual(renamed.json().errors, [
      { field: 'offerKey', message: "can't be changed: the offer key is permanent once the offer exists, because every plan's Service ID is built on it" },
    ]);
    assert.equal((await publisher.admin.patch(offersUrl(publisher, 'time-sheets_2'), {})).statusCode, 400, 'an empty change is refused');

    const edited = await publisher.admin.patch(offersUrl(publisher, 'time-sheets_2'), {
      name: 'Timesheets Pro',
      supportUrl: null,
    });
    assert.equal(edited.statusCode, 200, edited.body);
    assert.deepEqual([edited.json().name, edited.json().supportUrl], ['Timesheets Pro', null]);

    const off = await publisher.admin.patch(offersUrl(publisher, 'time-sheets_2'), { licenseManagement: false });
    assert.deepEqual([off.json().licenseManagement, off.json().allowInstallWithoutLicenses], [false, false], 'unchecking the first box clears the second');

    const duplicate = await publisher.admin.post(offersUrl(publisher), { offerKey: 'time-sheets_2', name: 'Again' });
    assert.equal(duplicate.statusCode, 409);
    assert.deepEqual(duplicate.json().errors, [{ field: 'offerKey', message: 'is already used by another of your offers' }]);
    assert.equal((await other.admin.post(offersUrl(other), { offerKey: 'time-sheets_2', name: 'Theirs' })).statusCode, 201, 'offer IDs are per publisher');

    assert.equal((await publisher.admin.delete(offersUrl(publisher, 'time-sheets_2'))).statusCode, 204);
    assert.equal((await publisher.admin.get(offersUrl(publisher, 'time-sheets_2'))).statusCode, 404);
    const audit = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/audit?targetType=offer`)).json();
    const actions = audit.items.filter((e: { targetId: string; detail: { offerKey?: string } }) => e.targetId === created.json().id && e.detail.offerKey === 'time-sheets_2').map((e: { action: string }) => e.action);
    assert.deepEqual(actions.sort(), ['offer.created', 'offer.deleted', 'offer.updated', 'offer.updated']);
  });

  test('license management needs every prerequisite, and the refusal names what is missing', async () => {
    const pending = await createAppliedPublisher(t.app);
    const refused = await pending.admin.post(offersUrl(pending), { offerKey: 'early', name: 'Early', licenseManagement: true });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /can't be enabled until every prerequisite is met\. Missing: Partner program approval — Your partner program application is waiting/);
    assert.deepEqual(refused.json().errors.map((e: { field: string }) => e.field), ['licenseManagement']);
    assert.deepEqual(refused.json().prerequisites.map((p: { met: boolean }) => p.met), [true, true, false]);

    const draft = await pending.admin.post(offersUrl(pending), { offerKey: 'early', name: 'Early' });
    assert.equal(draft.statusCode, 201, 'an offer without license management needs no approval');
    const enable = await pending.admin.patch(offersUrl(pending, 'early'), { licenseManagement: true });
    assert.equal(enable.statusCode, 409);
    assert.match(enable.json().detail, /Partner program approval/);

    const noPublisherId = await createTenant(t.app, { isPublisher: true });
    const none = await noPublisherId.admin.post(`/api/v1/tenants/${noPublisherId.id}/partner/offers`, { offerKey: 'x', name: 'X' });
    assert.equal(none.statusCode, 409);
    assert.match(none.json().detail, /Choose your publisher ID first: apply to the partner program/);
  });

  test('a published offer: license management is fixed, the listing stays complete, deletion is refused', async () => {
    const offer = await createPublishedOffer(publisher);
    const url = offersUrl(publisher, offer.offerKey);
    const fixed = await publisher.admin.patch(url, { licenseManagement: false });
    assert.equal(fixed.statusCode, 409);
    assert.deepEqual(fixed.json().errors, [{ field: 'licenseManagement', message: "can't be changed once the offer is published; license management stays enabled" }]);

    const emptied = await publisher.admin.patch(url, { summary: '', privacyUrl: null, name: 'Renamed' });
    assert.equal(emptied.statusCode, 400);
    assert.deepEqual(emptied.json().errors, [
      { field: 'summary', message: 'is required while the offer is published' },
      { field: 'privacyUrl', message: 'is required while the offer is published' },
    ]);
    const edited = await publisher.admin.patch(url, { name: 'Renamed', categories: ['sales', 'productivity'] });
    assert.equal(edited.statusCode, 200, 'listing edits of a live offer apply at once');
    assert.deepEqual([edited.json().name, edited.json().status], ['Renamed', 'published']);

    const deleted = await publisher.admin.delete(url);
    assert.equal(deleted.statusCode, 409);
    assert.match(deleted.json().detail, /Only draft offers can be deleted; .* is published\. Stop selling it instead/);
  });

  test('allowing installs without licenses on a live offer needs a live package with a free app module', async () => {
    const offer = await createPublishedOffer(publisher, { plans: ['basic'] });
    const ok = await publisher.admin.patch(offersUrl(publisher, offer.offerKey), { allowInstallWithoutLicenses: true });
    assert.equal(ok.statusCode, 200, 'the default test package has a free viewer app module');
    assert.equal(ok.json().allowInstallWithoutLicenses, true);
  });

  test('deleting a draft removes its plans and packages with it', async () => {
    const { offerKey } = await createOffer(publisher);
    await addPlans(publisher, offerKey, ['gold']);
    assert.equal((await uploadPackage(publisher, offerKey, buildPackage({ publisherId: publisher.publisherId, offerKey, plans: ['gold'] }))).statusCode, 201);
    assert.equal((await publisher.admin.delete(offersUrl(publisher, offerKey))).statusCode, 204);
    const db = t.database.db;
    assert.equal((await db.selectFrom('plans').select('id').where('service_id', '=', `${publisher.publisherId}.${offerKey}.gold`).execute()).length, 0);
    assert.equal((await db.selectFrom('solution_packages').innerJoin('offers', 'offers.id', 'solution_packages.offer_id').select('solution_packages.id').where('offers.offer_id', '=', offerKey).execute()).length, 0);
  });

  test('the category list is public reference data', async () => {
    const categories = (await anonymous(t.app).get('/api/v1/offer-categories')).json().items;
    assert.ok(categories.some((c: { id: string; name: string }) => c.id === 'field-service' && c.name === 'Field service'));
  });
});
