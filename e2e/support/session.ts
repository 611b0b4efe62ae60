import type { Page } from 'playwright-core';
import { currentCode, freshCode, rememberAuthenticator } from './authenticator.js';

export const DEMO_PASSWORD = 'LicenseHub-demo-2026';

/**
 * Signs in through the sign-in page and waits to leave it. Accounts that must
 * use MFA (the operator) are enrolled at their first sign-in, as a person
 * would: the secret is read off the page; later sign-ins type a fresh code.
 */
export async function signIn(page: Page, userPrincipalName: string, password = DEMO_PASSWORD) {
  if (!page.url().includes('/signin')) await page.goto('/signin');
  await page.getByLabel('User principal name').fill(userPrincipalName);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const left = page.waitForURL((url) => !url.pathname.startsWith('/signin')).then(() => 'done' as const);
  const verify = page.getByRole('heading', { name: 'Verify your identity' }).waitFor().then(() => 'verify' as const);
  const enrol = page.getByRole('heading', { name: 'Set up multi-factor authentication' }).waitFor().then(() => 'enrol' as const);
  const step = await Promise.race([left, verify, enrol]);
  [left, verify, enrol].forEach((p) => p.catch(() => undefined));
  const origin = new URL(page.url()).origin;
  if (step === 'verify') {
    await page.getByLabel('Code from your authenticator app').fill(await freshCode(origin, userPrincipalName));
    await page.getByRole('button', { name: 'Verify' }).click();
  } else if (step === 'enrol') {
    const secret = (await page.getByLabel('Secret key').textContent())!.trim();
    await page.getByLabel('Code from your authenticator app').fill(currentCode(secret));
    await page.getByRole('button', { name: 'Verify and turn on' }).click();
    const codes = await page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem').allTextContents();
    rememberAuthenticator(origin, userPrincipalName, secret, codes);
    await page.getByRole('button', { name: /I saved my recovery codes/ }).click();
  }
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}
