import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { signInApi, type ApiClient } from './support/api.js';
import { seriousViolations } from './support/axe.js';
import { notification, screenshot, type TestBrowser } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/**
 * License management where Microsoft 365 admins look, on the demo data: Contoso's Global admin
 * assigns from the user panel (Licenses and apps), from a group's page (Field Technicians is inside
 * Operations), while adding a user, and in bulk from the users list, which has a Licenses column,
 * license filters and a CSV export. Gold is left with exactly two free seats, so the third user of
 * a bulk assignment and Add user are told plainly that there was no free seat.
 */
let server: TestServer;
let browser: TestBrowser;
let contoso: ApiClient;
let tenant: string;
interface Product {
  planId: string;
  name: string;
  available: number;
  purchased: number;
  assigned: number;
  state: string;
}
let gold: Product;
/** A product with free seats to spare (not Gold). */
let spare: Product;
/** Users made for this file: not in any group, so unlicensed. */
const people: { id: string; displayName: string; userPrincipalName: string }[] = [];

const products = async () => (await contoso.get<{ items: Product[] }>(`${tenant}/licenses`)).items;

before(async () => {
  ({ server, browser } = await openDemoSite());
  contoso = await signInApi(server.url, 'admin@contoso.example');
  tenant = `/api/v1/tenants/${contoso.tenantId}`;
  for (let i = 1; i <= 4; i++) {
    people.push(await contoso.post(`${tenant}/users`, { userPrincipalName: `lic.test${i}@contoso.example`, displayName: `Lic Test ${i}` }));
  }
  gold = (await products()).find((p) => p.name.endsWith('Gold'))!;
  // Leave Gold exactly two free seats.
  const fillers = [];
  for (let i = 0; i < gold.available - 2; i++) fillers.push(await contoso.post(`${tenant}/users`, { userPrincipalName: `gold.filler${i}@contoso.example`, displayName: `Gold Filler ${i}` }));
  if (fillers.length) await contoso.post(`${tenant}/licenses/${gold.planId}/assign`, { userIds: fillers.map((f) => f.id) });
  gold = (await products()).find((p) => p.planId === gold.planId)!;
  assert.equal(gold.available, 2, 'Gold has two free seats');
  spare = (await products()).filter((p) => p.planId !== gold.planId && p.state !== 'removed').sort((a, b) => b.available - a.available)[0]!;
  assert.ok(spare.available >= 3, `a product with free seats: ${spare.name} has ${spare.available}`);
});

after(() => closeDemoSite(server, browser));

/** Dialogs fade in and buttons fade between states: axe measures contrast once nothing moves. */
const settled = (page: Page) => page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));

/** Takes the page's screenshot at desktop (1440) and phone (390) width, with axe-core run at both; `show` is scrolled into view at each. */
async function bothWidths(page: Page, name: string, show?: Locator) {
  await show?.scrollIntoViewIfNeeded();
  await settled(page);
  assert.deepEqual(await seriousViolations(page), [], `${name} at 1440`);
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await show?.scrollIntoViewIfNeeded();
  await settled(page);
  assert.deepEqual(await seriousViolations(page), [], `${name} at 390`);
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

const freeText = (product: Product) => `${product.available} of ${product.purchased} available`;

describe('license management in the Admin Center', () => {
  let page: Page;
  before(async () => {
    page = await browser.newVisitor();
    await signIn(page, 'admin@contoso.example');
  });
  const usersTable = () => page.getByRole('table', { name: 'Users' });
  const row = (name: string) => usersTable().getByRole('row', { name: new RegExp(name) });

  test('the users list has a Licenses column and an Unlicensed filter', async () => {
    await page.goto('/admin/users');
    await usersTable().getByRole('columnheader', { name: 'Licenses' }).waitFor();
    await page.getByRole('combobox', { name: 'Filter by license' }).click();
    await page.getByRole('option', { name: 'Unlicensed' }).click();
    await page.waitForURL(/license=unlicensed/);
    await row('Lic Test 1').getByText('Unlicensed').waitFor();
    // Only unlicensed users once the filtered page replaces the first one.
    await page.waitForFunction(() => [...document.querySelectorAll('table[aria-label="Users"] tbody tr')].every((tr) => tr.textContent?.includes('Unlicensed')));
    await bothWidths(page, 'licmgmt-01-users-unlicensed');
  });

  test('Export (CSV) downloads every user matching the filters', async () => {
    const link = page.getByRole('link', { name: 'Export (CSV)' });
    const href = (await link.getAttribute('href'))!;
    assert.match(href, /\/users\/export\.csv\?licensed=false$/);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    const lines = (await response.text()).replace(/^\ufeff/, '').trimEnd().split('\r\n');
    assert.equal(lines[0], 'Display name,User principal name,Usage location,Sign-in,Source,Admin roles,Licenses,Created');
    assert.ok(lines.some((line) => line.startsWith('Lic Test 4,lic.test4@contoso.example')));
    assert.ok(lines.slice(1).every((line) => line.includes(',Unlicensed,')));
  });

  test('bulk: three users selected, Gold assigned; the one without a free seat is named', async () => {
    for (const person of people.slice(0, 3)) await row(person.displayName).getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Assign licenses (3)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign licenses for 3 users' });
    await dialog.getByText(new RegExp(`${freeText(gold)}`)).waitFor();
    await dialog.getByRole('checkbox', { name: gold.name }).check();
    await bothWidths(page, 'licmgmt-02-bulk-assign-dialog');
    await dialog.getByRole('button', { name: 'Assign' }).click();
    await dialog.getByText('Done, with exceptions').waitFor();
    await dialog.getByText(`${gold.name}: assigned to 2 users; not to lic.test3@contoso.example (no free seat)`).waitFor();
    await bothWidths(page, 'licmgmt-03-bulk-assign-report');
    await dialog.getByRole('button', { name: 'Done' }).click();
    // The list reloads: they are no longer unlicensed.
    await row('Lic Test 1').waitFor({ state: 'detached' });
    await row('Lic Test 3').waitFor();
    const product = (await products()).find((p) => p.planId === gold.planId)!;
    assert.deepEqual([product.available, product.assigned <= product.purchased], [0, true], 'never more than purchased');
  });

  test('the product filter shows Gold holders, and bulk Unassign removes it again', async () => {
    await page.getByRole('combobox', { name: 'Filter by license' }).click();
    await page.getByRole('option', { name: gold.name }).click();
    await row('Lic Test 1').getByText(gold.name).waitFor();
    await row('Lic Test 1').getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Unassign licenses' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unassign licenses for 1 user' });
    await dialog.getByRole('checkbox', { name: gold.name }).check();
    await dialog.getByRole('button', { name: 'Unassign' }).click();
    await dialog.getByText(`${gold.name}: unassigned from 1 user`).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await row('Lic Test 1').waitFor({ state: 'detached' });
    assert.equal((await products()).find((p) => p.planId === gold.planId)!.available, 1);
  });

  test('select all on the page checks every row', async () => {
    await page.getByRole('checkbox', { name: 'Select all users on this page' }).check();
    const boxes = usersTable().getByRole('checkbox', { name: /^Select (?!all)/ });
    const count = await boxes.count();
    assert.ok(count >= 1);
    for (let i = 0; i < count; i++) assert.equal(await boxes.nth(i).isChecked(), true);
    await page.getByRole('button', { name: `Assign licenses (${count})` }).waitFor();
    await bothWidths(page, 'licmgmt-04-users-selected');
    await page.getByRole('checkbox', { name: 'Select all users on this page' }).uncheck();
  });

  test('user panel: Licenses and apps — check to assign, see the source and the free seats refresh', async () => {
    await page.goto('/admin/users?license=unlicensed&search=Lic%20Test%204');
    await row('Lic Test 4').getByRole('link', { name: 'Lic Test 4' }).click();
    const drawer = page.getByRole('dialog', { name: 'User details' });
    const section = drawer.getByRole('region', { name: 'Licenses and apps' });
    const before = (await products()).find((p) => p.planId === spare.planId)!;
    await section.getByText(freeText(before)).waitFor();
    await section.getByRole('checkbox', { name: spare.name }).check();
    await section.getByRole('button', { name: 'Save licenses' }).click();
    await section.getByText(`${spare.name}: Assigned`).waitFor();
    // No stale "x of y": the free seats are read again after the assignment.
    await section.getByText(freeText({ ...before, available: before.available - 1 })).waitFor();
    await section.getByText('Direct').first().waitFor();
    await bothWidths(page, 'licmgmt-05-user-licenses-saved', section.getByRole('status'));

    await section.getByRole('checkbox', { name: spare.name }).uncheck();
    await section.getByRole('button', { name: 'Save licenses' }).click();
    await section.getByText(`${spare.name}: Unassigned`).waitFor();
    await section.getByText(freeText(before)).waitFor();
  });

  test('user panel: a license through a group is checked, disabled and says which group', async () => {
    const salesMember = (await contoso.get<{ items: { id: string; displayName: string; licenses: { sources: { kind: string; groupName?: string }[] }[] }[] }>(`${tenant}/users?limit=100&licensed=true`)).items.find((u) =>
      u.licenses.some((l) => l.sources.some((s) => s.groupName === 'Sales')),
    )!;
    await page.goto(`/admin/users/${salesMember.id}`);
    const section = page.getByRole('dialog', { name: 'User details' }).getByRole('region', { name: 'Licenses and apps' });
    await section.getByText(/Through group Sales/).first().waitFor();
    const disabled = section.getByRole('checkbox', { disabled: true, checked: true });
    assert.ok((await disabled.count()) >= 1);
    await bothWidths(page, 'licmgmt-06-user-licenses-through-group', section);
  });

  test('group page: Member of, licenses through the parent group, Assign and Remove', async () => {
    const groups = (await contoso.get<{ items: { id: string; displayName: string }[] }>(`${tenant}/groups?search=Field%20Technicians`)).items;
    await page.goto(`/admin/groups/${groups[0]!.id}`);
    const memberOf = page.getByRole('region', { name: 'Member of' });
    await memberOf.getByRole('link', { name: 'Operations' }).waitFor();
    const licenses = page.getByRole('table', { name: 'Group licenses' });
    await licenses.getByText('Through group').first().waitFor();
    await licenses.getByRole('link', { name: 'Operations' }).first().waitFor();
    await bothWidths(page, 'licmgmt-07-group-member-of', licenses);

    await page.getByRole('button', { name: 'Assign licenses' }).click();
    const dialog = page.getByRole('dialog', { name: 'Assign licenses to Field Technicians' });
    await dialog.getByRole('checkbox', { name: spare.name }).check();
    await bothWidths(page, 'licmgmt-08-group-assign-dialog');
    await dialog.getByRole('button', { name: 'Assign' }).click();
    await dialog.getByText(`${spare.name}: Assigned`).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    const own = licenses.getByRole('row', { name: new RegExp(`${spare.name}.*To this group`) });
    await own.waitFor();
    await bothWidths(page, 'licmgmt-09-group-assigned', own);

    await own.getByRole('button', { name: `Remove ${spare.name} from Field Technicians` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Remove ${spare.name} from Field Technicians?` });
    await confirm.getByRole('button', { name: 'Remove license' }).click();
    await notification(page, `${spare.name} was removed from Field Technicians`).waitFor();
    await own.waitFor({ state: 'detached' });
  });

  test('Add user: basics, then licenses with free seats; one without a free seat is told plainly and the user stays', async () => {
    await page.goto('/admin/users');
    await page.getByRole('button', { name: 'Add a user' }).click();
    const basics = page.getByRole('dialog', { name: 'Add a user: basics' });
    await basics.getByLabel('Display name').fill('Lic New Person');
    await basics.getByLabel('User principal name').fill('lic.new@contoso.example');
    await basics.getByRole('button', { name: 'Next: licenses' }).click();
    const step = page.getByRole('dialog', { name: 'Add a user: licenses' });
    const goldNow = (await products()).find((p) => p.planId === gold.planId)!;
    // Gold's last seat goes to a filler first, so Gold has none left when the user is created.
    const filler = await contoso.post(`${tenant}/users`, { userPrincipalName: 'gold.last@contoso.example', displayName: 'Gold Last' });
    await contoso.post(`${tenant}/licenses/${gold.planId}/assign`, { userIds: [filler.id] });
    await step.getByText(freeText(goldNow)).waitFor();
    await step.getByRole('checkbox', { name: spare.name }).check();
    await step.getByRole('checkbox', { name: gold.name }).check();
    await bothWidths(page, 'licmgmt-10-add-user-licenses');
    await step.getByRole('button', { name: 'Add user' }).click();
    const result = page.getByRole('dialog', { name: 'Lic New Person was added' });
    await result.getByText('The user was created, but a license was not assigned').waitFor();
    await result.getByText(`${spare.name}: Assigned`).waitFor();
    await result.getByText(new RegExp(`${gold.name}: Not assigned: Not enough licenses`)).waitFor();
    await bothWidths(page, 'licmgmt-11-add-user-partly-assigned');
    await result.getByRole('button', { name: 'Done' }).click();
    const drawer = page.getByRole('dialog', { name: 'User details' });
    await drawer.getByText('lic.new@contoso.example').first().waitFor();
    const created = (await contoso.get<{ items: { userPrincipalName: string; licenses: { planId: string }[] }[] }>(`${tenant}/users?search=lic.new`)).items;
    assert.deepEqual(
      created.map((u) => [u.userPrincipalName, u.licenses.map((l) => l.planId)]),
      [['lic.new@contoso.example', [spare.planId]]],
    );
  });

  test('keyboard: the bulk actions, the row check boxes and the dialog work without a mouse', async () => {
    await page.goto('/admin/users?search=Lic%20Test%204');
    const box = row('Lic Test 4').getByRole('checkbox');
    await box.focus();
    await page.keyboard.press('Space');
    assert.equal(await box.isChecked(), true);
    const assign = page.getByRole('button', { name: 'Assign licenses (1)' });
    await assign.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Assign licenses for 1 user' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Assign licenses'));
  });
});

