import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { signInApi, type ApiClient } from './support/api.js';
import { notification, screenshot, waitForCount, waitForValue, type TestBrowser } from './support/browser.js';
import { uniqueSuffix } from './support/partner.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/**
 * The marketplace in a real browser against a real server with the demo data
 * (src/demo/demoMarketplace.ts names who sees which buttons): Fabrikam Field Ops
 * needs licenses (Contoso holds some, Proseware none); Northwind Timesheets is
 * freemium (anyone may install it).
 */

const FIELDOPS = { slug: 'fabrikam.fieldops', name: 'Fabrikam Field Ops', publisher: 'Fabrikam Software' };
const TIMESHEETS = { slug: 'northwind.timesheets', name: 'Northwind Timesheets', publisher: 'Northwind Apps' };
/** A demo customer whose organization holds no licenses of Field Ops. */
const NO_LICENSES_ADMIN = 'admin@proseware.example';

let server: TestServer;
let browser: TestBrowser;
let proseware: ApiClient;

before(async () => {
  ({ server, browser } = await openDemoSite());
  proseware = await signInApi(server.url, NO_LICENSES_ADMIN);
});

after(() => closeDemoSite(server, browser));

const listingUrl = (slug: string) => `/marketplace/offers/${slug}`;
const actions = (page: Page) => page.getByRole('group', { name: 'Get this app' });
const getItNow = (page: Page) => actions(page).getByRole('button', { name: 'Get it now' });
const contactMe = (page: Page) => actions(page).getByRole('button', { name: 'Contact me' });

async function typeInto(field: Locator, text: string) {
  await field.fill('');
  await field.pressSequentially(text);
}

async function openListing(page: Page, offer: { slug: string; name: string }) {
  await page.goto(listingUrl(offer.slug));
  await page.getByRole('heading', { name: offer.name, level: 1 }).waitFor();
}

/** Exactly these buttons, each with its reason beside it. */
async function expectButtons(page: Page, expected: { getItNow: boolean; contactMe: boolean }) {
  await waitForCount(getItNow(page), expected.getItNow ? 1 : 0);
  await waitForCount(contactMe(page), expected.contactMe ? 1 : 0);
}

describe('the storefront and listing pages, for anyone', () => {
  test('an anonymous visitor browses the storefront, with a way to sign in', async () => {
    const page = await browser.newVisitor();
    await page.goto('/marketplace');
    const apps = page.getByRole('list', { name: 'Apps' });
    await apps.getByRole('article', { name: FIELDOPS.name }).getByText(`by ${FIELDOPS.publisher}`).waitFor();
    await apps.getByRole('article', { name: TIMESHEETS.name }).getByText('Log hours on any device', { exact: false }).waitFor();
    await page.getByRole('banner').getByRole('button', { name: 'Sign in', exact: true }).waitFor();
    // Drafts never appear.
    await waitForCount(apps.getByRole('article', { name: 'Northwind Expenses' }), 0);
    await screenshot(page, 'marketplace-01-storefront');
    await page.setViewportSize({ width: 900, height: 900 });
    await screenshot(page, 'marketplace-01-storefront-narrow');
    await page.setViewportSize({ width: 1440, height: 900 });

    await apps.getByRole('link', { name: FIELDOPS.name }).click();
    await page.waitForURL(`**${listingUrl(FIELDOPS.slug)}`);
    await page.getByRole('heading', { name: FIELDOPS.name, level: 1 }).waitFor();
  });

  test('search, category and publisher filters live in the URL, so a search can be shared', async () => {
    const page = await browser.newVisitor();
    await page.goto('/marketplace');
    const apps = page.getByRole('list', { name: 'Apps' });
    await apps.getByRole('article', { name: FIELDOPS.name }).waitFor();

    await page.getByRole('searchbox', { name: 'Search apps' }).fill('timesheets');
    await page.waitForURL((url) => url.searchParams.get('search') === 'timesheets');
    await waitForCount(apps.getByRole('article'), 1);
    await apps.getByRole('article', { name: TIMESHEETS.name }).waitFor();

    // The same address in a new visitor's browser shows the same result.
    const shared = await browser.newVisitor();
    await shared.goto(new URL(page.url()).pathname + new URL(page.url()).search);
    await waitForCount(shared.getByRole('list', { name: 'Apps' }).getByRole('article'), 1);
    await waitForValue(() => shared.getByRole('searchbox', { name: 'Search apps' }).inputValue(), 'timesheets', 'the search box');

    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await apps.getByRole('article', { name: FIELDOPS.name }).waitFor();

    await page.getByRole('combobox', { name: 'Publisher' }).click();
    await page.getByRole('option', { name: /^Fabrikam Software/ }).click();
    await page.waitForURL((url) => url.searchParams.get('publisher') === 'fabrikam');
    await apps.getByRole('article', { name: FIELDOPS.name }).waitFor();
    await waitForCount(apps.getByRole('article', { name: TIMESHEETS.name }), 0);

    await page.getByRole('combobox', { name: 'Category' }).click();
    await page.getByRole('option', { name: /^Field service \(\d+\)/ }).click();
    await page.waitForURL((url) => url.searchParams.get('category') === 'field-service' && url.searchParams.get('publisher') === 'fabrikam');
    await apps.getByRole('article', { name: FIELDOPS.name }).waitFor();
    await typeInto(page.getByRole('searchbox', { name: 'Search apps' }), 'payroll');
    await page.getByText('No offers match').waitFor();
    await screenshot(page, 'marketplace-02-no-match');
    await page.getByRole('status').getByRole('button', { name: 'Clear filters' }).click();
    await apps.getByRole('article', { name: TIMESHEETS.name }).waitFor();
    const url = new URL(page.url());
    assert.equal(url.search, '', 'clearing the filters clears the URL');
  });

  test("an unknown listing says it isn't available", async () => {
    const page = await browser.newVisitor();
    await page.goto(listingUrl('fabrikam.no-such-offer'));
    await page.getByText("This offer isn't available").waitFor();
    await page.goto(listingUrl('northwind.expenses'));
    await page.getByText("This offer isn't available").waitFor();
    await page.getByRole('button', { name: 'Browse the marketplace' }).click();
    await page.waitForURL('**/marketplace');
  });
});

describe('exactly the buttons the listing rules give', () => {
  test('anonymous: a license-managed offer shows only Contact me; a freemium offer shows both', async () => {
    const page = await browser.newVisitor();
    await openListing(page, FIELDOPS);
    await expectButtons(page, { getItNow: false, contactMe: true });
    await actions(page).getByText(/Sign in with a work account whose organization has licenses/).waitFor();
    // Everything the listing has, the description as text.
    await page.getByRole('region', { name: 'Plans' }).getByText('Field Ops Gold').waitFor();
    await page.getByRole('region', { name: 'Plans' }).getByText('The Bronze technician app.').waitFor();
    await page.getByRole('region', { name: 'Overview' }).getByText(/Field Ops brings work orders/).waitFor();
    const details = page.getByRole('region', { name: 'Details' });
    assert.equal(await details.getByRole('link', { name: /Support/ }).getAttribute('href'), 'https://www.fabrikam.com/fieldops/support');
    assert.equal(await details.getByRole('link', { name: /Privacy policy/ }).getAttribute('href'), 'https://www.fabrikam.com/privacy');
    await page.getByRole('img', { name: `${FIELDOPS.name} logo` }).waitFor();
    await screenshot(page, 'marketplace-03-listing-anonymous');

    await openListing(page, TIMESHEETS);
    await expectButtons(page, { getItNow: true, contactMe: true });
    await actions(page).getByText(/Any organization can install this app/).waitFor();
  });

  test('a tenant with licenses: the Contoso admin sees Get it now on Field Ops', async () => {
    const page = await browser.newVisitor();
    await signIn(page, 'admin@contoso.example');
    await openListing(page, FIELDOPS);
    await expectButtons(page, { getItNow: true, contactMe: true });
    await actions(page).getByText('Your organization has licenses for this app.').waitFor();
    await screenshot(page, 'marketplace-04-listing-with-licenses');
  });

  test('a tenant without licenses: the Proseware admin sees only Contact me on Field Ops', async () => {
    const listing = await proseware.get<{ visitor: { tenantHoldsLicense: boolean } }>(`/api/v1/marketplace/offers/${FIELDOPS.slug}`);
    assert.equal(listing.visitor.tenantHoldsLicense, false, 'the demo gives Proseware no Field Ops licenses');
    const page = await browser.newVisitor();
    await signIn(page, NO_LICENSES_ADMIN);
    await openListing(page, FIELDOPS);
    await expectButtons(page, { getItNow: false, contactMe: true });
    await actions(page).getByText(/Your organization has no licenses for this app yet/).waitFor();
  });

  test('a signed-in user who is not an admin is told to ask an admin, by name', async () => {
    const page = await browser.newVisitor();
    await signIn(page, 'alex.wilber@contoso.example');
    await openListing(page, FIELDOPS);
    await getItNow(page).click();
    const dialog = page.getByRole('dialog', { name: `Get ${FIELDOPS.name}` });
    await dialog.getByText(`Ask an administrator of your organization to install ${FIELDOPS.name}`, { exact: false }).waitFor();
    await dialog.getByRole('list', { name: 'Administrators' }).getByText('Contoso Ltd Admin').waitFor();
    await waitForCount(dialog.getByRole('button', { name: 'Install' }), 0);
    await screenshot(page, 'marketplace-05-ask-an-admin');
  });
});

describe('Contact me reaches the publisher, as text', () => {
  const suffix = uniqueSuffix();
  const name = `Megan Bowen ${suffix}`;
  const message = `<script>window.__injected = 'script'</script><img src="x" onerror="window.__injected = 'img'">\nPlease send a quote for 40 technicians & 5 dispatchers.`;
  const company = '<b>Contoso</b> & Sons';

  test('an anonymous visitor sends a lead; each field problem shows on its field', async () => {
    const page = await browser.newVisitor();
    await openListing(page, FIELDOPS);
    await contactMe(page).click();
    const dialog = page.getByRole('dialog', { name: `Contact ${FIELDOPS.publisher}` });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Work email').fill('megan@contoso');
    await dialog.getByLabel('Company').fill(company);
    await typeInto(dialog.getByRole('combobox', { name: 'Country or region' }), 'Germ');
    await page.getByRole('option', { name: 'Germany (DE)' }).click();
    await dialog.getByLabel('Phone (optional)').fill('+49 30 1234567');
    await dialog.getByLabel('Message').fill(message);
    await dialog.getByRole('button', { name: 'Send' }).click();
    // The API names each problem; the form shows it under its field.
    await dialog.getByText(/^Must be an email address/).waitFor();
    await dialog.getByText(/consent/i).first().waitFor();
    await screenshot(page, 'marketplace-06-contact-me-errors');

    await dialog.getByLabel('Work email').fill('megan.bowen@contoso.example');
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.getByText(`Your details were sent to ${FIELDOPS.publisher}`).waitFor();
    await screenshot(page, 'marketplace-07-contact-me-sent');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await waitForCount(page.getByRole('dialog'), 0);
  });

  test("the lead is in the publisher's Leads inbox, its HTML shown as text and never run", async () => {
    const page = await browser.newVisitor();
    await signIn(page, 'admin@fabrikam.example');
    await page.getByRole('navigation', { name: 'Product areas' }).getByRole('link', { name: 'Partner Center' }).click();
    await page.getByRole('navigation', { name: 'Partner Center navigation' }).getByText('Leads').click();
    await page.waitForURL('**/partner/leads');
    const row = page.getByRole('table', { name: 'Leads' }).getByRole('row', { name: new RegExp(name) });
    await row.getByText(company, { exact: true }).waitFor();
    await row.getByText('New', { exact: true }).waitFor();
    await row.getByText(FIELDOPS.name).waitFor();
    // A demo lead of an offer with a webhook shows its delivery state.
    await page.getByRole('table', { name: 'Leads' }).getByRole('row', { name: /Amara Silva/ }).getByText(/^(Retrying|Delivery failed|Delivered)$/).waitFor();
    await screenshot(page, 'marketplace-08-leads-inbox');

    await row.getByRole('link', { name }).click();
    const drawer = page.getByRole('dialog', { name: 'Lead details' });
    const shownMessage = drawer.getByRole('region', { name: 'Message' }).locator('p');
    await shownMessage.waitFor();
    assert.equal(await shownMessage.innerText(), message);
    await drawer.getByText('megan.bowen@contoso.example').waitFor();
    await drawer.getByText('+49 30 1234567').waitFor();
    await drawer.getByText('Germany').waitFor();
    assert.equal(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected), undefined, 'nothing in the lead ran as script');
    await waitForCount(page.locator('img[src="x"]'), 0);
    await waitForCount(page.locator('b', { hasText: 'Contoso' }), 0);

    await drawer.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Contacted' }).click();
    await notification(page, `${name} is now contacted`).waitFor();
    await drawer.getByRole('combobox', { name: 'Status' }).filter({ hasText: 'Contacted' }).waitFor();

    await drawer.getByLabel('Add a note').fill('Called <i>Megan</i>; quote on Monday');
    await drawer.getByRole('button', { name: 'Add note' }).click();
    await drawer.getByRole('list', { name: 'Notes' }).getByText('Called <i>Megan</i>; quote on Monday').waitFor();
    await drawer.getByText('No webhook endpoint takes this offer’s leads', { exact: false }).waitFor();
    await screenshot(page, 'marketplace-09-lead-detail');
    await drawer.getByRole('button', { name: 'Close' }).click();
    await page.waitForURL('**/partner/leads');
    await page.getByRole('table', { name: 'Leads' }).getByRole('row', { name: new RegExp(name) }).getByText('Contacted', { exact: true }).waitFor();

    await page.getByRole('combobox', { name: 'Filter by status' }).click();
    await page.getByRole('option', { name: 'Won' }).click();
    await waitForCount(page.getByRole('table', { name: 'Leads' }).getByRole('row', { name: new RegExp(name) }), 0);
    await page.getByRole('combobox', { name: 'Filter by status' }).click();
    await page.getByRole('option', { name: 'Contacted' }).click();
    await page.getByRole('table', { name: 'Leads' }).getByRole('row', { name: new RegExp(name) }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download CSV' }).click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    assert.ok(csv.includes(name), 'the CSV has the lead');
  });
});

describe('Get it now, from an anonymous visitor to an installed app', () => {
  test('sign in, come back to the listing, install into an environment; the app is in the Admin Center', async () => {
    const environmentName = `Marketplace ${uniqueSuffix()}`;
    await proseware.post(`/api/v1/tenants/${proseware.tenantId}/environments`, { name: environmentName });

    const page = await browser.newVisitor();
    await openListing(page, TIMESHEETS);
    await getItNow(page).click();
    await page.waitForURL('**/signin?**');
    await signIn(page, NO_LICENSES_ADMIN);
    await page.waitForURL((url) => url.pathname === listingUrl(TIMESHEETS.slug));

    const dialog = page.getByRole('dialog', { name: `Get ${TIMESHEETS.name}` });
    await dialog.getByRole('combobox', { name: 'Environment' }).click();
    await page.getByRole('option', { name: new RegExp(environmentName) }).click();
    await screenshot(page, 'marketplace-10-get-it-now');
    await dialog.getByRole('button', { name: 'Install' }).click();
    await dialog.getByText(new RegExp(`${TIMESHEETS.name} .* was installed in ${environmentName}`)).waitFor();
    await screenshot(page, 'marketplace-11-installed');
    await dialog.getByRole('link', { name: `See ${environmentName} in the Admin Center` }).click();

    await page.waitForURL('**/admin/environments');
    await page.getByRole('table', { name: `Apps in ${environmentName}` }).getByText(TIMESHEETS.name).waitFor();

    // Back on the listing, the dialog knows it is there now.
    await openListing(page, TIMESHEETS);
    await getItNow(page).click();
    await dialog.getByRole('combobox', { name: 'Environment' }).click();
    await page.getByRole('option', { name: new RegExp(`${environmentName}.*Installed`) }).waitFor();
  });
});

describe('floods', () => {
  test('a visitor who sent too many leads is told when to try again', async () => {
    const lead = { name: 'Flood Test', email: 'flood@contoso.example', company: 'Contoso', country: 'US', message: 'Hello', consent: true };
    let status = 0;
    for (let i = 0; i < 20 && status !== 429; i++) {
      const response = await fetch(`${server.url}/api/v1/marketplace/offers/${TIMESHEETS.slug}/leads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(lead),
      });
      status = response.status;
      await response.body?.cancel();
    }
    assert.equal(status, 429, 'the API refuses a flood from one visitor');

    const page = await browser.newVisitor();
    await openListing(page, TIMESHEETS);
    await contactMe(page).click();
    const dialog = page.getByRole('dialog', { name: `Contact ${TIMESHEETS.publisher}` });
    await dialog.getByLabel('Name').fill(lead.name);
    await dialog.getByLabel('Work email').fill(lead.email);
    await dialog.getByLabel('Company').fill(lead.company);
    await typeInto(dialog.getByRole('combobox', { name: 'Country or region' }), 'United St');
    await page.getByRole('option', { name: 'United States (US)' }).click();
    await dialog.getByLabel('Message').fill(lead.message);
    await dialog.getByRole('checkbox').check();
    await dialog.getByRole('button', { name: 'Send' }).click();
    await dialog.getByText('Too many requests from you').waitFor();
    await dialog.getByText(/You can send again in/).waitFor();
    await screenshot(page, 'marketplace-12-too-many');
  });
});
