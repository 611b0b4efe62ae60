import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createUser, signInAs } from '../../../../test/support/factories.js';
import {
  createApprovedPublisher,
  createOffer,
  createPublishedOffer,
  multipartFile,
  offersUrl,
  PNG_LOGO,
  uploadLogo,
  type PublisherFixture,
} from '../../../../test/support/partnerFactories.js';
import { assertAudited } from '../../../../test/support/audit.js';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="10" height="10"/></svg>');

describe('offer logos', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let other: PublisherFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createApprovedPublisher(t.app);
    other = await createApprovedPublisher(t.app);
  });
  after(() => t.close());

  const logoUrl = (offerKey: string) => `${offersUrl(publisher, offerKey)}/logo`;

  test('401, 404 for another tenant, 403 for a plain member', async () => {
    const { offerKey } = await createOffer(publisher);
    const put = (caller: typeof publisher.admin) => caller.request({ method: 'PUT', url: logoUrl(offerKey), payload: PNG_LOGO, headers: { 'content-type': 'image/png' } });
    assert.equal((await put(anonymous(t.app))).statusCode, 401);
    assert.equal((await put(other.admin)).statusCode, 404);
    assert.equal((await put(await signInAs(t.app, await createUser(publisher)))).statusCode, 403);
    assert.equal((await publisher.admin.get(offersUrl(publisher, offerKey))).json().logo, null, 'no logo was stored');
  });

  test('PNG and JPEG are stored, as raw body or form upload, and served so browsers never sniff them', async () => {
    const { id: offerId, offerKey } = await createOffer(publisher);
    const png = await uploadLogo(publisher, offerKey);
    assert.equal(png.statusCode, 200, png.body);
    assert.equal((await assertAudited(t.app, 'offer.logo_set', { tenantId: publisher.id, targetId: offerId })).detail.offerKey, offerKey);
    assert.equal(png.json().logo.contentType, 'image/png');
    assert.equal(png.json().logo.publicUrl, null, 'a draft has no public logo');

    const served = await publisher.admin.get(png.json().logo.url);
    assert.equal(served.statusCode, 200);
    assert.deepEqual(served.rawPayload, PNG_LOGO);
    assert.equal(served.headers['content-type'], 'image/png');
    assert.equal(served.headers['x-content-type-options'], 'nosniff');
    assert.match(String(served.headers['content-security-policy']), /sandbox/);
    assert.equal((await anonymous(t.app).get(png.json().logo.url)).statusCode, 401);
    assert.equal((await anonymous(t.app).get(`/api/v1/offer-logos/${publisher.publisherId}/${offerKey}`)).statusCode, 404, "a draft's logo is not public");

    const form = multipartFile(JPEG, 'logo.jpg', 'image/jpeg');
    const jpeg = await publisher.admin.request({ method: 'PUT', url: logoUrl(offerKey), ...form });
    assert.equal(jpeg.statusCode, 200, jpeg.body);
    assert.equal(jpeg.json().logo.contentType, 'image/jpeg');
    const mislabeled = await uploadLogo(publisher, offerKey, PNG_LOGO, 'image/jpeg');
    assert.equal(mislabeled.json().logo.contentType, 'image/png', 'the type comes from the bytes, not the header');

    assert.equal((await publisher.admin.delete(logoUrl(offerKey))).json().logo, null, "a draft's logo can be removed");
    await assertAudited(t.app, 'offer.logo_removed', { tenantId: publisher.id, targetId: offerId });
  });

  test('SVG, other images, wrong content types, empty and oversized uploads are refused', async () => {
    const { offerKey } = await createOffer(publisher);
    const svg = await uploadLogo(publisher, offerKey, SVG, 'image/png');
    assert.equal(svg.statusCode, 415);
    assert.match(svg.json().detail, /SVG logos are refused because they can carry scripts/);
    const svgForm = await publisher.admin.request({ method: 'PUT', url: logoUrl(offerKey), ...multipartFile(SVG, 'logo.svg', 'image/svg+xml') });
    assert.equal(svgForm.statusCode, 415);
    const gif = await uploadLogo(publisher, offerKey, Buffer.from('GIF89a\x01\x00\x01\x00'), 'application/octet-stream');
    assert.equal(gif.statusCode, 415);
    assert.match(gif.json().detail, /not a PNG or JPEG image/);
    const svgType = await uploadLogo(publisher, offerKey, SVG, 'image/svg+xml');
    assert.equal(svgType.statusCode, 415);
    assert.match(svgType.json().detail, /Content-Type image\/png or image\/jpeg/);
    const json = await publisher.admin.request({ method: 'PUT', url: logoUrl(offerKey), payload: { logo: 'base64…' } });
    assert.equal(json.statusCode, 415);
    const empty = await uploadLogo(publisher, offerKey, Buffer.alloc(0));
    assert.equal(empty.statusCode, 400);
    const huge = Buffer.concat([PNG_LOGO, Buffer.alloc(300 * 1024)]);
    const tooLarge = await uploadLogo(publisher, offerKey, huge);
    assert.equal(tooLarge.statusCode, 413);
    assert.match(tooLarge.json().detail, /a logo may be at most 262144 bytes \(256\.0 KiB\)/);
    const tooLargeForm = await publisher.admin.request({ method: 'PUT', url: logoUrl(offerKey), ...multipartFile(huge, 'big.png', 'image/png') });
    assert.equal(tooLargeForm.statusCode, 413);
    assert.equal((await publisher.admin.get(offersUrl(publisher, offerKey))).json().logo, null, 'nothing was stored');
  });

  test('a published offer has a public logo that can be replaced but not removed', async () => {
    const { offerKey } = await createPublishedOffer(publisher);
    const offer = (await publisher.admin.get(offersUrl(publisher, offerKey))).json();
    const pub = await anonymous(t.app).get(offer.logo.publicUrl);
    assert.equal(pub.statusCode, 200);
    assert.deepEqual(pub.rawPayload, PNG_LOGO);
    assert.match(String(pub.headers['cache-control']), /public/);
    const removed = await publisher.admin.delete(logoUrl(offerKey));
    assert.equal(removed.statusCode, 409);
    assert.match(removed.json().detail, /can be replaced but not removed/);
    assert.equal((await uploadLogo(publisher, offerKey, JPEG, 'image/jpeg')).statusCode, 200);
    assert.equal((await anonymous(t.app).get(`/api/v1/offer-logos/${publisher.publisherId}/${offerKey}`)).headers['content-type'], 'image/jpeg');
  });
});
