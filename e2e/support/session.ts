import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'LicenseHub-demo-2026';

/** Signs in through the sign-in page and waits to leave it. */
export async function signIn(page: Page, userPrincipalName: string, password = DEMO_PASSWORD) {
  if (!page.url().includes('/signin')) await page.goto('/signin');
  await page.getByLabel('User principal name').fill(userPrincipalName);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}
