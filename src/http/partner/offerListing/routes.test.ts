import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs } from '../../../../test/support/factories.js';
import { createApprovedPublisher, createOffer, createPublishedOffer, multipartFile, offersUrl, type PublisherFixture } from '../../../../test/support/partnerFactories.js';
import { assertAudited } from '../../../../test/support/audit.js';
import { jpegHeader, pngHeader, pngImage } from '../../../../test/support/images.js';

const SCREENSHOT = pngImage(1280, 800, [40, 90, 160]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="10" height="10"/></svg>');

describe('listing pricing text, screenshots, the pricing badge and the preview', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let other: PublisherFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createApprovedPublisher(t.app);
    other = await createApprovedPublisher(t.app);
  });
  after(() => t.close());

  const shotsUrl = (offerKey: string, alt = 'The dispatch board') => `${offersUrl(publisher, offerKey)}/screenshots?altText=${encodeURIComponent(alt)}`;
  const upload = (offerKey: string, bytes: Uint8Array, contentType = 'image/png', caller = publisher.admin, alt?: string) =>
    caller.request({ method: 'POST', url: shotsUrl(offerKey, alt), payload: Buffer.from(bytes), headers: { 'content-type': contentType } });

  test('screenshots: stored with their size from the header, served sandboxed, audited, at most 5, removable', async () => {
    const { id: offerId, offerKey } = await createOffer(publisher);
    const added = await upload(offerKey, SCREENSHOT);
    assert.equal(added.statusCode, 201, added.body);
    const [shot] = added.json().screenshots;
    assert.deepEqual({ ...shot, url: undefined }, { id: shot.id, altText: 'The dispatch board', contentType: 'image/png', width: 1280, height: 800, url: undefined, publicUrl: null });
    const audited = await assertAudited(t.app, 'offer.screenshot_added', { tenantId: publisher.id, targetId: offerId });
    assert.deepEqual([audited.detail.offerKey, audited.detail.screenshotId], [offerKey, shot.id]);
    const served = await publisher.admin.get(shot.url);
    assert.equal(served.statusCode, 200);
    assert.deepEqual(new Uint8Array(served.rawPayload), SCREENSHOT);
    assert.equal(served.headers['x-content-type-options'], 'nosniff');
    assert.match(String(served.headers['content-security-policy']), /sandbox/);
    assert.equal((await anonymous(t.app).get(shot.url)).statusCode, 401);
    assert.equal((await other.admin.get(shot.url.replace(publisher.id, other.id))).statusCode, 404, "another publisher can't read it through its own tenant");

    const form = await publisher.admin.request({ method: 'POST', url: shotsUrl(offerKey, 'Work orders'), ...multipartFile(Buffer.from(jpegHeader(1920, 1080)), 'orders.jpg', 'image/jpeg') });
    assert.equal(form.statusCode, 201, form.body);
    assert.deepEqual(form.json().screenshots.map((s: { altText: string; width: number }) => [s.altText, s.width]), [['The dispatch board', 1280], ['Work orders', 1920]]);
    for (let i = 0; i < 3; i++) assert.equal((await upload(offerKey, SCREENSHOT)).statusCode, 201);
    const sixth = await upload(offerKey, SCREENSHOT);
    assert.equal(sixth.statusCode, 409);
    assert.match(sixth.json().detail, /already has 5 screenshots/);

    const removed = await publisher.admin.delete(`${offersUrl(publisher, offerKey)}/screenshots/${shot.id}`);
    assert.equal(removed.statusCode, 200, removed.body);
    assert.equal(removed.json().screenshots.length, 4);
    await assertAudited(t.app, 'offer.screenshot_removed', { tenantId: publisher.id, targetId: offerId });
    assert.equal((await publisher.admin.delete(`${offersUrl(publisher, offerKey)}/screenshots/${shot.id}`)).statusCode, 404);
  });

  test('hostile and unusable images, missing alt text, other tenants and plain members are refused', async () => {
    const { offerKey } = await createOffer(publisher);
    const problem = async (bytes: Uint8Array, status: number, pattern: RegExp, contentType = 'image/png') => {
      const response = await upload(offerKey, bytes, contentType);
      assert.equal(response.statusCode, status, response.body);
      assert.match(response.json().detail, pattern);
    };
    await problem(SVG, 415, /not a PNG or JPEG/, 'image/png');
    await problem(pngHeader(50_000, 50_000), 422, /50000 × 50000 pixels/);
    await problem(pngHeader(64, 64), 422, /too small/);
    await problem(SCREENSHOT.subarray(0, 24), 422, /damaged or incomplete/);
    await problem(Uint8Array.from([0xff, 0xd8, 0xff, 0xda, 0x00, 0x08, 1, 2, 3, 4, 5, 6]), 422, /JPEG header is damaged/, 'image/jpeg');
    await problem(new Uint8Array(1024 * 1024 + 1).fill(0x89), 413, /may be at most 1048576 bytes/);
    const noAlt = await upload(offerKey, SCREENSHOT, 'image/png', publisher.admin, '  ');
    assert.equal(noAlt.statusCode, 400, noAlt.body);
    assert.match(noAlt.body, /screen readers/);
    assert.equal((await upload(offerKey, SCREENSHOT, 'text/html')).statusCode, 415);
    assert.equal((await upload(offerKey, SCREENSHOT, 'image/png', anonymous(t.app))).statusCode, 401);
    assert.equal((await other.admin.request({ method: 'POST', url: shotsUrl(offerKey), payload: Buffer.from(SCREENSHOT), headers: { 'content-type': 'image/png' } })).statusCode, 404);
    const member = await signInAs(t.app, await createUser(publisher));
    assert.equal((await upload(offerKey, SCREENSHOT, 'image/png', member)).statusCode, 403);
    assert.deepEqual((await publisher.admin.get(offersUrl(publisher, offerKey))).json().screenshots, [], 'nothing was stored');
  });

  test('pricing text and plan trials: validated, shown on the card and listing with the badge, audited', async () => {
    const offer = await createPublishedOffer(publisher, { plans: ['basic', 'pro'] });
    const tooLong = await publisher.admin.patch(offersUrl(publisher, offer.offerKey), { pricingText: 'x'.repeat(81) });
    assert.equal(tooLong.statusCode, 400);
    assert.equal((await publisher.admin.patch(offersUrl(publisher, offer.offerKey), { pricingText: 'From $8\nper user' })).statusCode, 400, 'one line');
    const priced = await publisher.admin.patch(offersUrl(publisher, offer.offerKey), { pricingText: ' From $8 per user/month ' });
    assert.equal(priced.statusCode, 200, priced.body);
    assert.equal(priced.json().pricingText, 'From $8 per user/month');
    await assertAudited(t.app, 'offer.updated', { tenantId: publisher.id, targetId: offer.id });

    const slug = `${publisher.publisherId}.${offer.offerKey}`;
    const listing = async () => (await anonymous(t.app).get(`/api/v1/marketplace/offers/${slug}`)).json();
    const card = async () => (await anonymous(t.app).get(`/api/v1/marketplace/offers?search=${offer.offerKey}`)).json().items[0];
    assert.equal((await listing()).badge, null, 'every module needs a license and no plan has a trial');
    assert.equal((await card()).pricingText, 'From $8 per user/month');

    const planUrl = `${offersUrl(publisher, offer.offerKey)}/plans/pro`;
    assert.equal((await publisher.admin.patch(planUrl, { trialDays: 0 })).statusCode, 400);
    assert.equal((await publisher.admin.patch(planUrl, { trialDays: 366 })).statusCode, 400);
    const trial = await publisher.admin.patch(planUrl, { trialDays: 30 });
    assert.equal(trial.statusCode, 200, trial.body);
    assert.equal(trial.json().trialDays, 30);
    const planAudit = await assertAudited(t.app, 'plan.updated', { tenantId: publisher.id, targetId: trial.json().id });
    assert.deepEqual(planAudit.detail, { offerId: offer.id, offerKey: offer.offerKey, planKey: 'pro', serviceId: trial.json().serviceId, changed: ['trialDays'] });
    assert.deepEqual((await listing()).badge, { kind: 'freeTrial', label: '30-day free trial' });
    assert.deepEqual((await card()).badge, { kind: 'freeTrial', label: '30-day free trial' });
    assert.deepEqual((await listing()).plans.map((p: { planKey: string; trialDays: number | null }) => [p.planKey, p.trialDays]), [['basic', null], ['pro', 30]]);

    // Public screenshots only once published; the listing points at the marketplace's own URL.
    assert.equal((await upload(offer.offerKey, SCREENSHOT)).statusCode, 201);
    const [shown] = (await listing()).screenshots;
    assert.equal(shown.altText, 'The dispatch board');
    const image = await anonymous(t.app).get(shown.url);
    assert.equal(image.statusCode, 200);
    assert.equal(image.headers['content-type'], 'image/png');
    assert.equal((await anonymous(t.app).get(`/api/v1/marketplace/offers/${other.publisherId}.${offer.offerKey}/screenshots/${shown.id}`)).statusCode, 404, 'another listing address');
  });

  test("the preview: a draft's listing for the publisher's members only", async () => {
    const { offerKey } = await createOffer(publisher, { complete: true });
    await publisher.admin.patch(offersUrl(publisher, offerKey), { pricingText: 'Free for teams of 5' });
    assert.equal((await upload(offerKey, SCREENSHOT, 'image/png', publisher.admin, 'Draft board')).statusCode, 201);
    const previewUrl = `${offersUrl(publisher, offerKey)}/listing-preview`;
    const preview = await publisher.admin.get(previewUrl);
    assert.equal(preview.statusCode, 200, preview.body);
    const body = preview.json();
    assert.equal(body.preview, true);
    assert.equal(body.pricingText, 'Free for teams of 5');
    assert.equal(body.screenshots[0].altText, 'Draft board');
    assert.equal((await publisher.admin.get(body.screenshots[0].url)).statusCode, 200, 'the publisher can see the draft images');
    assert.equal((await anonymous(t.app).get(body.screenshots[0].url)).statusCode, 401, 'nobody else can');
    assert.equal((await anonymous(t.app).get(body.logoUrl)).statusCode, 401);
    assert.equal(body.buttons.getItNow.action, null);
    assert.match(body.buttons.contactMe.reason, /preview/);
    assert.equal((await anonymous(t.app).get(`/api/v1/marketplace/offers/${publisher.publisherId}.${offerKey}`)).statusCode, 404, 'the draft itself is not listed');

    const member = await signInAs(t.app, await createUser(publisher));
    assert.equal((await member.get(previewUrl)).statusCode, 200, 'any member who may read offers');
    assert.equal((await anonymous(t.app).get(previewUrl)).statusCode, 401);
    assert.equal((await other.admin.get(previewUrl)).statusCode, 404, "another publisher's draft");
    assert.equal((await other.admin.get(previewUrl.replace(publisher.id, other.id))).statusCode, 404, 'the offer is not in its tenant');
    const customer = await createTenant(t.app);
    assert.equal((await customer.admin.get(previewUrl)).statusCode, 404, "a customer can't address the publisher's tenant");
  });
});
