import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readLogo } from '../domain/offers/logoImage.js';
import { PRICING_TEXT_MAX } from '../domain/offers/pricingBadge.js';
import { readScreenshot } from '../domain/offers/screenshotImage.js';
import { runUseCase } from '../commands/runUseCase.js';
import { createTenant } from '../commands/operator/createTenant.js';
import { createTestApp, signIn, type TestApp } from '../../test/support/testApp.js';
import { DEMO_PUBLISHERS } from './demoDirectory.js';
import { demoLogo } from './demoLogo.js';
import { loadDemoOffers } from './demoOffers.js';

describe('demo partner center', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    for (const publisher of DEMO_PUBLISHERS) {
      await runUseCase(t.app, 'system', (ctx) =>
        createTenant(
          ctx,
          {
            displayName: publisher.name,
            primaryDomain: publisher.domain,
            country: publisher.country,
            isPublisher: true,
            partnerId: publisher.publisher!.partnerId,
            admin: { userPrincipalName: `admin@${publisher.domain}`, displayName: 'Admin', password: 'demo-password-123' },
          },
        ),
      );
    }
    assert.deepEqual(await loadDemoOffers(t.database.db, t.clock.now()), { offers: 3 });
  });
  after(() => t.close());

  const offersOf = async (domain: string) => {
    const admin = await signIn(t.app, `admin@${domain}`, 'demo-password-123');
    const session = (await admin.get('/api/v1/auth/session')).json();
    const base = `/api/v1/tenants/${session.tenant.id}/partner`;
    return { admin, base };
  };

  test('both demo publishers are approved with their publisher IDs', async () => {
    for (const [domain, publisherId] of [['fabrikam.example', 'fabrikam'], ['northwind.example', 'northwind']]) {
      const { admin, base } = await offersOf(domain!);
      const program = (await admin.get(`${base}/program`)).json();
      assert.deepEqual([program.status, program.publisherId, program.canManageLicenses], ['approved', publisherId, true]);
    }
  });

  test('Fabrikam publishes the Russian doll Field Ops offer from the example folder', async () => {
    const { admin, base } = await offersOf('fabrikam.example');
    const offer = (await admin.get(`${base}/offers/fieldops`)).json();
    assert.deepEqual([offer.status, offer.licenseManagement, offer.allowInstallWithoutLicenses, offer.publishedPackageVersion], ['published', true, false, '1.0.0.0']);
    const plans = (await admin.get(`${base}/offers/fieldops/plans`)).json().items;
    assert.deepEqual(plans.map((p: { serviceId: string }) => p.serviceId), ['fabrikam.fieldops.gold', 'fabrikam.fieldops.silver', 'fabrikam.fieldops.bronze']);
    const pkg = (await admin.get(`${base}/offers/fieldops/packages/1.0.0.0`)).json();
    const plansOf = (module: string) => pkg.appModules.find((m: { uniqueName: string }) => m.uniqueName === module).plans;
    assert.deepEqual(plansOf('fab_fieldops_bronze'), ['fabrikam.fieldops.gold', 'fabrikam.fieldops.silver', 'fabrikam.fieldops.bronze']);
    assert.deepEqual(plansOf('fab_fieldops_gold'), ['fabrikam.fieldops.gold']);
    assert.equal(pkg.validation.valid, true);
  });

  test('Northwind has a published freemium offer and a draft', async () => {
    const { admin, base } = await offersOf('northwind.example');
    const offers = (await admin.get(`${base}/offers`)).json().items;
    const byId = Object.fromEntries(offers.map((o: { offerKey: string }) => [o.offerKey, o]));
    assert.deepEqual([byId.timesheets.status, byId.timesheets.allowInstallWithoutLicenses], ['published', true]);
    assert.equal(byId.expenses.status, 'draft');
    const check = (await admin.get(`${base}/offers/expenses/publish-check`)).json();
    assert.deepEqual(check.problems.map((p: { field: string }) => p.field), ['description', 'supportUrl', 'privacyUrl', 'launchUrl', 'package']);
    const viewer = (await admin.get(`${base}/offers/timesheets/packages/1.0.0.0`)).json().appModules[0];
    assert.deepEqual([viewer.uniqueName, viewer.needsLicense], ['nw_timesheets_viewer', false]);
  });

  test('every demo offer has a price line; the published ones two or three drawn screenshots the upload check accepts', async () => {
    for (const [domain, expected] of [
      ['fabrikam.example', { fieldops: 3 }],
      ['northwind.example', { timesheets: 2, expenses: 0 }],
    ] as const) {
      const { admin, base } = await offersOf(domain);
      for (const [offerKey, count] of Object.entries(expected)) {
        const offer = (await admin.get(`${base}/offers/${offerKey}`)).json();
        assert.ok(offer.pricingText.length > 0 && offer.pricingText.length <= PRICING_TEXT_MAX, `${offerKey}: "${offer.pricingText}"`);
        assert.match(offer.pricingText, /\$\d+/, `${offerKey} names a price`);
        assert.equal(offer.screenshots.length, count, offerKey);
        for (const shot of offer.screenshots) {
          assert.ok(shot.altText.length > 10, 'alt text a screen reader can read out');
          const image = await admin.get(shot.url);
          assert.equal(image.statusCode, 200);
          assert.deepEqual(readScreenshot(image.rawPayload), { ok: true, contentType: 'image/png', width: shot.width, height: shot.height });
        }
      }
    }
  });

  test('the drawn logos are real PNGs', () => {
    const logo = demoLogo([0, 120, 212]);
    assert.deepEqual(readLogo(logo), { ok: true, contentType: 'image/png' });
  });
});
