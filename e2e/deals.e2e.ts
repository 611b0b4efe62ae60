import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { signInApi, type ApiClient } from './support/api.js';
import { screenshot, waitForCount, waitForValue, type TestBrowser } from './support/browser.js';
import { createPublisherTenant, enrollPublisher, publishExampleOffer, type PublishedOffer, type TestPublisher } from './support/partner.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

let server: TestServer;
let browser: TestBrowser;
let publisher: TestPublisher;
let offer: PublishedOffer;
let contoso: ApiClient;

before(async () => {
  ({ server, browser } = await openDemoSite());
  publisher = await createPublisherTenant(server.url, 'Litware Field Apps');
  const admin = await enrollPublisher(server.url, publisher);
  offer = await publishExampleOffer(admin, publisher, { offerKey: 'inspections', name: 'Litware Inspections' });
  contoso = await signInApi(server.url, 'admin@contoso.example');
});

after(() => closeDemoSite(server, browser));

describe('invite → consent → register a deal → licenses appear → assign to a group → counts update', () => {
  let partner: Page;
  let customer: Page;
  let invitationPath: string;
  let salesMembers: number;

  before(async () => {
    partner = await browser.newVisitor();
    customer = await browser.newVisitor();
    const sales = await contoso.get<{ items: { displayName: string; memberCount: number }[] }>(`/api/v1/tenants/${contoso.tenantId}/groups?search=Sales`);
    salesMembers = sales.items.find((group) => group.displayName === 'Sales')!.memberCount;
    assert.ok(salesMembers > 3, `the demo's Sales group has more members (${salesMembers}) than the 3 licenses the deal buys`);
  });

  test('the publisher creates an invitation link and copies it', async () => {
    await signIn(partner, publisher.adminUpn, publisher.password);
    await partner.goto('/partner/customers');
    await partner.getByText('No customers yet').waitFor();
    await partner.getByRole('button', { name: 'Create invitation link' }).click();
    const dialog = partner.getByRole('dialog', { name: 'Create an invitation link' });
    await dialog.getByLabel('Message (optional)').fill('Hello Contoso! Accept this so we can provision your Litware Inspections licenses.');
    await dialog.getByRole('button', { name: 'Create link' }).click();
    const shown = partner.getByRole('dialog', { name: 'Send this link to your customer' });
    const link = await shown.getByRole('textbox', { name: 'Invitation link' }).inputValue();
    assert.match(link, /\/admin\/relationships\/accept\?code=/);
    await shown.getByRole('button', { name: 'Copy invitation link' }).waitFor();
    await screenshot(partner, 'deals-01-invitation-link');
    await shown.getByRole('button', { name: 'Done' }).click();
    await partner.getByRole('table', { name: 'Customer relationships' }).getByText('Invitation pending').waitFor();
    const url = new URL(link);
    invitationPath = `${url.pathname}${url.search}`;
  });

  test("the customer's Global admin opens the link in the Admin Center and accepts", async () => {
    await signIn(customer, 'admin@contoso.example');
    await customer.goto(invitationPath);
    const card = customer.getByRole('group', { name: 'Invitation' }).or(customer.locator('[aria-label="Invitation"]'));
    await card.getByText('Litware Field Apps invites Contoso Ltd to a relationship').waitFor();
    await card.getByText(/Accept this so we can provision/).waitFor();
    await screenshot(customer, 'deals-02-invitation-to-accept');
    await card.getByRole('button', { name: 'Accept' }).click();
    await card.getByText('You accepted the relationship with Litware Field Apps').waitFor();
    await customer.goto('/admin/relationships');
    await customer.getByRole('table', { name: 'Publisher relationships' }).getByRole('row', { name: /Litware Field Apps/ }).getByText('Accepted', { exact: true }).waitFor();
  });

  test('the publisher registers a deal; each rule is explained on its field', async () => {
    await partner.reload();
    const row = partner.getByRole('table', { name: 'Customer relationships' }).getByRole('row', { name: /Contoso Ltd/ });
    await row.getByText('Accepted', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Register a deal' }).click();
    await partner.getByRole('heading', { name: 'Register a deal', level: 1 }).waitFor();
    const form = partner.getByRole('form', { name: 'Register a deal' });
    await waitForValue(() => form.getByRole('combobox', { name: 'Customer' }).textContent(), 'Contoso Ltd', 'the prefilled customer');
    await form.getByRole('combobox', { name: 'Offer' }).click();
    await partner.getByRole('option', { name: 'Litware Inspections' }).click();
    await form.getByRole('spinbutton', { name: 'Licenses of Litware Inspections Gold' }).fill('3');
    await typeInto(form.getByRole('combobox', { name: 'Country or region' }), 'United St');
    await partner.getByRole('option', { name: 'United States (US)' }).click();
    await form.getByLabel('City').fill('Seattle');
    await form.getByLabel('State or province').fill('WA');
    await form.getByLabel('Total contract value').fill('4000');
    await form.getByLabel('Solution value').fill('3500');
    await form.getByLabel('Contract signed').fill('2026-01-10');
    await form.getByLabel('Start date').fill('2026-01-05');
    await form.getByLabel('End date').fill('2026-01-01');
    await form.getByLabel('First name').fill('Pat');
    await form.getByLabel('Last name').fill('Lee');
    await form.getByLabel('Phone').fill('+1 425 555 0100');
    await form.getByLabel('Email').fill('pat.lee@litware.example');
    await form.getByRole('button', { name: 'Register deal' }).click();
    await form.getByText(/Must be above 5,000 USD for the deal to be eligible/).waitFor();
    await form.getByText('Must be on or after the contract signed date (2026-01-10)').waitFor();
    await form.getByText(/Must be after the start date/).waitFor();
    await screenshot(partner, 'deals-03-register-deal-rules');

    await form.getByLabel('Total contract value').fill('36000');
    await form.getByLabel('Solution value').fill('30000');
    await form.getByLabel('Start date').fill('2026-01-15');
    await form.getByLabel('End date').fill('2030-01-14');
    await form.getByRole('button', { name: 'Register deal' }).click();
    await partner.getByRole('heading', { name: 'Contoso Ltd', level: 1 }).waitFor();
    const licenses = partner.getByRole('table', { name: 'Licenses per plan' });
    await licenses.getByRole('row', { name: /Litware Inspections Gold/ }).getByRole('cell', { name: '3', exact: true }).waitFor();
    await partner.getByRole('region', { name: 'Deal details' }).getByText('36,000.00 USD').waitFor();
    await screenshot(partner, 'deals-04-deal-registered');
  });

  test('the licenses appear in the customer’s Admin Center at once', async () => {
    await customer.getByRole('navigation', { name: 'Admin Center navigation' }).getByText('Licenses').click();
    const row = customer.getByRole('table', { name: 'Products' }).getByRole('row', { name: /Litware Inspections Gold/ });
    await row.getByText('Active', { exact: true }).waitFor();
    await row.getByText('0 of 3 assigned').waitFor();
    await screenshot(customer, 'deals-05-licenses');
  });

  test('assigning the product to a bigger group marks the members beyond the count', async () => {
    await customer.getByRole('link', { name: 'Litware Inspections Gold' }).click();
    await customer.getByRole('heading', { name: 'Litware Inspections Gold', level: 1 }).waitFor();
    await customer.getByRole('button', { name: 'Assign licenses' }).first().click();
    const dialog = customer.getByRole('dialog', { name: 'Assign Litware Inspections Gold' });
    await typeInto(dialog.getByRole('combobox', { name: 'Search users and groups' }), 'Sales');
    await customer.getByRole('option', { name: /^Sales/ }).click();
    await dialog.getByText('Groups get the license for every member').waitFor();
    await screenshot(customer, 'deals-06-assign-group');
    await dialog.getByRole('button', { name: 'Assign to 1' }).click();
    await dialog.waitFor({ state: 'detached' });

    const counts = customer.getByRole('group', { name: 'License counts' });
    await counts.getByLabel('Assigned: 3').waitFor();
    await counts.getByLabel('Available: 0').waitFor();
    await counts.getByLabel(`Not enough licenses: ${salesMembers - 3}`).waitFor();
    await customer.getByText(`Not enough licenses for ${salesMembers - 3} users`).waitFor();
    await customer.getByRole('table', { name: 'Assignments' }).getByRole('row', { name: /Sales/ }).getByText(`${salesMembers - 3} member`, { exact: false }).waitFor();
    await screenshot(customer, 'deals-07-not-enough-licenses');

    await customer.getByRole('tab', { name: 'Users with this license' }).click();
    const holders = customer.getByRole('table', { name: 'Users with this license' });
    await waitForCount(holders.getByText('Group: Sales'), salesMembers);
    await waitForCount(holders.getByText('Not enough licenses'), salesMembers - 3);
    await screenshot(customer, 'deals-08-holders');
  });

  test('the publisher adds licenses on the deal; the customer’s counts update and everyone gets a seat', async () => {
    await partner.getByRole('button', { name: 'Change Litware Inspections Gold licenses' }).click();
    const dialog = partner.getByRole('dialog', { name: 'Change Litware Inspections Gold licenses' });
    await dialog.getByLabel('Number of licenses').fill('10');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await partner.getByText('Contoso Ltd now has 10 Litware Inspections Gold licenses').waitFor();
    await screenshot(partner, 'deals-09-deal-licenses-changed');

    await customer.getByRole('button', { name: 'Refresh' }).click();
    const counts = customer.getByRole('group', { name: 'License counts' });
    await counts.getByLabel(`Assigned: ${salesMembers}`).waitFor();
    await counts.getByLabel(`Available: ${10 - salesMembers}`).waitFor();
    await counts.getByLabel('Not enough licenses: 0').waitFor();
    await waitForCount(customer.getByRole('table', { name: 'Users with this license' }).getByText('Not enough licenses'), 0);
  });

  test('the customer installs the product into its default environment', async () => {
    await customer.getByRole('button', { name: 'Install this product' }).click();
    const dialog = customer.getByRole('dialog', { name: 'Install Litware Inspections' });
    await dialog.getByRole('combobox', { name: 'Environment' }).getByText('Contoso Ltd (default)').waitFor();
    await dialog.getByRole('button', { name: 'Install' }).click();
    await dialog.waitFor({ state: 'detached' });
    await customer.getByRole('tab', { name: 'Installed in (1)' }).waitFor();
    await customer.getByRole('navigation', { name: 'Admin Center navigation' }).getByText('Environments').click();
    await customer.getByRole('table', { name: 'Apps in Contoso Ltd (default)' }).getByRole('row', { name: /Litware Inspections/ }).getByText('1.0.0.0').waitFor();
    await screenshot(customer, 'deals-10-environments');
  });

  test('a License admin assigns from a CSV file: a file with an unknown user assigns nobody', async () => {
    const admin = await browser.newVisitor();
    await signIn(admin, 'licenses@contoso.example');
    await admin.goto('/admin/licenses');
    await admin.getByRole('link', { name: 'Litware Inspections Gold' }).click();
    await admin.getByRole('button', { name: 'Assign from CSV' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Assign Litware Inspections Gold from a CSV file' });
    const csv = ['User principal name,Display name', 'alex.wilber@contoso.example,Alex Wilber', 'nobody@contoso.example,Nobody'].join('\n');
    await dialog.getByLabel('Assignment CSV file').setInputFiles({ name: 'seats.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await dialog.getByRole('button', { name: 'Assign' }).click();
    await dialog.getByText('Line 3: No user nobody@contoso.example in your organization').waitFor();
    await screenshot(admin, 'deals-11-csv-refused');

    await dialog.getByLabel('Assignment CSV file').setInputFiles({ name: 'seats.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.split('\n').slice(0, 2).join('\n')) });
    await dialog.getByRole('button', { name: 'Assign' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.getByRole('table', { name: 'Assignments' }).getByRole('row', { name: /Alex Wilber/ }).waitFor();

    await admin.getByRole('checkbox', { name: 'Select Alex Wilber' }).check();
    await admin.getByRole('button', { name: 'Unassign selected' }).click();
    await admin.getByRole('alertdialog', { name: 'Unassign Alex Wilber?' }).getByRole('button', { name: 'Unassign' }).click();
    await admin.getByRole('table', { name: 'Assignments' }).getByRole('row', { name: /Alex Wilber/ }).waitFor({ state: 'detached' });
  });

  test("the customer's audit log lists the licensing changes", async () => {
    await customer.goto('/admin/audit?action=license.');
    const events = customer.getByRole('table', { name: 'Audit events' });
    await events.getByText('license.assigned').first().waitFor();
    await customer.goto('/admin/audit?action=deal.');
    await customer.getByRole('table', { name: 'Audit events' }).getByText('deal.registered').first().waitFor();
    await screenshot(customer, 'deals-12-audit');
  });
});

/** Types like a person (comboboxes open their list on key presses, not on a pasted value). */
async function typeInto(field: Locator, text: string) {
  await field.fill('');
  await field.pressSequentially(text);
}
