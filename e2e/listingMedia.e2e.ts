import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { pngImage } from '../test/support/images.js';
import { assertAccessible } from './support/axe.js';
import { signInApi, type ApiClient } from './support/api.js';
import { notification, screenshot, type TestBrowser } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/**
 * Listing pricing text, screenshots, the Free trial badge and the publisher's preview, in a real
 * browser on the demo data: Fabrikam (admin@fabrikam.example) publishes Field Ops; Contoso is a
 * customer, not a publisher.
 */
let server: TestServer;
let browser: TestBrowser;
let fabrikam: ApiClient;

before(async () => {
  ({ server, browser } = await openDemoSite());
  fabrikam = await signInApi(server.url, 'admin@fabrikam.example');
});

after(() => closeDemoSite(server, browser));

/** The page at desktop (1440) and phone (390) width, with axe-core on each. */
async function bothWidths(page: Page, name: string) {
  await screenshot(page, `${name}-1440`);
  await assertAccessible(page, `${name} at 1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await assertAccessible(page, `${name} at 390`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, `${name}: no horizontal page scroll at 390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('pricing text, screenshots, badges and the listing preview', () => {
  test('a publisher sets the pricing text and adds a screenshot on the listing tab', async () => {
    const page = await browser.newVisitor();
    await signIn(page, 'admin@fabrikam.example');
    await page.goto('/partner/offers/fieldops/listing');
    const form = page.getByRole('form', { name: 'Listing details' });
    await form.getByLabel('Pricing').fill('From $8 per user/month');
    await form.getByRole('button', { name: 'Save listing' }).click();
    await notification(page, 'Listing saved').waitFor();

    const adding = page.getByRole('group', { name: 'Add a screenshot' });
    await page.getByLabel('Screenshot file').setInputFiles({ name: 'dispatch.png', mimeType: 'image/png', buffer: Buffer.from(pngImage(1280, 800, [40, 90, 160])) });
    await adding.getByLabel('What it shows').fill('The dispatch board with today’s visits');
    await adding.getByRole('button', { name: 'Add screenshot' }).click();
    await notification(page, 'Screenshot added').waitFor();
    await page.getByRole('list', { name: 'Screenshots' }).getByText('The dispatch board with today’s visits').waitFor();
    // The demo gave Field Ops three drawn screenshots (src/demo/demoScreenshots.ts); this is the fourth.
    await page.getByRole('heading', { name: 'Screenshots (4 of 5)' }).waitFor();

    // A file that only claims to be an image is refused by the server with a sentence.
    await page.getByLabel('Screenshot file').setInputFiles({ name: 'tiny.png', mimeType: 'image/png', buffer: Buffer.from(pngImage(100, 60, [200, 0, 0])) });
    await adding.getByLabel('What it shows').fill('Too small');
    await adding.getByRole('button', { name: 'Add screenshot' }).click();
    await page.getByText(/100 × 60 pixels.*too small to read/).waitFor();
    await bothWidths(page, 'listing-media-01-listing-tab');
  });

  test('the preview shows the saved listing, marked as a preview with inactive buttons', async () => {
    // A 30-day trial on Gold gives the listing its Free trial badge.
    await fabrikam.patch(`/api/v1/tenants/${fabrikam.tenantId}/partner/offers/fieldops/plans/gold`, { trialDays: 30 });
    const page = await browser.newVisitor();
    await signIn(page, 'admin@fabrikam.example');
    await page.goto('/partner/offers/fieldops/listing');
    await page.getByRole('link', { name: 'Preview listing' }).click();
    await page.waitForURL('**/partner/offers/fieldops/preview');
    await page.getByText('Preview', { exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Fabrikam Field Ops', level: 1 }).waitFor();
    const pricing = page.getByRole('group', { name: 'Pricing' });
    await pricing.getByText('From $8 per user/month').waitFor();
    await pricing.getByText('30-day free trial').waitFor();
    await page.getByRole('img', { name: 'The dispatch board with today’s visits' }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Contact me' }).getAttribute('aria-disabled'), 'true', 'buttons do nothing in a preview');
    await bothWidths(page, 'listing-media-02-preview');
  });

  test('anyone sees the pricing text and badge on the card, and the screenshots on the listing', async () => {
    const page = await browser.newVisitor();
    await page.goto('/marketplace');
    const card = page.getByRole('list', { name: 'Apps' }).getByRole('article', { name: 'Fabrikam Field Ops' });
    await card.getByText('From $8 per user/month').waitFor();
    await card.getByText('30-day free trial').waitFor();
    await page.getByRole('list', { name: 'Apps' }).getByRole('article', { name: 'Northwind Timesheets' }).getByText('Free', { exact: true }).waitFor();
    // The demo's own price lines and its one trial plan.
    await page.getByRole('list', { name: 'Apps' }).getByRole('article', { name: 'Fabrikam Safety Inspections' }).getByText('Standard $15, Premium $29 per inspector/month').waitFor();
    await page.getByRole('list', { name: 'Apps' }).getByRole('article', { name: 'Northwind Shift Planner' }).getByText('14-day free trial').waitFor();
    await bothWidths(page, 'listing-media-03-storefront');

    await page.goto('/marketplace/offers/fabrikam.fieldops');
    const image = page.getByRole('list', { name: 'Screenshots' }).getByRole('img', { name: 'The dispatch board with today’s visits' });
    await image.waitFor();
    // Screenshots load lazily; the fourth is a swipe away in the carousel.
    await image.scrollIntoViewIfNeeded();
    assert.ok(await image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth === 1280)), 'the public image loads');
    const drawn = page.getByRole('list', { name: 'Screenshots' }).getByRole('img', { name: 'Work orders: today’s open jobs with their status and technician' });
    assert.ok(await drawn.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth === 1280)), 'the demo’s drawn screenshot decodes in the browser');
    await page.getByRole('list', { name: 'Plans' }).getByText('30-day free trial').waitFor();
    await bothWidths(page, 'listing-media-04-listing');
  });

  test("a draft's preview is for the publisher's members only", async () => {
    const offerKey = `draft${Date.now().toString(36)}`;
    const offers = `/api/v1/tenants/${fabrikam.tenantId}/partner/offers`;
    await fabrikam.post(offers, { offerKey, name: 'Field Ops Lite', summary: 'Work orders for small teams', pricingText: 'Free for up to 3 technicians' });
    const page = await browser.newVisitor();
    await signIn(page, 'admin@fabrikam.example');
    await page.goto(`/partner/offers/${offerKey}/preview`);
    await page.getByRole('heading', { name: 'Field Ops Lite', level: 1 }).waitFor();
    await page.getByText('Free for up to 3 technicians').waitFor();
    await screenshot(page, 'listing-media-05-draft-preview-1440');

    const contoso = await signInApi(server.url, 'admin@contoso.example');
    await assert.rejects(contoso.get(`${offers}/${offerKey}/listing-preview`), /404/, "a customer can't preview another tenant's draft");
    const visitor = await browser.newVisitor();
    await visitor.goto(`/marketplace/offers/fabrikam.${offerKey}`);
    await visitor.getByRole('heading', { name: "This offer isn't available" }).waitFor();
  });
});
