import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signInApi, type ApiClient } from './support/api.js';
import { seriousViolations } from './support/axe.js';
import { notification, screenshot, waitForCount, type TestBrowser } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { DEMO_PASSWORD, signIn } from './support/session.js';

/**
 * License requests on the demo data: Contoso holds Field Ops Gold (3 free seats) and Silver (4 free),
 * which both grant the Field Ops Silver app, and Timesheets Pro with every seat taken (10 of 10), which
 * alone grants Payroll Export. Two new employees ask: one for Field Ops Silver (approvable), one for
 * Payroll Export (no free seat: Approve is disabled and says why; Quinn waits in Timesheets Pro's manual waiting room). The License admin approves the first
 * with Silver, declines the second with a reason, and each requester sees the outcome in My apps.
 */
let server: TestServer;
let browser: TestBrowser;
let admin: ApiClient;
const PAT = { upn: 'pat.fieldwork@contoso.example', name: 'Pat Fieldwork' };
const QUINN = { upn: 'quinn.payroll@contoso.example', name: 'Quinn Payroll' };

before(async () => {
  ({ server, browser } = await openDemoSite());
  admin = await signInApi(server.url, 'admin@contoso.example');
  const tenant = `/api/v1/tenants/${admin.tenantId}`;
  // Gold's automatic waiting room would seat Pat the moment they ask (docs/seats.md): turn it off, so the request waits for the admin.
  const products = await admin.get<{ items: { planId: string; name: string }[] }>(`${tenant}/licenses`);
  const gold = products.items.find((p) => p.name === 'Field Ops Gold')!.planId;
  const policy = { autoClaim: 'off', waitingRoom: 'off', reclaimAfterDays: 30, reclaimNoticeDays: 7, exclusionGroupId: null };
  await admin.put(`${tenant}/licenses/${gold}/policy`, new TextEncoder().encode(JSON.stringify(policy)), 'application/json');
  for (const person of [PAT, QUINN]) {
    await admin.post(`${tenant}/users`, { userPrincipalName: person.upn, displayName: person.name, usageLocation: 'US', password: DEMO_PASSWORD });
  }
  await (await signInApi(server.url, PAT.upn)).post(`${tenant}/license-requests`, { appModule: 'fab_fieldops_silver', message: 'I take over the Tuesday field visits.' });
  await (await signInApi(server.url, QUINN.upn)).post(`${tenant}/license-requests`, { appModule: 'nw_timesheets_payroll', message: 'For the month-end export.' });
});

after(() => closeDemoSite(server, browser));

/** Screenshots at desktop (1440) and phone (390) width, with axe-core clean at both. */
async function bothWidths(page: Page, name: string) {
  // A toast fading out is half transparent: axe would measure its contrast mid-fade.
  await waitForCount(page.locator('.fui-Toast'), 0, 15_000);
  assert.deepEqual(await seriousViolations(page), [], `${name} at 1440`);
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  assert.deepEqual(await seriousViolations(page), [], `${name} at 390`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name}: no sideways scroll at 390`);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('approving and declining license requests, with the plan and its free seats in view', () => {
  let page: Page;
  const row = (name: string) => page.getByRole('row').filter({ hasText: name });

  before(async () => {
    page = await browser.newVisitor();
    await signIn(page, 'licenses@contoso.example');
    await page.goto('/admin/license-requests');
    await page.getByRole('heading', { name: 'License requests', level: 1 }).waitFor();
  });

  test('each request names the plan, its free seats and the app, never the module key', async () => {
    await row(PAT.name).getByText('Field Ops Gold', { exact: true }).waitFor();
    await row(PAT.name).getByText('Field Ops Silver · Fabrikam Field Ops').waitFor();
    assert.equal(await row(PAT.name).getByRole('cell').nth(2).textContent(), '3', 'Gold has 3 free seats');
    assert.equal(await page.getByText('fab_fieldops_silver').count(), 0, 'no app module key on the page');
    await row(QUINN.name).getByText('Timesheets Pro', { exact: true }).waitFor();
    assert.equal(await row(QUINN.name).getByRole('cell').nth(2).textContent(), '0');
  });

  test('with no free seat Approve is disabled, says why and links to the product; keyboard users reach it', async () => {
    const approve = row(QUINN.name).getByRole('button', { name: `Approve ${QUINN.name}'s request` });
    assert.equal(await approve.getAttribute('aria-disabled'), 'true');
    const reason = 'No seat of Timesheets Pro is free. The requester waits in the waiting room of Timesheets Pro: give them the next seat freed there, or buy more licenses.';
    await row(QUINN.name).getByText(reason).waitFor();
    const describedBy = (await approve.getAttribute('aria-describedby'))!;
    assert.equal(await page.locator(`[id="${describedBy}"]`).textContent(), reason, 'the disabled button is described by the reason');
    await approve.focus();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-label')), `Approve ${QUINN.name}'s request`);
    await page.keyboard.press('Enter');
    assert.equal(await page.getByRole('dialog').count(), 0, 'a disabled Approve opens nothing');
    assert.match((await row(QUINN.name).getByRole('link', { name: 'Open Timesheets Pro' }).getAttribute('href')) ?? '', /^\/admin\/licenses\/[0-9a-f-]{36}$/);
    await bothWidths(page, 'license-requests-01-pending');
  });

  test('approving picks the product among those with a free seat; the request leaves the pending list', async () => {
    await row(PAT.name).getByRole('button', { name: `Approve ${PAT.name}'s request` }).click();
    const dialog = page.getByRole('dialog', { name: `Approve ${PAT.name}'s request?` });
    await dialog.getByText('They get a seat at once and an email with the link that opens the app.').waitFor();
    await dialog.getByRole('combobox', { name: 'License to assign' }).click();
    await page.getByRole('option', { name: 'Field Ops Silver (4 free seats)' }).click();
    await dialog.getByLabel('Note to the requester (optional)').fill('Welcome to the field team.');
    await bothWidths(page, 'license-requests-02-approve-dialog');
    await dialog.getByRole('button', { name: 'Approve and assign' }).click();
    await notification(page, `${PAT.name} now has a Field Ops Silver license`).waitFor();
    await waitForCount(row(PAT.name), 0);
    const silver = (await admin.get<{ items: { name: string; available: number }[] }>(`/api/v1/tenants/${admin.tenantId}/licenses`)).items.find((p) => p.name === 'Field Ops Silver')!;
    assert.equal(silver.available, 3, 'one Silver seat taken');
  });

  test('declining asks for an optional reason', async () => {
    await row(QUINN.name).getByRole('button', { name: `Decline ${QUINN.name}'s request` }).click();
    const dialog = page.getByRole('dialog', { name: `Decline ${QUINN.name}'s request?` });
    await dialog.getByLabel('Reason (optional)').fill('Payroll seats are full until the renewal in March.');
    await bothWidths(page, 'license-requests-03-decline-dialog');
    await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
    await notification(page, `${QUINN.name}'s request was declined`).waitFor();
    await page.getByText('No requests are waiting').waitFor();
  });

  test('all requests: the approved one names the product assigned, the declined one its reason', async () => {
    await page.getByRole('combobox', { name: 'Show requests' }).click();
    await page.getByRole('option', { name: 'All requests' }).click();
    await row(PAT.name).getByText('Approved', { exact: true }).waitFor();
    await row(PAT.name).getByText('Field Ops Silver', { exact: true }).waitFor();
    await row(QUINN.name).getByText('Payroll seats are full until the renewal in March.').waitFor();
    assert.equal(await row(QUINN.name).getByRole('button').count(), 0, 'a decided request has no actions');
    await bothWidths(page, 'license-requests-04-decided');
  });
});

describe('the requesters hear back in My apps', () => {
  test('approved: Open is there; declined: the reason, and Ask again', async () => {
    const pat = await browser.newVisitor();
    await signIn(pat, PAT.upn);
    await pat.waitForURL((url) => url.pathname === '/apps');
    const silver = pat.getByRole('list', { name: 'Apps you can open' }).locator('[aria-label="Field Ops Silver"]');
    await silver.getByText(/Your request was approved on /).waitFor();
    await silver.getByRole('link', { name: 'Open Field Ops Silver' }).waitFor();
    await bothWidths(pat, 'license-requests-05-my-apps-approved');

    const quinn = await browser.newVisitor();
    await signIn(quinn, QUINN.upn);
    await quinn.waitForURL((url) => url.pathname === '/apps');
    const payroll = quinn.getByRole('list', { name: 'Apps you need a license for' }).locator('[aria-label="Payroll Export"]');
    await payroll.getByText(/Your request was declined on .*“Payroll seats are full until the renewal in March\.”/).waitFor();
    await payroll.getByRole('button', { name: 'Ask for a license for Payroll Export' }).waitFor();
    // The bell has the answer too (the same words as the email).
    await quinn.getByRole('button', { name: /Notifications/ }).click();
    await quinn.getByText('Your license request for Payroll Export was declined').waitFor();
    await bothWidths(quinn, 'license-requests-06-my-apps-declined');
  });
});
