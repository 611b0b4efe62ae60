import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { signInApi } from './support/api.js';
import { screenshot, type TestBrowser } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { DEMO_PASSWORD, signIn } from './support/session.js';

let server: TestServer;
let browser: TestBrowser;

/** A new Contoso employee holding no license, so Payroll Export asks for one whatever the demo's seats. */
const NEWCOMER = 'sam.newhire@contoso.example';

before(async () => {
  ({ server, browser } = await openDemoSite());
  const admin = await signInApi(server.url, 'admin@contoso.example');
  await admin.post(`/api/v1/tenants/${admin.tenantId}/users`, { userPrincipalName: NEWCOMER, displayName: 'Sam Newhire', usageLocation: 'US', password: DEMO_PASSWORD });
});

after(() => closeDemoSite(server, browser));

test('a part of the app that cannot be downloaded shows "LicenseHub was updated — reload", and Reload recovers', async () => {
  const page = await browser.newVisitor();
  await signIn(page, 'alex.wilber@contoso.example');
  await page.getByRole('heading', { name: 'My apps', level: 1 }).waitFor();
  // As after an upgrade: the old page asks for a chunk file the server no longer has (or the network drops).
  let refused = 0;
  await page.route('**/assets/AdminRoutes-*.js', (route) => {
    refused++;
    return route.abort('failed');
  });
  await page.getByRole('navigation', { name: 'Product areas' }).getByRole('link', { name: 'Marketplace' }).waitFor();
  await page.goto('/admin');
  await page.getByRole('heading', { name: 'LicenseHub was updated — reload' }).waitFor();
  assert.ok(refused >= 2, `the app reloaded once by itself before explaining (${refused} attempts)`);
  await page.getByRole('banner').getByText('LicenseHub').waitFor();
  await screenshot(page, 'robustness-01-chunk-failed');
  await page.unroute('**/assets/AdminRoutes-*.js');
  await page.getByRole('button', { name: 'Reload' }).click();
  // Alex is no admin: the Admin Center itself now loads and says so.
  await page.getByText("You don't have access to the Admin Center").waitFor();
});

test('an expired session asks to sign in again over the page and keeps what was typed', async () => {
  const page = await browser.newVisitor();
  await signIn(page, NEWCOMER);
  const payroll = page.getByRole('list', { name: 'Apps you need a license for' }).locator('[aria-label="Payroll Export"]');
  await payroll.getByRole('button', { name: 'Ask for a license for Payroll Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ask for a license for Payroll Export' });
  const message = 'Needed for the quarter-end payroll run; please approve by Friday.';
  await dialog.getByLabel('Message (optional)').fill(message);

  // The session ends under the page (here: its cookie is gone, as when it expires).
  await page.context().clearCookies({ name: 'lh_session' });
  await dialog.getByRole('button', { name: 'Send request' }).click();
  const signInAgain = page.getByRole('alertdialog', { name: 'Your session has ended' }).or(page.getByRole('dialog', { name: 'Your session has ended' }));
  await signInAgain.waitFor();
  assert.equal(new URL(page.url()).pathname, '/apps', 'still on the same page');
  assert.equal(await signInAgain.getByLabel('User principal name').inputValue(), NEWCOMER);
  await screenshot(page, 'robustness-02-session-ended');
  await signInAgain.getByLabel('Password').fill(DEMO_PASSWORD);
  await signInAgain.getByRole('button', { name: 'Sign in' }).click();
  await signInAgain.waitFor({ state: 'detached' });

  assert.equal(await dialog.getByLabel('Message (optional)').inputValue(), message, 'what was typed is still there');
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await dialog.waitFor({ state: 'detached' });
  await payroll.getByText('Requested', { exact: true }).waitFor();
});

test('API problems reach people as sentences, not as field paths, GUID formats or reason phrases', async () => {
  const page = await browser.newVisitor();
  await signIn(page, 'admin@contoso.example');
  for (const path of ['/admin/licenses/not-a-plan', '/admin/groups/not-a-group']) {
    await page.goto(path);
    await page.getByText('The link to this item is incomplete or out of date. Go back to the list and open it again.').waitFor();
    const text = await page.locator('main').innerText();
    for (const raw of ['path parameter', 'GUID', 'Invalid request', '0f8fad5b']) assert.ok(!text.includes(raw), `${path} shows no "${raw}": ${text}`);
  }
  await screenshot(page, 'robustness-03-broken-link');
});
