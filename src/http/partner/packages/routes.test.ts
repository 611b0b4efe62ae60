import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { zipSync } from 'fflate';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createUser, signInAs } from '../../../../test/support/factories.js';
import {
  addPlans,
  buildPackage,
  createApprovedPublisher,
  createOffer,
  createPublishedOffer,
  multipartFile,
  offersUrl,
  uploadPackage,
  type PublisherFixture,
} from '../../../../test/support/partnerFactories.js';

const MiB = 1024 * 1024;
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('solution packages API', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let other: PublisherFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createApprovedPublisher(t.app);
    other = await createApprovedPublisher(t.app);
  });
  after(() => t.close());

  const packagesUrl = (offerKey: string) => `${offersUrl(publisher, offerKey)}/packages`;
  async function offerWithPlans(plans = ['gold', 'silver']) {
    const { offerKey } = await createOffer(publisher);
    await addPlans(publisher, offerKey, plans);
    return offerKey;
  }
  const spec = (offerKey: string, extra: Partial<Parameters<typeof buildPackage>[0]> = {}) => ({ publisherId: publisher.publisherId, offerKey, plans: ['gold', 'silver'], ...extra });

  test('401, 404 for another tenant, 403 for a plain member', async () => {
    const offerKey = await offerWithPlans();
    const zip = buildPackage(spec(offerKey));
    const post = (caller: typeof publisher.admin) =>
      caller.request({ method: 'POST', url: packagesUrl(offerKey), payload: Buffer.from(zip), headers: { 'content-type': 'application/zip' } });
    assert.equal((await post(anonymous(t.app))).statusCode, 401);
    assert.equal((await post(other.admin)).statusCode, 404);
    const plain = await signInAs(t.app, await createUser(publisher));
    assert.equal((await post(plain)).statusCode, 403);
    assert.equal((await plain.get(packagesUrl(offerKey))).statusCode, 200, 'members may look');
    assert.deepEqual((await publisher.admin.get(packagesUrl(offerKey))).json().items, [], 'nothing was stored');
    assert.equal((await other.admin.get(`${packagesUrl(offerKey)}/1.0.0.0/archive`)).statusCode, 404);
  });

  test('upload, list, inspect, download; each new version becomes current', async () => {
    const offerKey = await offerWithPlans(['gold', 'silver', 'bronze']);
    const first = buildPackage(spec(offerKey, { plans: ['gold', 'silver', 'bronze'], mappings: { gold: [`${publisher.publisherId}_${offerKey}_gold`], silver: [`${publisher.publisherId}_${offerKey}_silver`] } }));
    const uploaded = await uploadPackage(publisher, offerKey, first);
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const body = uploaded.json();
    assert.deepEqual([body.version, body.isCurrent, body.isPublished, body.validation.valid, body.sizeBytes], ['1.0.0.0', true, false, true, first.length]);
    assert.deepEqual(body.validation.problems.map((p: { code: string; severity: string }) => [p.code, p.severity]), [['plan.unused', 'warning']], 'warnings come back');
    assert.deepEqual(
      body.appModules.map((m: { uniqueName: string; needsLicense: boolean; plans: string[] }) => [m.uniqueName.split('_').at(-1), m.needsLicense, m.plans.length]),
      [['gold', true, 1], ['silver', true, 1], ['bronze', false, 0], ['viewer', false, 0]],
    );

    const second = buildPackage(spec(offerKey, { version: '1.10.0.0' }));
    const form = multipartFile(second, 'fieldops.zip', 'application/zip');
    const viaForm = await publisher.admin.request({ method: 'POST', url: packagesUrl(offerKey), ...form });
    assert.equal(viaForm.statusCode, 201, viaForm.body);
    assert.equal(viaForm.json().version, '1.10.0.0');

    const list = (await publisher.admin.get(packagesUrl(offerKey))).json().items;
    assert.deepEqual(list.map((p: { version: string; isCurrent: boolean }) => [p.version, p.isCurrent]), [['1.10.0.0', true], ['1.0.0.0', false]]);
    assert.equal((await publisher.admin.get(offersUrl(publisher, offerKey))).json().currentPackageVersion, '1.10.0.0');

    const download = await publisher.admin.get(`${packagesUrl(offerKey)}/1.0.0.0/archive`);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/zip');
    assert.match(String(download.headers['content-disposition']), /attachment; filename="S.*_1_0_0_0\.zip"/);
    assert.deepEqual(new Uint8Array(download.rawPayload), first);

    const detail = (await publisher.admin.get(`${packagesUrl(offerKey)}/1.0.0.0`)).json();
    assert.equal(detail.servicePlans.length, 3);
    assert.equal((await publisher.admin.get(`${packagesUrl(offerKey)}/1.0`)).statusCode, 400);
    assert.equal((await publisher.admin.get(`${packagesUrl(offerKey)}/9.9.9.9`)).statusCode, 404);

    const current = await publisher.admin.post(`${packagesUrl(offerKey)}/1.0.0.0/make-current`);
    assert.equal(current.statusCode, 200);
    assert.equal(current.json().currentPackageVersion, '1.0.0.0');
    // Audit entries name the offer by its GUID (the answers' offerId), its key in the detail.
    const offerId = current.json().id;
    const audit = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/audit?action=package.`)).json().items.filter((e: { targetId: string }) => e.targetId === offerId);
    assert.ok(audit.every((e: { detail: { offerKey?: string } }) => e.detail.offerKey === offerKey));
    assert.deepEqual(audit.map((e: { action: string }) => e.action).sort(), ['package.made_current', 'package.uploaded', 'package.uploaded']);
  });

  test('an invalid package reports every problem at once, with where it is, and is not stored', async () => {
    const offerKey = await offerWithPlans();
    assert.equal((await uploadPackage(publisher, offerKey, buildPackage(spec(offerKey, { version: '2.0.0.0' })))).statusCode, 201);
    const bad = buildPackage({
      publisherId: other.publisherId,
      offerKey,
      version: '1.5.0.0',
      plans: ['gold', 'platinum'],
      appModules: ['fab_gold'],
      mappings: { gold: ['fab_gold', 'fab_missing'] },
    });
    const response = await uploadPackage(publisher, offerKey, bad);
    assert.equal(response.statusCode, 422);
    assert.match(String(response.headers['content-type']), /problem\+json/);
    const problems = response.json().problems as { code: string; file: string; path?: string; message: string }[];
    const byCode = (code: string) => problems.filter((p) => p.code === code);
    assert.equal(byCode('manifest.publisher_mismatch').length, 1);
    assert.equal(byCode('version.order')[0]!.message, "Version 1.5.0.0 must be greater than the offer's current package version 2.0.0.0");
    assert.equal(byCode('service_id.unknown_plan').length, 2, 'both plans belong to another publisher');
    assert.deepEqual(byCode('service_id.unknown_plan')[0]!.path, 'servicePlans[0].serviceId');
    assert.deepEqual(
      byCode('mapping.unknown_app_module').map((p) => [p.file, p.path, p.message]),
      [['license.json', 'mappings[1].appModule', 'The AppModule with the given UniqueName fab_missing was not found']],
    );
    assert.equal((await publisher.admin.get(packagesUrl(offerKey))).json().items.length, 1, 'nothing was stored');

    const duplicateVersion = await uploadPackage(publisher, offerKey, buildPackage(spec(offerKey, { version: '2.0.0.0' })));
    assert.equal(duplicateVersion.statusCode, 422);
    assert.deepEqual(duplicateVersion.json().problems.map((p: { code: string }) => p.code), ['version.order']);
  });

  test('hostile and malformed uploads are refused safely', async () => {
    const offerKey = await offerWithPlans();
    const upload = (payload: Buffer | Uint8Array, contentType = 'application/zip', query = '') =>
      publisher.admin.request({ method: 'POST', url: `${packagesUrl(offerKey)}${query}`, payload: Buffer.from(payload), headers: { 'content-type': contentType } });
    const good = buildPackage(spec(offerKey));

    const traversal = await upload(zipSync({ '../../etc/cron.d/evil': json({}), 'solution.json': json({}) }), 'application/zip', '?fileName=evil.zip');
    assert.equal(traversal.statusCode, 422);
    assert.deepEqual(traversal.json().problems.map((p: { code: string; file: string }) => [p.code, p.file]), [['archive.unsafe_path', 'evil.zip']]);

    const bomb = await upload(zipSync({ 'components/zeros.bin': new Uint8Array(11 * MiB) }, { level: 9 }));
    assert.equal(bomb.statusCode, 422);
    assert.match(bomb.json().problems[0].code, /^archive\.(entry_too_large|compression_ratio)$/);

    const notZip = await upload(Buffer.from('this is not a zip file at all'));
    assert.equal(notZip.statusCode, 422);
    assert.equal(notZip.json().problems[0].code, 'archive.not_zip');

    const tooLarge = await upload(Buffer.concat([Buffer.from(good), Buffer.alloc(20 * MiB)]));
    assert.equal(tooLarge.statusCode, 413);
    assert.match(tooLarge.json().detail, /a package may be at most 20971520 bytes \(20\.0 MiB\)/);

    const asJson = await publisher.admin.post(packagesUrl(offerKey), { zip: 'base64…' });
    assert.equal(asJson.statusCode, 415);
    assert.match(asJson.json().detail, /Content-Type application\/zip/);
    const asText = await upload(Buffer.from('hello'), 'text/plain');
    assert.equal(asText.statusCode, 415);
    const empty = await upload(Buffer.alloc(0));
    assert.equal(empty.statusCode, 400);
    const wrongField = await publisher.admin.request({ method: 'POST', url: packagesUrl(offerKey), ...multipartFile(good, 'p.zip', 'application/zip', 'package') });
    assert.equal(wrongField.statusCode, 400);
    assert.match(wrongField.json().detail, /"file" field/);

    assert.equal((await publisher.admin.get(packagesUrl(offerKey))).json().items.length, 0, 'none of them was stored');
    assert.equal((await upload(good)).statusCode, 201, 'the server still takes a good one');
  });

  test('a new version of a published offer is current but not live until published again', async () => {
    const offer = await createPublishedOffer(publisher, { plans: ['gold'] });
    const next = await uploadPackage(publisher, offer.offerKey, buildPackage({ publisherId: publisher.publisherId, offerKey: offer.offerKey, plans: ['gold'], version: '1.1.0.0' }));
    assert.equal(next.statusCode, 201, next.body);
    assert.deepEqual([next.json().isCurrent, next.json().isPublished], [true, false]);
    const state = (await publisher.admin.get(offersUrl(publisher, offer.offerKey))).json();
    assert.deepEqual([state.currentPackageVersion, state.publishedPackageVersion, state.hasUnpublishedPackage], ['1.1.0.0', '1.0.0.0', true]);
  });

  test("the stored package's validation follows the offer: a plan removed after upload makes it invalid", async () => {
    const offerKey = await offerWithPlans();
    assert.equal((await uploadPackage(publisher, offerKey, buildPackage(spec(offerKey)))).statusCode, 201);
    assert.equal((await publisher.admin.delete(`${offersUrl(publisher, offerKey)}/plans/silver`)).statusCode, 204);
    const detail = (await publisher.admin.get(`${packagesUrl(offerKey)}/1.0.0.0`)).json();
    assert.equal(detail.validation.valid, false);
    assert.deepEqual(detail.validation.problems.map((p: { code: string }) => p.code), ['service_id.unknown_plan']);
  });
});
