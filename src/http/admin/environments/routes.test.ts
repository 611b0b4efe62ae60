import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { addPackageVersion, connect, createPublishedOffer, createPublisher, registerDeal, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('environments API (install this product)', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let customer: TenantFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createPublisher(t.app);
    customer = await createTenant(t.app);
  });
  after(() => t.close());
  const base = (tenant = customer) => `/api/v1/tenants/${tenant.id}/environments`;
  const defaultEnvironment = async (tenant = customer) => (await tenant.admin.get(base(tenant))).json().items.find((e: { isDefault: boolean }) => e.isDefault);
  const install = (environmentId: string, offerId: string, tenant = customer) => tenant.admin.post(`${base(tenant)}/${environmentId}/apps`, { offerId });

  test('401, 400 per field, 404 for another tenant, 403 for users and Billing admins who only read', async () => {
    assert.equal((await anonymous(t.app).get(base())).statusCode, 401);
    const bad = await customer.admin.post(base(), { name: '' });
    assert.deepEqual([bad.statusCode, bad.json().errors[0].field], [400, 'name']);
    assert.equal((await customer.admin.post(`${base()}/not-a-guid/apps`, { offerId: 'x' })).statusCode, 400);
    assert.equal((await publisher.admin.get(base())).statusCode, 404);
    const billing = await signInAs(t.app, await createUser(customer, { roles: ['billing_admin'] }));
    assert.equal((await billing.get(base())).statusCode, 200);
    assert.equal((await billing.post(base(), { name: 'Test' })).statusCode, 403);
    const plain = await signInAs(t.app, await createUser(customer));
    assert.equal((await plain.get(base())).statusCode, 403);
  });

  test('a default environment exists; admins create, rename and delete others', async () => {
    const environment = await defaultEnvironment();
    assert.deepEqual([environment.name, environment.installedApps], [`${customer.name} (default)`, 0]);
    assert.equal((await customer.admin.get(base())).json().items.length, 1, 'made once');
    const created = await customer.admin.post(base(), { name: 'Test' });
    assert.equal(created.statusCode, 201);
    await assertAudited(t.app, 'environment.created', { tenantId: customer.id, targetId: created.json().id });
    assert.equal((await customer.admin.post(base(), { name: 'TEST' })).statusCode, 409, 'names are unique whatever their case');
    const renamed = await customer.admin.patch(`${base()}/${created.json().id}`, { name: 'Staging' });
    assert.equal(renamed.json().name, 'Staging');
    await assertAudited(t.app, 'environment.renamed', { tenantId: customer.id, targetId: created.json().id });
    assert.equal((await customer.admin.patch(`${base()}/${created.json().id}`, { name: environment.name })).statusCode, 409);
    assert.equal((await customer.admin.delete(`${base()}/${environment.id}`)).statusCode, 409, 'the default one stays');
    assert.equal((await customer.admin.delete(`${base()}/${created.json().id}`)).statusCode, 204);
    await assertAudited(t.app, 'environment.deleted', { tenantId: customer.id, targetId: created.json().id });
    const other = await createTenant(t.app);
    assert.equal((await other.admin.delete(`${base(other)}/${environment.id}`)).statusCode, 404);
  });

  test('install is refused without a license, allowed with one, or for freemium offers', async () => {
    const licensed = await createPublishedOffer(t.app, publisher);
    const freemium = await createPublishedOffer(t.app, publisher, { allowInstallWithoutLicense: true });
    const draft = await createPublishedOffer(t.app, publisher, { status: 'draft' });
    const environment = await defaultEnvironment();

    const refused = await install(environment.id, licensed.id);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'NO_LICENSE');
    assert.match(refused.json().detail, new RegExp(`${licensed.name} can only be installed by organizations that hold a license`));
    assert.equal((await install(environment.id, draft.id)).statusCode, 404, 'a draft is invisible');

    const free = await install(environment.id, freemium.id);
    assert.equal(free.statusCode, 201);
    assert.deepEqual([free.json().offer.name, free.json().version, free.json().updateAvailable], [freemium.name, '1.0.0.0', false]);
    assert.equal((await install(environment.id, freemium.id)).statusCode, 409, 'already installed there');

    await connect(publisher, customer);
    await registerDeal(publisher, customer, licensed, [{ plan: licensed.plans[0]!, quantity: 1 }]);
    const ok = await install(environment.id, licensed.id);
    assert.equal(ok.statusCode, 201);
    assert.equal(t.app.entitlements.index.isInstalled(customer.id, licensed.id), true, 'the license check knows at once');
    const apps = (await customer.admin.get(`${base()}/${environment.id}/apps`)).json().items;
    assert.deepEqual(apps.map((a: { offer: { id: string } }) => a.offer.id).sort(), [freemium.id, licensed.id].sort());
    const product = (await customer.admin.get(`/api/v1/tenants/${customer.id}/licenses/${licensed.plans[0]!.id}`)).json();
    assert.deepEqual(product.installations.map((i: { environment: { id: string } }) => i.environment.id), [environment.id]);
    assert.equal((await customer.admin.delete(`${base()}/${environment.id}`)).statusCode, 409);
  });

  test('update to the current package version, and uninstall', async () => {
    const offer = await createPublishedOffer(t.app, publisher, { allowInstallWithoutLicense: true });
    const environment = await defaultEnvironment();
    const installed = (await install(environment.id, offer.id)).json();
    const update = `${base()}/${environment.id}/apps/${installed.id}/update`;
    assert.equal((await customer.admin.post(update)).statusCode, 409, 'already the latest');
    await addPackageVersion(t.app, publisher, offer.id, '1.1.0.0');
    const listed = (await customer.admin.get(`${base()}/${environment.id}/apps`)).json().items.find((a: { id: string }) => a.id === installed.id);
    assert.deepEqual([listed.version, listed.latestVersion, listed.updateAvailable], ['1.0.0.0', '1.1.0.0', true]);
    const updated = await customer.admin.post(update);
    assert.deepEqual([updated.statusCode, updated.json().version, updated.json().updateAvailable], [200, '1.1.0.0', false]);
    assert.equal((await customer.admin.delete(`${base()}/${environment.id}/apps/${installed.id}`)).statusCode, 204);
    assert.equal((await customer.admin.delete(`${base()}/${environment.id}/apps/${installed.id}`)).statusCode, 404);
    const audit = (await customer.admin.get(`/api/v1/tenants/${customer.id}/audit?action=app.`)).json();
    assert.deepEqual(audit.items.slice(0, 3).map((e: { action: string }) => e.action), ['app.uninstalled', 'app.updated', 'app.installed']);
  });
});
