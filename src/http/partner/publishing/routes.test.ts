import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { writePackageArchive } from '../../../domain/packages/index.js';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs } from '../../../../test/support/factories.js';
import {
  addPlans,
  approvePublisher,
  buildPackage,
  COMPLETE_LISTING,
  createAppliedPublisher,
  createApprovedPublisher,
  createOffer,
  createPublishedOffer,
  offersUrl,
  operatorOf,
  uploadLogo,
  uploadPackage,
  type PublisherFixture,
} from '../../../../test/support/partnerFactories.js';
import { assertAudited } from '../../../../test/support/audit.js';

const EXAMPLE = fileURLToPath(new URL('../../../../examples/solution-gold-silver-bronze/', import.meta.url));

async function examplePackage(): Promise<Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const name of ['solution.json', 'license.json']) files.set(name, new Uint8Array(await readFile(`${EXAMPLE}${name}`)));
  return writePackageArchive(files);
}

describe('publishing', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createApprovedPublisher(t.app);
  });
  after(() => t.close());

  const url = (p: PublisherFixture, offerKey: string, action: string) => `${offersUrl(p, offerKey)}/${action}`;

  test('401, 404 for another tenant, 403 for a plain member', async () => {
    const { offerKey } = await createOffer(publisher);
    const other = await createApprovedPublisher(t.app);
    for (const action of ['publish', 'stop-sell', 'resume']) {
      assert.equal((await anonymous(t.app).post(url(publisher, offerKey, action))).statusCode, 401);
      assert.equal((await other.admin.post(url(publisher, offerKey, action))).statusCode, 404);
    }
    assert.equal((await other.admin.get(url(publisher, offerKey, 'publish-check'))).statusCode, 404);
    const plain = await signInAs(t.app, await createUser(publisher));
    assert.equal((await plain.get(url(publisher, offerKey, 'publish-check'))).statusCode, 200, 'members may see the checklist');
    assert.equal((await plain.post(url(publisher, offerKey, 'publish'))).statusCode, 403);
    assert.equal((await publisher.admin.get(offersUrl(publisher, offerKey))).json().status, 'draft');
  });

  test('publishing lists every problem at once and changes nothing', async () => {
    const pending = await createAppliedPublisher(t.app);
    const { offerKey } = await createOffer(pending, { licenseManagement: false });
    const check = (await pending.admin.get(url(pending, offerKey, 'publish-check'))).json();
    assert.equal(check.ready, false);
    const expected = [
      ['program.prerequisite_missing', 'programApproval'],
      ['listing.incomplete', 'summary'],
      ['listing.incomplete', 'description'],
      ['listing.incomplete', 'logo'],
      ['listing.incomplete', 'categories'],
      ['listing.incomplete', 'supportUrl'],
      ['listing.incomplete', 'privacyUrl'],
      ['listing.incomplete', 'launchUrl'],
      ['package.required', 'package'],
    ];
    assert.deepEqual(check.problems.map((p: { code: string; field: string }) => [p.code, p.field]), expected);
    const refused = await pending.admin.post(url(pending, offerKey, 'publish'));
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(refused.json().problems, check.problems, 'publish says exactly what the check said');
    assert.match(refused.json().detail, /has 9 problems to fix before publishing/);
    assert.equal((await pending.admin.get(offersUrl(pending, offerKey))).json().status, 'draft');
  });

  test('the Russian doll example publishes: Gold → Gold, Silver, Bronze; Silver → Silver, Bronze; Bronze → Bronze; the viewer is free', async () => {
    const tenant = await createTenant(t.app, { isPublisher: true });
    await tenant.admin.post(`/api/v1/tenants/${tenant.id}/partner/program/application`, { publisherId: 'fabrikam', partnerId: '4412999', acceptMarketplaceAgreement: true });
    await approvePublisher(t.app, tenant);
    const fabrikam = { ...tenant, publisherId: 'fabrikam', partnerId: '4412999' };
    await createOffer(fabrikam, { offerKey: 'fieldops', name: 'Fabrikam Field Ops', complete: true });
    const plans = await addPlans(fabrikam, 'fieldops', ['gold', 'silver', 'bronze']);
    assert.deepEqual(plans.map((p) => p.serviceId), ['fabrikam.fieldops.gold', 'fabrikam.fieldops.silver', 'fabrikam.fieldops.bronze']);
    const upload = await uploadPackage(fabrikam, 'fieldops', await examplePackage());
    assert.equal(upload.statusCode, 201, upload.body);
    assert.deepEqual((await fabrikam.admin.get(url(fabrikam, 'fieldops', 'publish-check'))).json(), { ready: true, problems: [] });

    const published = await fabrikam.admin.post(url(fabrikam, 'fieldops', 'publish'));
    assert.equal(published.statusCode, 200, published.body);
    const audited = await assertAudited(t.app, 'offer.published', { tenantId: fabrikam.id, targetId: published.json().id });
    assert.equal(audited.detail.offerKey, 'fieldops', 'the audit entry names the offer by GUID, its key in the detail');
    assert.deepEqual(
      [published.json().status, published.json().publishedPackageVersion, published.json().publishedAt],
      ['published', '1.0.0.0', '2026-11-24T12:00:00.000Z'],
    );
    const db = t.database.db;
    const offerRow = await db.selectFrom('offers').select('id').where('tenant_id', '=', fabrikam.id).where('offer_id', '=', 'fieldops').executeTakeFirstOrThrow();
    const modules = await db.selectFrom('app_modules').select(['unique_name', 'display_name']).where('offer_id', '=', offerRow.id).orderBy('unique_name').execute();
    assert.deepEqual(modules.map((m) => m.unique_name), ['fab_fieldops_bronze', 'fab_fieldops_gold', 'fab_fieldops_silver', 'fab_fieldops_viewer']);
    const mapped = await db
      .selectFrom('app_module_plans')
      .innerJoin('plans', 'plans.id', 'app_module_plans.plan_id')
      .select(['plans.plan_id', 'app_module_plans.app_module', 'app_module_plans.display_name', 'app_module_plans.more_info_url'])
      .where('app_module_plans.offer_id', '=', offerRow.id)
      .execute();
    const appsOf = (plan: string) => mapped.filter((m) => m.plan_id === plan).map((m) => m.app_module).sort();
    assert.deepEqual(appsOf('gold'), ['fab_fieldops_bronze', 'fab_fieldops_gold', 'fab_fieldops_silver']);
    assert.deepEqual(appsOf('silver'), ['fab_fieldops_bronze', 'fab_fieldops_silver']);
    assert.deepEqual(appsOf('bronze'), ['fab_fieldops_bronze']);
    const gold = mapped.find((m) => m.plan_id === 'gold')!;
    assert.deepEqual([gold.display_name, gold.more_info_url], ['Field Ops Gold', 'https://www.fabrikam.com/fieldops/plans/gold']);
    const audit = (await fabrikam.admin.get(`/api/v1/tenants/${fabrikam.id}/audit?action=offer.published`)).json().items;
    assert.match(audit[0].summary, /Published offer fieldops with package 1\.0\.0\.0/);

    // Another publisher can't ship the same app module names.
    const copycat = await createApprovedPublisher(t.app);
    const { offerKey } = await createOffer(copycat, { complete: true });
    await addPlans(copycat, offerKey, ['gold']);
    const stolen = buildPackage({ publisherId: copycat.publisherId, offerKey, plans: ['gold'], appModules: ['fab_fieldops_gold', 'own_module'], mappings: { gold: ['fab_fieldops_gold'] } });
    assert.equal((await uploadPackage(copycat, offerKey, stolen)).statusCode, 201);
    const taken = await copycat.admin.post(url(copycat, offerKey, 'publish'));
    assert.equal(taken.statusCode, 422);
    assert.deepEqual(taken.json().problems.map((p: { code: string }) => p.code), ['app_module.taken']);
    assert.match(taken.json().problems[0].message, /App module fab_fieldops_gold .* is already used by another offer/);
  });

  test('with license management every plan must be in the package, and at least one plan is needed', async () => {
    const { offerKey } = await createOffer(publisher, { complete: true });
    const noPlans = (await publisher.admin.get(url(publisher, offerKey, 'publish-check'))).json().problems;
    assert.deepEqual(noPlans.map((p: { code: string }) => p.code), ['plans.required', 'package.required']);
    await addPlans(publisher, offerKey, ['gold', 'silver']);
    assert.equal((await uploadPackage(publisher, offerKey, buildPackage({ publisherId: publisher.publisherId, offerKey, plans: ['gold'] }))).statusCode, 201);
    const problems = (await publisher.admin.get(url(publisher, offerKey, 'publish-check'))).json().problems;
    assert.deepEqual(problems.map((p: { code: string; field: string }) => [p.code, p.field]), [['plans.not_in_package', 'plans']]);
    assert.match(problems[0].message, /Plan silver .* is not in the license metadata of package 1\.0\.0\.0/);
  });

  test('freemium: allowing installs without licenses needs an app module no plan maps', async () => {
    const { offerKey } = await createOffer(publisher, { complete: true, allowInstallWithoutLicenses: true });
    await addPlans(publisher, offerKey, ['pro']);
    const everyModuleMapped = buildPackage({ publisherId: publisher.publisherId, offerKey, plans: ['pro'], appModules: [`${offerKey}_pro`], mappings: { pro: [`${offerKey}_pro`] } });
    const upload = await uploadPackage(publisher, offerKey, everyModuleMapped);
    assert.equal(upload.statusCode, 201, 'the package itself is valid');
    assert.deepEqual(upload.json().validation.problems.map((p: { code: string }) => p.code), []);
    assert.equal((await publisher.admin.get(`${offersUrl(publisher, offerKey)}/packages/1.0.0.0`)).json().validation.valid, false, 'but not for this freemium offer');
    const refused = await publisher.admin.post(url(publisher, offerKey, 'publish'));
    assert.equal(refused.statusCode, 422);
    assert.deepEqual(refused.json().problems.map((p: { code: string; field: string }) => [p.code, p.field]), [['freemium.every_app_module_mapped', 'allowInstallWithoutLicenses']]);

    const withFreeViewer = buildPackage({ publisherId: publisher.publisherId, offerKey, plans: ['pro'], version: '1.1.0.0', appModules: [`${offerKey}_pro`, `${offerKey}_viewer`], mappings: { pro: [`${offerKey}_pro`] } });
    assert.equal((await uploadPackage(publisher, offerKey, withFreeViewer)).statusCode, 201);
    const published = await publisher.admin.post(url(publisher, offerKey, 'publish'));
    assert.equal(published.statusCode, 200, published.body);
    assert.equal(published.json().allowInstallWithoutLicenses, true);
  });

  test('an offer without license management publishes its app modules with no plan mappings', async () => {
    const { offerKey } = await createOffer(publisher, { complete: true, licenseManagement: false });
    assert.equal((await uploadPackage(publisher, offerKey, buildPackage({ publisherId: publisher.publisherId, offerKey, plans: ['any'] }))).statusCode, 201);
    assert.equal((await publisher.admin.post(url(publisher, offerKey, 'publish'))).statusCode, 200);
    const row = await t.database.db.selectFrom('offers').select('id').where('tenant_id', '=', publisher.id).where('offer_id', '=', offerKey).executeTakeFirstOrThrow();
    assert.equal((await t.database.db.selectFrom('app_modules').select('unique_name').where('offer_id', '=', row.id).execute()).length, 2);
    assert.equal((await t.database.db.selectFrom('app_module_plans').select('plan_id').where('offer_id', '=', row.id).execute()).length, 0);
  });

  test('update a live offer: a new version and a new plan go live when published again', async () => {
    const offer = await createPublishedOffer(publisher, { plans: ['basic'] });
    await addPlans(publisher, offer.offerKey, ['premium']);
    const prefix = `${publisher.publisherId}_${offer.offerKey}`;
    const next = buildPackage({
      publisherId: publisher.publisherId,
      offerKey: offer.offerKey,
      version: '2.0.0.0',
      plans: ['basic', 'premium'],
      appModules: [`${prefix}_basic`, `${prefix}_premium`, `${prefix}_viewer`],
      mappings: { basic: [`${prefix}_basic`], premium: [`${prefix}_basic`, `${prefix}_premium`] },
    });
    assert.equal((await uploadPackage(publisher, offer.offerKey, next)).statusCode, 201);
    const row = await t.database.db.selectFrom('offers').select('id').where('tenant_id', '=', publisher.id).where('offer_id', '=', offer.offerKey).executeTakeFirstOrThrow();
    const mappings = () => t.database.db.selectFrom('app_module_plans').select('app_module').where('offer_id', '=', row.id).execute();
    assert.equal((await mappings()).length, 1, 'not live before publishing');
    const republished = await publisher.admin.post(url(publisher, offer.offerKey, 'publish'));
    assert.equal(republished.statusCode, 200);
    assert.deepEqual([republished.json().publishedPackageVersion, republished.json().hasUnpublishedPackage], ['2.0.0.0', false]);
    assert.equal((await mappings()).length, 3);
  });

  test('stop-sell and resume', async () => {
    const draft = await createOffer(publisher);
    const early = await publisher.admin.post(url(publisher, draft.offerKey, 'stop-sell'));
    assert.equal(early.statusCode, 409);
    assert.match(early.json().detail, /Only a published offer can be stop-sold/);

    const offer = await createPublishedOffer(publisher);
    const stopped = await publisher.admin.post(url(publisher, offer.offerKey, 'stop-sell'));
    assert.equal(stopped.statusCode, 200);
    assert.deepEqual([stopped.json().status, stopped.json().stopSoldAt], ['stop_sold', '2026-11-24T12:00:00.000Z']);
    const row = await t.database.db.selectFrom('offers').select('id').where('tenant_id', '=', publisher.id).where('offer_id', '=', offer.offerKey).executeTakeFirstOrThrow();
    assert.equal((await t.database.db.selectFrom('app_modules').select('unique_name').where('offer_id', '=', row.id).execute()).length, 2, 'existing customers keep their apps');
    assert.equal((await publisher.admin.post(url(publisher, offer.offerKey, 'stop-sell'))).statusCode, 409);
    assert.equal((await publisher.admin.delete(offersUrl(publisher, offer.offerKey))).statusCode, 409, 'a stop-sold offer is not deleted');

    const resumed = await publisher.admin.post(url(publisher, offer.offerKey, 'resume'));
    assert.equal(resumed.statusCode, 200);
    assert.deepEqual([resumed.json().status, resumed.json().stopSoldAt], ['published', null]);
    assert.equal((await publisher.admin.post(url(publisher, offer.offerKey, 'resume'))).statusCode, 409);

    await publisher.admin.post(url(publisher, offer.offerKey, 'stop-sell'));
    const republished = await publisher.admin.post(url(publisher, offer.offerKey, 'publish'));
    assert.equal(republished.json().status, 'published', 'publishing a stop-sold offer resumes it');
    const actions = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/audit?targetType=offer`)).json().items
      .filter((e: { targetId: string }) => e.targetId === offer.id)
      .map((e: { action: string }) => e.action);
    assert.ok(actions.includes('offer.stop_sold') && actions.includes('offer.resumed'));
  });

  test('the operator can still delete a publisher whose offer is live', async () => {
    const doomed = await createApprovedPublisher(t.app);
    await createPublishedOffer(doomed);
    const operator = await operatorOf(t.app);
    assert.equal((await operator.delete(`/api/v1/operator/tenants/${doomed.id}`)).statusCode, 204);
    assert.equal((await t.database.db.selectFrom('offers').select('id').where('tenant_id', '=', doomed.id).execute()).length, 0);
  });

  test('without license management a complete listing and a package are all publishing needs', async () => {
    const { offerKey } = await createOffer(publisher, { licenseManagement: false });
    await publisher.admin.patch(offersUrl(publisher, offerKey), COMPLETE_LISTING);
    await uploadLogo(publisher, offerKey);
    await uploadPackage(publisher, offerKey, buildPackage({ publisherId: publisher.publisherId, offerKey, plans: ['x'] }));
    assert.deepEqual((await publisher.admin.get(url(publisher, offerKey, 'publish-check'))).json(), { ready: true, problems: [] });
  });
});
