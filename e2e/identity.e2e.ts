import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { startIdentityProvider, type TestIdentityProvider } from '../test/support/openIdProvider.js';
import { signInApi } from './support/api.js';
import { launchBrowser, notification, screenshot, type TestBrowser } from './support/browser.js';
import { freePort, startTestServer, type TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/**
 * Admin Center → Identity in real Chromium: a Global admin adds an OpenID
 * Connect provider through the form (a real oidc-provider started here), sees
 * the server's objection under the field it concerns, adds and removes a
 * domain with its TXT instructions, creates and revokes a SCIM token shown
 * once; then a new person signs in through single sign-on in the browser.
 */
let server: TestServer;
let browser: TestBrowser;
let idp: TestIdentityProvider;

before(async () => {
  const port = await freePort();
  const publicUrl = `http://127.0.0.1:${port}`;
  idp = await startIdentityProvider(`${publicUrl}/auth/oidc/callback`);
  server = await startTestServer({ env: { PORT: String(port), LICENSEHUB_PUBLIC_URL: publicUrl } });
  browser = await launchBrowser(server.url);
});

after(async () => {
  await closeDemoSite(server, browser);
  await idp?.close();
});

async function phoneShot(page: Page, name: string) {
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, name);
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('a Global admin adds an identity provider with the form, manages domains and SCIM tokens; a new person then signs in with SSO', async () => {
  const api = await signInApi(server.url, 'admin@contoso.example');
  const group = await api.post(`/api/v1/tenants/${api.tenantId}/groups`, { displayName: 'Field engineers' });

  const page = await browser.newVisitor();
  await signIn(page, 'admin@contoso.example');
  await page.goto('/admin/identity');
  await page.getByRole('heading', { name: 'Identity', level: 1 }).waitFor();
  await page.getByText('No identity provider yet').waitFor();

  // The form: a wrong issuer first; the server's objection appears under the Issuer field.
  await page.getByRole('button', { name: 'Add identity provider' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add an identity provider' });
  await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill('Contoso ID');
  await dialog.getByRole('textbox', { name: 'Issuer', exact: true }).fill('http://127.0.0.1:9/nowhere');
  await dialog.getByRole('textbox', { name: 'Client ID', exact: true }).fill(idp.clientId);
  await dialog.getByLabel(/^Client secret/).fill(idp.clientSecret);
  await dialog.getByRole('checkbox', { name: 'contoso.example' }).check();
  await dialog.getByRole('button', { name: 'Add a group mapping' }).click();
  const mapping = dialog.getByRole('group', { name: 'Group mapping 1' });
  await mapping.getByRole('textbox', { name: 'Claim value', exact: true }).fill('field');
  await mapping.getByRole('combobox', { name: 'LicenseHub group' }).selectOption({ label: 'Field engineers' });
  await dialog.getByRole('button', { name: 'Add provider' }).click();
  const issuerError = dialog.getByText(/could not reach http:\/\/127\.0\.0\.1:9\/nowhere.*check the issuer URL/i);
  await issuerError.waitFor();
  await screenshot(page, 'identity-provider-form-error-1440');
  await phoneShot(page, 'identity-provider-form-error-390');
  await dialog.getByRole('textbox', { name: 'Issuer', exact: true }).fill(idp.issuer);
  await dialog.getByRole('button', { name: 'Add provider' }).click();
  await notification(page, 'Contoso ID was added').waitFor();
  const providers = page.getByRole('table', { name: 'Identity providers' });
  await providers.getByRole('cell', { name: /^Contoso ID http/ }).waitFor();
  const stored = (await api.get(`/api/v1/tenants/${api.tenantId}/identity-providers`)).items;
  assert.equal(stored.length, 1);
  assert.deepEqual(stored[0].domains, ['contoso.example']);
  assert.equal(stored[0].jit, true);
  assert.deepEqual(stored[0].groupMappings, [{ claimValue: 'field', groupId: group.id }]);

  // Edit: the secret field is empty and optional; the change is saved.
  await page.getByRole('button', { name: 'Edit Contoso ID' }).click();
  const edit = page.getByRole('dialog', { name: 'Edit Contoso ID' });
  assert.equal(await edit.getByLabel(/^Client secret/).inputValue(), '');
  await edit.getByRole('textbox', { name: 'Display name claim', exact: true }).fill('name');
  await edit.getByRole('button', { name: 'Save' }).click();
  await notification(page, 'Contoso ID was saved').waitFor();
  assert.deepEqual((await api.get(`/api/v1/tenants/${api.tenantId}/identity-providers`)).items[0].claimMappings, { displayName: 'name' });

  // Domains: added with its TXT record to publish, then removed.
  await page.getByLabel('Add a domain').fill('eu.contoso.example');
  await page.getByRole('button', { name: 'Add domain' }).click();
  const domains = page.getByRole('table', { name: 'Domains' });
  await domains.getByText('_licensehub-verification.eu.contoso.example').waitFor();
  await domains.getByText(/^licensehub-verification=/).waitFor();
  await screenshot(page, 'identity-page-1440');
  await phoneShot(page, 'identity-page-390');
  await page.getByRole('button', { name: 'Remove eu.contoso.example' }).click();
  await notification(page, 'eu.contoso.example was removed').waitFor();
  await domains.getByText('_licensehub-verification.eu.contoso.example').waitFor({ state: 'detached' });

  // SCIM token: shown once, gone after a reload, revocable.
  await page.getByLabel("New token's name").fill('Entra ID provisioning');
  await page.getByRole('button', { name: 'Create SCIM token' }).click();
  const once = page.getByText(/it is not shown again/);
  await once.waitFor();
  const token = (await once.textContent())!.match(/(lhscim_[A-Za-z0-9]+_[A-Za-z0-9_-]+)/)?.[1];
  assert.ok(token, 'the token is on the page');
  const scimUrl = (await api.get(`/api/v1/tenants/${api.tenantId}/scim/tokens`)).scimUrl;
  const scimAnswer = await fetch(new URL(`${scimUrl}/Users`, server.url), { headers: { authorization: `Bearer ${token}` } });
  assert.equal(scimAnswer.status, 200, 'the token shown works');
  await page.reload();
  await page.getByRole('table', { name: 'SCIM tokens' }).waitFor();
  assert.equal(await page.getByText(/it is not shown again/).count(), 0, 'shown only once');
  await page.getByRole('table', { name: 'SCIM tokens' }).getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('table', { name: 'SCIM tokens' }).getByText('revoked').waitFor();
  assert.equal((await fetch(new URL(`${scimUrl}/Users`, server.url), { headers: { authorization: `Bearer ${token}` } })).status, 401, 'revoked');

  // A new person signs in through the organization's provider in the browser (just in time, the mapped group).
  const upn = 'nia.new@contoso.example';
  idp.accounts.set('nia', { email: upn, preferred_username: upn, name: 'Nia New', groups: ['field'] });
  const visitor = await browser.newVisitor();
  await visitor.goto('/signin');
  await visitor.getByLabel('User principal name').fill(upn);
  await visitor.getByRole('button', { name: 'Sign in with your organization' }).click();
  await visitor.waitForURL((url) => url.origin === idp.issuer);
  await visitor.locator('input[name="login"]').fill('nia');
  await visitor.locator('input[name="password"]').fill('any');
  await visitor.locator('button[type="submit"]').click();
  // The provider asks for consent once; then the browser goes back to LicenseHub's callback and on.
  const back = visitor.waitForURL((url) => url.origin === server.url).then(() => 'back' as const);
  const consent = visitor.getByRole('button', { name: 'Continue' }).waitFor().then(() => 'consent' as const);
  const step = await Promise.race([back, consent]);
  [back, consent].forEach((p) => p.catch(() => undefined));
  if (step === 'consent') await visitor.getByRole('button', { name: 'Continue' }).click();
  await visitor.waitForURL((url) => url.origin === server.url && !url.pathname.startsWith('/signin') && !url.pathname.startsWith('/auth/'));
  const session = await visitor.evaluate(async () => (await fetch('/api/v1/auth/session')).json());
  assert.equal(session.user.userPrincipalName, upn);
  const members = (await api.get(`/api/v1/tenants/${api.tenantId}/groups/${group.id}/members`)).items;
  assert.ok(members.some((m: { id: string }) => m.id === session.user.id), 'the group claim put Nia in Field engineers');
  await screenshot(visitor, 'identity-sso-signed-in-1440');
});
