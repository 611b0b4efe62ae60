import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signInApi, type ApiClient } from './support/api.js';
import { screenshot, type TestBrowser } from './support/browser.js';
import { connectCustomer, createPublisherTenant, enrollPublisher, publishExampleOffer, registerExampleDeal, type PublishedOffer } from './support/partner.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

let server: TestServer;
/** Stands in for the publisher's app: it answers any request with a page naming the URL it was sent to. */
let publisherApp: Server;
let APP_ORIGIN: string;
let browser: TestBrowser;
let offer: PublishedOffer;
let contoso: ApiClient;
/** A Contoso user who holds the Gold license directly. */
let licensed: { userPrincipalName: string; displayName: string };

before(async () => {
  publisherApp = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' });
    response.end(`<!doctype html><title>Proseware Field Ops</title><h1>Proseware Field Ops</h1><p>${request.url?.replace(/[<>&]/g, '')}</p>`);
  });
  await new Promise<void>((resolve) => publisherApp.listen(0, '127.0.0.1', resolve));
  APP_ORIGIN = `http://127.0.0.1:${(publisherApp.address() as AddressInfo).port}`;
  ({ server, browser } = await openDemoSite());
  const publisher = await createPublisherTenant(server.url, 'Proseware Apps');
  const admin = await enrollPublisher(server.url, publisher);
  offer = await publishExampleOffer(admin, publisher, { offerKey: 'fieldops', name: 'Proseware Field Ops', launchUrl: `${APP_ORIGIN}/fieldops` });
  contoso = await signInApi(server.url, 'admin@contoso.example');
  await connectCustomer(admin, contoso);
  await registerExampleDeal(admin, contoso, offer, { gold: 2 });

  const tenant = `/api/v1/tenants/${contoso.tenantId}`;
  const products = await contoso.get<{ items: { planId: string; name: string; offer: { id: string } }[] }>(`${tenant}/licenses`);
  const gold = products.items.find((product) => product.name === 'Proseware Field Ops Gold')!;
  const environments = await contoso.get<{ items: { id: string; isDefault: boolean }[] }>(`${tenant}/environments`);
  await contoso.post(`${tenant}/environments/${environments.items.find((e) => e.isDefault)!.id}/apps`, { offerId: gold.offer.id });
  const users = await contoso.get<{ items: { id: string; userPrincipalName: string; displayName: string; enabled: boolean; roles: string[] }[] }>(`${tenant}/users?limit=50`);
  const someone = users.items.find((u) => u.enabled && u.roles.length === 0 && !u.userPrincipalName.startsWith('alex.wilber'))!;
  await contoso.post(`${tenant}/licenses/${gold.planId}/assign`, { userIds: [someone.id] });
  licensed = someone;
});

after(async () => {
  await closeDemoSite(server, browser);
  publisherApp?.close();
});

const launchUrl = (appModule: string) => `/launch/${contoso.tenantId}/${appModule}`;

test('a user with a seat who opens the launch link signs in and is sent on to the app with a license token', async () => {
  const page = await browser.newVisitor();
  await page.goto(launchUrl(`${offer.modulePrefix}_gold`));
  await page.waitForURL('**/signin?next=*');
  await signIn(page, licensed.userPrincipalName);
  await page.waitForURL(`${APP_ORIGIN}/**`);
  const target = new URL(page.url());
  assert.equal(target.pathname, '/fieldops');
  assert.equal(target.searchParams.get('app_module'), `${offer.modulePrefix}_gold`);
  assert.match(target.searchParams.get('license_token') ?? '', /^ey[\w-]+\.[\w-]+\.[\w-]+$/);
  await page.getByRole('heading', { name: 'Proseware Field Ops' }).waitFor();
});

describe('a user without a seat sees why, asks for a license, and an admin approves it', () => {
  let alex: Page;

  before(async () => {
    alex = await browser.newVisitor();
  });

  test('the launch page says a license is needed, names the plans that grant it and the license admins', async () => {
    await alex.goto(launchUrl(`${offer.modulePrefix}_silver`));
    await signIn(alex, 'alex.wilber@contoso.example');
    await alex.getByText('You need a license to use Field Ops Silver').waitFor();
    await alex.getByText('You don’t have a license for this app. Contact your administrator to get one.').waitFor();
    const plans = alex.locator('[aria-label="Plans that include this app"]');
    await plans.getByText('Field Ops Gold', { exact: true }).waitFor();
    await plans.getByText('Field Ops Silver', { exact: true }).waitFor();
    assert.equal(await plans.getByRole('link', { name: 'More info about Field Ops Silver' }).getAttribute('href'), 'https://www.fabrikam.com/fieldops/plans/silver');
    const admins = alex.locator('[aria-label="Your license administrators"]');
    await admins.getByRole('link', { name: /licenses@contoso\.example/ }).waitFor();
    await admins.getByRole('link', { name: /admin@contoso\.example/ }).waitFor();
    await screenshot(alex, 'launch-01-needs-license');
  });

  test('sends a license request and sees it is waiting', async () => {
    const request = alex.locator('[aria-label="License request"]');
    await request.getByLabel('Message (optional)').fill('I start on the field inspections team on Monday.');
    await request.getByRole('button', { name: 'Send request' }).click();
    await request.getByText('Request sent').waitFor();
    assert.equal(await request.getByRole('button', { name: 'Send request' }).count(), 0);
    await screenshot(alex, 'launch-02-request-sent');
  });

  test('a License admin approves it in the Admin Center, which assigns a license', async () => {
    const admin = await browser.newVisitor();
    await signIn(admin, 'licenses@contoso.example');
    await admin.getByRole('navigation', { name: 'Admin Center navigation' }).getByText('License requests').click();
    const row = admin.getByRole('table', { name: 'License requests' }).getByRole('row', { name: /Alex Wilber/ });
    await row.getByText('I start on the field inspections team on Monday.').waitFor();
    // The request names the app (and the plan approving would assign), never the app module key.
    await row.getByText(/^Field Ops Silver · /).waitFor();
    assert.equal(await row.getByText(`${offer.modulePrefix}_silver`).count(), 0, 'no app module key in the row');
    await screenshot(admin, 'launch-03-requests');
    await row.getByRole('button', { name: "Approve Alex Wilber's request" }).click();
    const dialog = admin.getByRole('dialog', { name: "Approve Alex Wilber's request?" });
    await dialog.getByLabel('Note to the requester (optional)').fill('Welcome aboard!');
    await dialog.getByRole('button', { name: 'Approve and assign' }).click();
    await dialog.waitFor({ state: 'detached' });
    await admin.getByText('No requests are waiting').waitFor();
    await admin.goto('/admin/licenses');
    await admin.getByRole('table', { name: 'Products' }).getByRole('row', { name: /Proseware Field Ops Gold/ }).getByText('2 of 2 assigned').waitFor();
  });

  test('opening the app again, the user is sent on to it', async () => {
    await alex.goto(launchUrl(`${offer.modulePrefix}_silver`));
    await alex.waitForURL(`${APP_ORIGIN}/**`);
    assert.equal(new URL(alex.url()).searchParams.get('app_module'), `${offer.modulePrefix}_silver`);
  });
});

test('an app module that needs no license opens for anyone; an unknown one is explained', async () => {
  const page = await browser.newVisitor();
  await signIn(page, 'alex.wilber@contoso.example');
  await page.goto(launchUrl(`${offer.modulePrefix}_viewer`));
  await page.waitForURL(`${APP_ORIGIN}/**`);
  await page.goto(launchUrl('no_such_app'));
  await page.getByText('This app isn’t available').waitFor();
});
