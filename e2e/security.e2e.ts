import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { ConsoleMessage, Page } from 'playwright-core';
import { screenshot, type TestBrowser } from './support/browser.js';
import { OPERATOR_PASSWORD, type TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';
import { currentCode, freshCode, rememberAuthenticator } from './support/authenticator.js';

let server: TestServer;
let browser: TestBrowser;

before(async () => ({ server, browser } = await openDemoSite()));
after(() => closeDemoSite(server, browser));

/** Every Content-Security-Policy violation the page reports (Chromium logs each as a console error). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (/Content Security Policy|X-Frame-Options|Refused to (execute|load|apply|connect|frame|display)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('the built web app runs under its Content-Security-Policy: no inline script, nothing refused, pages render', async () => {
  const page = await browser.newVisitor();
  const violations = watchCsp(page);
  const response = await page.goto('/signin');
  const csp = response!.headers()['content-security-policy']!;
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(response!.headers()['x-frame-options'], 'DENY');
  await signIn(page, 'admin@contoso.example');
  await page.getByRole('heading', { name: 'Contoso Ltd', level: 1 }).waitFor();
  for (const path of ['/admin/users', '/admin/licenses', '/marketplace', '/account/security']) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
  }
  await page.goto('/docs');
  await page.locator('.swagger-ui .info').first().waitFor();
  assert.deepEqual(violations, [], 'no CSP violations');
});

test('no other site can frame the sign-in page', async () => {
  const page = await browser.newVisitor();
  // A page of another origin (a data: URL) that frames LicenseHub's sign-in page.
  await page.goto(`data:text/html,<iframe id="victim" src="${server.url}/signin"></iframe>`);
  await page.waitForTimeout(2000);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok(frame, 'the iframe exists');
  // Chromium replaces a frame its headers refuse with an error page: the sign-in form never renders there.
  assert.match(frame.url(), /^chrome-error:|^about:blank$/, `the frame shows ${frame.url()}`);
  assert.equal(await frame.getByLabel('Password').count(), 0);
});

test('the operator must set up an authenticator app at the first sign-in, then signs in with a code', async () => {
  const page = await browser.newVisitor();
  await page.goto('/signin');
  await page.getByLabel('User principal name').fill('admin@licensehub.local');
  await page.getByLabel('Password').fill(OPERATOR_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Set up multi-factor authentication' }).waitFor();
  await page.getByRole('img', { name: 'QR code for your authenticator app' }).waitFor();
  await screenshot(page, 'security-01-operator-enrolment');
  const secret = (await page.getByLabel('Secret key').textContent())!.trim();
  await page.getByLabel('Code from your authenticator app').fill('000000');
  await page.getByRole('button', { name: 'Verify and turn on' }).click();
  await page.getByText('is not the current code of your authenticator app').waitFor();
  await page.getByLabel('Code from your authenticator app').fill(currentCode(secret));
  await page.getByRole('button', { name: 'Verify and turn on' }).click();
  const recoveryCodes = page.getByRole('list', { name: 'Recovery codes' });
  await recoveryCodes.getByRole('listitem').nth(9).waitFor();
  const codes = await recoveryCodes.getByRole('listitem').allTextContents();
  assert.equal(codes.length, 10);
  rememberAuthenticator(server.url, 'admin@licensehub.local', secret, codes);
  await screenshot(page, 'security-02-recovery-codes');
  await page.getByRole('button', { name: /I saved my recovery codes/ }).click();
  await page.waitForURL('**/operator/tenants');

  // Signed out, the password alone is not enough.
  await page.getByRole('banner').getByTitle('Account menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.getByLabel('User principal name').fill('admin@licensehub.local');
  await page.getByLabel('Password').fill(OPERATOR_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Verify your identity' }).waitFor();
  await page.goto('/operator/tenants');
  await page.getByRole('heading', { name: 'Verify your identity' }).waitFor();
  await page.getByRole('button', { name: 'Use a recovery code instead' }).click();
  await page.getByLabel('Recovery code').fill(codes[0]!);
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL('**/operator/tenants');
});

test('a user turns on MFA from Account → Security, and their next sign-in asks for the code', async () => {
  const page = await browser.newVisitor();
  await signIn(page, 'alex.wilber@contoso.example');
  await page.getByRole('banner').getByTitle('Account menu').click();
  await page.getByRole('menuitem', { name: 'Security' }).click();
  await page.getByRole('heading', { name: 'Security', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
  const secret = (await page.getByLabel('Secret key').textContent())!.trim();
  await page.getByLabel('Code from your authenticator app').fill(currentCode(secret));
  await page.getByRole('button', { name: 'Verify and turn on' }).click();
  await page.getByRole('list', { name: 'Recovery codes' }).waitFor();
  await page.getByText('10 of 10 recovery codes left.').waitFor();
  await screenshot(page, 'security-03-account-security');
  rememberAuthenticator(server.url, 'alex.wilber@contoso.example', secret);

  const again = await browser.newVisitor();
  await again.goto('/signin');
  await again.getByLabel('User principal name').fill('alex.wilber@contoso.example');
  await again.getByLabel('Password').fill('LicenseHub-demo-2026');
  await again.getByRole('button', { name: 'Sign in', exact: true }).click();
  await again.getByRole('heading', { name: 'Verify your identity' }).waitFor();
  await again.getByLabel('Code from your authenticator app').fill(await freshCode(server.url, 'alex.wilber@contoso.example'));
  await again.getByRole('button', { name: 'Verify' }).click();
  await again.waitForURL((url) => !url.pathname.startsWith('/signin'));
});
