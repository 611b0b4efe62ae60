import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signInApi, type ApiClient } from './support/api.js';
import { notification, screenshot, type TestBrowser } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/**
 * Seats that manage themselves in the browser, on the demo data (src/demo/demoSeats.ts): Contoso's
 * Field Ops Gold has reclamation on, an announced seat and a reclaimed one that can be undone.
 * A License admin makes Gold's waiting room manual; a user without a seat asks for one from the
 * launch page and sees their place; the admin approves them from the waiting room list.
 */
let server: TestServer;
let browser: TestBrowser;
let contoso: ApiClient;
let goldPlanId: string;
/** A Contoso user with no role and no Gold seat. */
let asker: { userPrincipalName: string; displayName: string };
const GOLD_MODULE = 'fab_fieldops_gold';

before(async () => {
  ({ server, browser } = await openDemoSite());
  contoso = await signInApi(server.url, 'admin@contoso.example');
  const tenant = `/api/v1/tenants/${contoso.tenantId}`;
  const products = await contoso.get<{ items: { planId: string; name: string }[] }>(`${tenant}/licenses`);
  goldPlanId = products.items.find((p) => p.name === 'Fabrikam Field Ops Gold' || p.name.endsWith('Field Ops Gold'))!.planId;
  const users = await contoso.get<{ items: { userPrincipalName: string; displayName: string; enabled: boolean; roles: string[] }[] }>(`${tenant}/users?limit=50`);
  // Not someone whose Gold seat was reclaimed: the undo below gives it back.
  const reclaimed = new Set((await contoso.get<{ items: { userPrincipalName: string }[] }>(`${tenant}/licenses/${goldPlanId}/reclamations`)).items.map((r) => r.userPrincipalName));
  for (const user of users.items.filter((u) => u.enabled && u.roles.length === 0 && !u.userPrincipalName.startsWith('alex.wilber') && !reclaimed.has(u.userPrincipalName))) {
    const page = await (await signInApi(server.url, user.userPrincipalName)).get<{ decision: { licensed: boolean }; seat: { outcome: string } | null }>(`${tenant}/launch/${GOLD_MODULE}`);
    if (!page.decision.licensed && page.seat?.outcome === 'not_allowed') {
      asker = user;
      break;
    }
  }
  assert.ok(asker, 'a Contoso user without a Gold seat');
});

after(() => closeDemoSite(server, browser));

/** Takes the page's screenshot at desktop (1440) and phone (390) width. */
async function bothWidths(page: Page, name: string) {
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe('seat policy, reclamation, the waiting room and the launch page', () => {
  let admin: Page;

  before(async () => {
    admin = await browser.newVisitor();
    await signIn(admin, 'licenses@contoso.example');
  });

  test('a License admin sees Gold’s seat settings and makes its waiting room manual', async () => {
    await admin.goto(`/admin/licenses/${goldPlanId}`);
    const settings = admin.getByRole('region', { name: 'Seat settings' });
    await settings.getByRole('combobox', { name: 'Auto-claim on first launch' }).waitFor();
    assert.equal(await settings.getByLabel('Reclaim seats unused for (days; empty: never)').inputValue(), '30');
    assert.equal(await settings.getByLabel('Notice before reclaiming (days)').inputValue(), '7');
    await settings.getByRole('combobox', { name: 'Waiting room when no seat is free' }).click();
    await admin.getByRole('option', { name: 'Manual: an admin approves' }).click();
    await settings.getByRole('button', { name: 'Save' }).click();
    await notification(admin, 'Seat settings saved').waitFor();
    const policy = await contoso.get<{ waitingRoom: string; reclaimAfterDays: number }>(`/api/v1/tenants/${contoso.tenantId}/licenses/${goldPlanId}/policy`);
    assert.deepEqual([policy.waitingRoom, policy.reclaimAfterDays], ['manual', 30]);
    await settings.scrollIntoViewIfNeeded();
    await bothWidths(admin, 'seats-01-settings');
  });

  test('the reclamation dry run says what would happen, and a reclaimed seat is given back with undo', async () => {
    const reclamation = admin.getByRole('region', { name: 'Reclamation' });
    await reclamation.getByRole('button', { name: 'What would be reclaimed now?' }).click();
    await reclamation.getByText(/Would (announce to|reclaim from|keep the seats of)|Nothing would change now/).waitFor();
    const table = admin.getByRole('table', { name: 'Reclamations' });
    const undo = table.getByRole('button', { name: /^Undo \(until / });
    await undo.first().waitFor();
    await reclamation.scrollIntoViewIfNeeded();
    await bothWidths(admin, 'seats-02-reclamation');
    const before = await undo.count();
    await undo.first().click();
    // Either the toast or the section's problem: a refusal fails here with its sentence, not after a timeout.
    const problem = reclamation.getByText('Couldn’t do that').or(reclamation.getByText("Couldn't do that"));
    await notification(admin, 'has the seat back').or(problem).first().waitFor();
    assert.equal(await problem.count(), 0, `the undo was refused: ${await reclamation.innerText()}`);
    await admin.waitForFunction(
      (expected) => document.querySelectorAll('table[aria-label="Reclamations"] button').length === expected,
      before - 1,
    );
    const items = (await contoso.get<{ items: { state: string }[] }>(`/api/v1/tenants/${contoso.tenantId}/licenses/${goldPlanId}/reclamations`)).items;
    assert.ok(items.some((r) => r.state === 'undone'), 'the API says undone too');
  });

  test('a user without a seat asks for one from the launch page and sees their place in the waiting room', async () => {
    const page = await browser.newVisitor();
    await page.goto(`/launch/${contoso.tenantId}/${GOLD_MODULE}`);
    await signIn(page, asker.userPrincipalName);
    await page.getByText('You need a license to use').waitFor();
    const request = page.locator('[aria-label="License request"]');
    await request.getByLabel('Message (optional)').fill('I join the Gold field team.');
    await request.getByRole('button', { name: 'Send request' }).click();
    await request.getByText('Request sent').waitFor();
    await page.getByText('You’re number 1 of 1 in the waiting room').waitFor();
    // Coming back later, the place is still shown (not a refusal).
    await page.reload();
    await page.getByText('You’re number 1 of 1 in the waiting room').waitFor();
    await bothWidths(page, 'seats-03-launch-waiting');
  });

  test('the admin approves them from the waiting room list', async () => {
    await admin.reload();
    const room = admin.getByRole('table', { name: 'Waiting room' });
    const row = room.getByRole('row', { name: new RegExp(asker.displayName) });
    await row.getByRole('cell', { name: '1', exact: true }).waitFor();
    await room.scrollIntoViewIfNeeded();
    await bothWidths(admin, 'seats-04-waiting-room');
    await row.getByRole('button', { name: 'Approve' }).click();
    await notification(admin, `${asker.displayName} got a seat`).waitFor();
    await admin.getByText('Nobody is waiting for a seat.').waitFor();
    const me = await signInApi(server.url, asker.userPrincipalName);
    const launch = await me.get<{ decision: { licensed: boolean; code: string } }>(`/api/v1/tenants/${contoso.tenantId}/launch/${GOLD_MODULE}`);
    assert.equal(launch.decision.code, 'LICENSED');
  });
});
