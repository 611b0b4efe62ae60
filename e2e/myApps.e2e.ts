import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signInApi } from './support/api.js';
import { screenshot, type TestBrowser } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { DEMO_PASSWORD, signIn } from './support/session.js';

let server: TestServer;
let browser: TestBrowser;
/** A new Contoso employee: in no group and assigned nothing, so which apps need a license does not depend on the demo's seats. */
const NEWCOMER = 'pat.newhire@contoso.example';

before(async () => {
  ({ server, browser } = await openDemoSite());
  const admin = await signInApi(server.url, 'admin@contoso.example');
  await admin.post(`/api/v1/tenants/${admin.tenantId}/users`, { userPrincipalName: NEWCOMER, displayName: 'Pat Newhire', usageLocation: 'US', password: DEMO_PASSWORD });
});

after(() => closeDemoSite(server, browser));

describe('My apps for a user without admin roles (a new Contoso employee)', () => {
  let page: Page;

  before(async () => {
    page = await browser.newVisitor();
  });

  test('lands on My apps after signing in, with Open for every app they may run', async () => {
    await signIn(page, NEWCOMER);
    await page.waitForURL((url) => url.pathname === '/apps');
    await page.getByRole('heading', { name: 'My apps', level: 1 }).waitFor();
    const ready = page.getByRole('list', { name: 'Apps you can open' });
    const tenantId = (await signInApi(server.url, NEWCOMER)).tenantId;
    const viewer = ready.locator('[aria-label="Field Ops Viewer"]');
    await viewer.getByText('No license needed').waitFor();
    assert.equal(await viewer.getByRole('link', { name: 'Open Field Ops Viewer' }).getAttribute('href'), `/launch/${tenantId}/fab_fieldops_viewer`);
    const free = ready.locator('[aria-label="Timesheets"]');
    await free.getByText('No license needed').waitFor();
    await free.getByRole('link', { name: 'Open Timesheets' }).waitFor();
    await screenshot(page, 'my-apps-01-desktop');
  });

  test('an app they need a license for says why once, and takes a license request', async () => {
    const others = page.getByRole('list', { name: 'Apps you need a license for' });
    const payroll = others.locator('[aria-label="Payroll Export"]');
    await payroll.getByText('You don’t have a license for this app. Contact your administrator to get one.').waitFor();
    assert.equal(await payroll.getByText(/license for this app/).count(), 1, 'the reason is said once');
    await payroll.getByText('Included in Timesheets Pro').waitFor();
    await payroll.getByRole('button', { name: 'Ask for a license for Payroll Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ask for a license for Payroll Export' });
    await dialog.getByLabel('Message (optional)').fill('I run payroll for the Seattle office.');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await dialog.waitFor({ state: 'detached' });
    await payroll.getByText('Requested', { exact: true }).waitFor();
    await payroll.getByText(/You asked for a license on .*; your administrators haven’t answered yet\./).waitFor();
    assert.equal(await payroll.getByRole('button', { name: /Ask for a license/ }).count(), 0, 'no second request while one is pending');
    await screenshot(page, 'my-apps-02-requested');
  });

  test('the admins’ answer shows on the tile', async () => {
    const admin = await signInApi(server.url, 'licenses@contoso.example');
    const pending = await admin.get<{ items: { id: string; appModule: string }[] }>(`/api/v1/tenants/${admin.tenantId}/license-requests?status=pending`);
    const request = pending.items.find((item) => item.appModule === 'nw_timesheets_payroll')!;
    await admin.post(`/api/v1/tenants/${admin.tenantId}/license-requests/${request.id}/decline`, { note: 'Payroll seats are full until January.' });
    await page.reload();
    const payroll = page.getByRole('list', { name: 'Apps you need a license for' }).locator('[aria-label="Payroll Export"]');
    await payroll.getByText(/Your request was declined on .*\. “Payroll seats are full until January\.”/).waitFor();
    await payroll.getByRole('button', { name: 'Ask for a license for Payroll Export' }).waitFor();
  });

  test('on a phone the tiles stack in one column with nothing cut off', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByRole('heading', { name: 'My apps', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Apps you can open' }).locator('[aria-label="Timesheets"]').waitFor();
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      tiles: [...document.querySelectorAll('main li > [aria-label]')].map((tile) => Math.round(tile.getBoundingClientRect().right)),
    }));
    assert.ok(widths.page <= 390);
    assert.ok(widths.tiles.every((right) => right <= 390), `every tile fits: ${widths.tiles}`);
    await screenshot(page, 'my-apps-03-phone');
  });
});

test('the launch page of an app not installed in the organization says so, once, and offers no license request', async () => {
  // Woodgrove Bank holds Field Ops Gold licenses in the demo but never installed the app.
  const page = await browser.newVisitor();
  await signIn(page, 'admin@woodgrove.example');
  const tenantId = (await signInApi(server.url, 'admin@woodgrove.example')).tenantId;
  await page.goto(`/launch/${tenantId}/fab_fieldops_gold`);
  await page.getByRole('heading', { name: 'Field Ops Gold isn’t installed in your organization' }).waitFor();
  assert.equal(await page.getByText(/install/i).count(), 2, 'the title and one sentence, nothing repeated');
  assert.equal(await page.getByRole('button', { name: 'Send request' }).count(), 0);
  assert.equal(await page.getByText('You need a license').count(), 0);
  await screenshot(page, 'my-apps-04-launch-not-installed');
});

test('publisher staff land on the Partner Center home', async () => {
  const page = await browser.newVisitor();
  await signIn(page, 'admin@fabrikam.example');
  await page.waitForURL((url) => url.pathname === '/partner');
  await page.getByRole('heading', { name: 'Fabrikam Software', level: 1 }).waitFor();
  const offers = page.getByRole('list', { name: 'Offers and their state' });
  await offers.getByRole('link', { name: 'Fabrikam Field Ops' }).waitFor();
  await offers.getByText('Live').first().waitFor();
  await page.getByRole('region', { name: 'Deals ending soon' }).waitFor();
  await page.getByRole('region', { name: 'Newest leads' }).waitFor();
  // The short report comes from the license ledger, the slowest of the home page's reads.
  await page.locator('[aria-label="Licenses this month"]').getByText(/^\d+ of \d+$/).waitFor({ timeout: 30_000 });
  await screenshot(page, 'my-apps-05-partner-home');
});
