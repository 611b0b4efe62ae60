import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { assertAccessible } from './support/axe.js';
import { launchBrowser, screenshot, type TestBrowser } from './support/browser.js';
import { startTestServer, type TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/**
 * Partner Center → Webhooks in real Chromium: a publisher adds an endpoint,
 * copies its signing secret (shown once), sends a test event, and the
 * delivery log shows it delivered to a real local receiver that verified the
 * signature with the `standardwebhooks` package. Leads take the same path:
 * from an offer's Listing page the publisher adds a lead webhook for that
 * offer, and a Contact me lead arrives as a verified `lead.created` event.
 */
let server: TestServer;
let browser: TestBrowser;
let receiver: Server;
let receiverUrl: string;
/** The secrets the receiver verifies with: the ones the page showed. */
const secrets: string[] = [];
const verified: { id: string; type: string; data: Record<string, unknown> }[] = [];
const refused: string[] = [];

function verifyWithAny(body: string, headers: Record<string, string>): { type: string; data: Record<string, unknown> } {
  for (const secret of secrets) {
    try {
      return new Webhook(secret).verify(body, headers) as { type: string; data: Record<string, unknown> };
    } catch {
      // try the next endpoint's secret
    }
  }
  throw new Error(secrets.length ? 'no secret verifies the signature' : 'no secret yet');
}

/** Screenshots at 1440 and 390 px wide, with `shown` scrolled into view at each width. */
async function bothWidths(page: Page, name: string, shown?: Locator) {
  await shown?.scrollIntoViewIfNeeded();
  await screenshot(page, `${name}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shown?.scrollIntoViewIfNeeded();
  await screenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

before(async () => {
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const event = verifyWithAny(body, req.headers as Record<string, string>);
        verified.push({ id: String(req.headers['webhook-id']), type: event.type, data: event.data });
        res.writeHead(204).end();
      } catch (error) {
        refused.push((error as Error).message);
        res.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/licensehub`;
  // The receiver is on this machine: the address rules let a development server deliver to private networks.
  server = await startTestServer({ env: { LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS: '1' } });
  browser = await launchBrowser(server.url);
});

after(async () => {
  await closeDemoSite(server, browser);
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
});

test('a publisher adds a webhook endpoint, copies the secret shown once, sends a test event, and sees it delivered to a verifying receiver', async () => {
  const page = await browser.newVisitor();
  await signIn(page, 'admin@fabrikam.example');
  await page.goto('/partner/webhooks');
  await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Add endpoint' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
  await dialog.getByLabel('URL').fill(receiverUrl);
  await dialog.getByLabel('Description').fill('Our license service');
  await dialog.getByRole('checkbox', { name: /^license\.assigned/ }).check();
  await dialog.getByRole('button', { name: 'Add endpoint' }).click();

  const shown = page.getByLabel('Signing secret', { exact: true });
  await shown.waitFor();
  const secret = (await shown.textContent())!.trim();
  assert.match(secret, /^whsec_/);
  secrets.push(secret);
  await screenshot(page, 'webhooks-secret-once-1440');
  await page.getByRole('button', { name: 'Done' }).click();
  await shown.waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Send test event' }).click();
  const log = page.getByRole('table', { name: 'Delivery log' });
  // The log refreshes itself while the delivery waits.
  await log.getByText('delivered', { exact: true }).waitFor({ timeout: 30_000 });
  assert.equal(verified.length, 1, `the receiver verified one delivery (refused: ${refused.join('; ')})`);
  await log.getByText(verified[0]!.id).waitFor();
  assert.equal(refused.length, 0);
  await screenshot(page, 'webhooks-delivered-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'webhooks-delivered-390');

  // The secret is not shown again after a reload.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.reload();
  await page.getByRole('table', { name: 'Webhook endpoints' }).waitFor();
  assert.equal(await page.getByLabel('Signing secret', { exact: true }).count(), 0);
});

test('a lead webhook for one offer, added from its Listing page: a Contact me lead arrives verified and the lead says Delivered', async () => {
  const page = await browser.newVisitor();
  await signIn(page, 'admin@fabrikam.example');
  await page.goto('/partner/offers/routeplanner/listing');
  const form = page.getByRole('form', { name: 'Listing details' });
  const link = form.getByRole('link', { name: 'add a lead webhook for this offer' });
  await link.scrollIntoViewIfNeeded();
  await assertAccessible(page, 'the Listing page pointing lead webhooks to Webhooks');
  await bothWidths(page, 'webhooks-lead-listing', link);
  await link.click();

  const dialog = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
  await dialog.waitFor();
  assert.ok(await dialog.getByRole('checkbox', { name: /^lead\.created/ }).isChecked(), 'lead.created is chosen');
  await dialog.getByRole('combobox', { name: 'Offer' }).getByText('Fabrikam Route Planner').waitFor();
  await dialog.getByLabel('URL').fill(receiverUrl);
  await dialog.getByLabel('Description').fill('Route Planner leads to our CRM');
  await assertAccessible(page, 'the add endpoint dialog for a lead webhook');
  await bothWidths(page, 'webhooks-lead-add');
  await dialog.getByRole('button', { name: 'Add endpoint' }).click();
  const shown = page.getByLabel('Signing secret', { exact: true });
  await shown.waitFor();
  secrets.push((await shown.textContent())!.trim());
  await page.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('table', { name: 'Webhook endpoints' }).getByText('Fabrikam Route Planner only').waitFor();

  // A visitor sends Contact me on the listing.
  const sent = await fetch(`${server.url}/api/v1/marketplace/offers/fabrikam.routeplanner/leads`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Isaiah Langer', email: 'isaiah@proseware.example', company: 'Proseware', country: 'US', message: 'Routes for 40 vans?', consent: true }),
  });
  assert.equal(sent.status, 201);
  const lead = (await sent.json()) as { id: string };

  await page.goto(`/partner/leads/${lead.id}`);
  const drawer = page.getByRole('dialog', { name: 'Lead details' });
  await drawer.getByText('Delivered', { exact: true }).waitFor({ timeout: 30_000 });
  const received = verified.find((v) => v.type === 'lead.created');
  assert.ok(received, `the receiver verified the lead (refused: ${refused.join('; ')})`);
  assert.equal(received.data.id, lead.id);
  // Offers are named as everywhere in the API: offerId the GUID, offerKey the readable key.
  const listing = (await (await fetch(`${server.url}/api/v1/marketplace/offers/fabrikam.routeplanner`)).json()) as { id: string };
  assert.deepEqual([received.data.offerId, received.data.offerKey], [listing.id, 'routeplanner']);
  await drawer.getByRole('table', { name: 'Delivery attempts' }).getByText(receiverUrl).waitFor();
  const toWebhooks = drawer.getByRole('link', { name: 'Webhooks' });
  await toWebhooks.waitFor();
  await assertAccessible(page, 'a lead delivered to its webhook');
  await bothWidths(page, 'webhooks-lead-delivered', toWebhooks);
});

test("deleting the demo's CRM endpoint before it delivered: its lead says Not delivered, and why, in the list and on the lead", async () => {
  const page = await browser.newVisitor();
  await signIn(page, 'admin@fabrikam.example');
  // The demo's Inspections lead webhook points at an address that does not resolve: its lead keeps retrying.
  await page.goto('/partner/leads?offer=inspections');
  const row = page.getByRole('table', { name: 'Leads' }).getByRole('row', { name: /Amara Silva/ });
  await row.getByText('Retrying').waitFor();

  await page.goto('/partner/webhooks');
  const crm = 'https://crm.fabrikam.example/hooks/licensehub-leads';
  await page.getByRole('table', { name: 'Webhook endpoints' }).getByRole('button', { name: crm }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete this endpoint?' });
  await confirm.getByText(/Leads it has not sent yet, and no other endpoint sends, will say Not delivered/).waitFor();
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await confirm.waitFor({ state: 'detached' });

  await page.goto('/partner/leads?offer=inspections');
  const ended = page.getByRole('table', { name: 'Leads' }).getByRole('row', { name: /Amara Silva/ });
  await ended.getByText('Not delivered', { exact: true }).waitFor();
  await ended.getByText(`The endpoint ${crm} was deleted before it sent this lead`).waitFor();
  assert.equal(await ended.getByText('Retrying').count(), 0);
  await assertAccessible(page, 'a lead whose endpoint was deleted, in the list');
  await bothWidths(page, 'webhooks-lead-endpoint-deleted-list', ended);

  await ended.getByRole('link', { name: 'Amara Silva' }).click();
  const drawer = page.getByRole('dialog', { name: 'Lead details' });
  await drawer.getByText(/was deleted before it sent this lead\. Nothing will send it now; the lead stays in this inbox\./).waitFor();
  await assertAccessible(page, 'a lead whose endpoint was deleted, its details');
  await bothWidths(page, 'webhooks-lead-endpoint-deleted-drawer', drawer.getByText('Not delivered', { exact: true }));
});
