import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { writePackageArchive } from '../src/domain/packages/index.js';
import { notification, screenshot, waitForValue, type TestBrowser } from './support/browser.js';
import { createPublisherTenant, examplePackage, solidPng, type TestPublisher } from './support/partner.js';
import { OPERATOR_PASSWORD, type TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

let server: TestServer;
let browser: TestBrowser;
let publisher: TestPublisher;

before(async () => {
  ({ server, browser } = await openDemoSite());
  publisher = await createPublisherTenant(server.url, 'Tailspin Apps');
});

after(() => closeDemoSite(server, browser));

/** A package whose license metadata names a plan the offer doesn't have and an app module the manifest doesn't list. */
function brokenPackage(publisherId: string, modulePrefix: string): Uint8Array {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2));
  const manifest = {
    uniqueName: 'TailspinFieldOps',
    displayName: 'Tailspin Field Ops',
    version: '0.9.0.0',
    publisher: publisherId,
    appModules: [{ uniqueName: `${modulePrefix}_gold`, displayName: 'Field Ops Gold' }],
  };
  const license = {
    servicePlans: [
      { serviceId: `${publisherId}.fieldops.gold`, displayName: 'Field Ops Gold', moreInfoUrl: 'https://example.com/gold' },
      { serviceId: `${publisherId}.fieldops.platinum`, displayName: 'Field Ops Platinum', moreInfoUrl: 'https://example.com/platinum' },
    ],
    mappings: [
      { serviceId: `${publisherId}.fieldops.gold`, appModule: `${modulePrefix}_gold` },
      { serviceId: `${publisherId}.fieldops.platinum`, appModule: `${modulePrefix}_missing` },
    ],
  };
  return writePackageArchive(
    new Map([
      ['solution.json', encode(manifest)],
      ['license.json', encode(license)],
    ]),
  );
}

describe('a new publisher goes from sign-in to a published, license-managed offer', () => {
  let page: Page;
  const modulePrefix = () => `${publisher.publisherId}_fieldops`;

  before(async () => {
    page = await browser.newVisitor();
  });

  test('signs in and sees every partner program prerequisite missing', async () => {
    await signIn(page, publisher.adminUpn, publisher.password);
    await page.getByRole('navigation', { name: 'Product areas' }).getByRole('link', { name: 'Partner Center' }).click();
    await page.getByRole('navigation', { name: 'Partner Center navigation' }).getByText('Partner program').click();
    await page.getByRole('heading', { name: 'Partner program', level: 1 }).waitFor();
    const prerequisites = page.getByRole('list', { name: 'Prerequisites' });
    await prerequisites.getByText('Partner ID: missing').waitFor();
    await prerequisites.getByText('Marketplace enrollment: missing').waitFor();
    await prerequisites.getByText('Partner program approval: missing').waitFor();
  });

  test('applies with a publisher ID, told inline about the ID rules', async () => {
    const form = page.getByRole('form', { name: 'Program application' });
    await form.getByLabel('Publisher ID').fill('Tailspin Apps');
    await form.getByText('Use only lowercase letters, digits, "-" and "_"').waitFor();
    await waitForValue(() => form.getByRole('button', { name: 'Apply' }).isDisabled(), true, 'Apply disabled');
    await form.getByLabel('Publisher ID').fill(publisher.publisherId);
    await form.getByLabel('Partner ID').fill(publisher.partnerId);
    await form.getByRole('checkbox', { name: /marketplace publisher agreement/ }).check();
    await screenshot(page, 'partner-01-program-application');
    await form.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('Your application is being reviewed').waitFor();
    await page.getByRole('list', { name: 'Prerequisites' }).getByText('Partner ID: met').waitFor();
    await page.getByRole('region', { name: 'Prerequisites' }).getByText('Pending review').waitFor();
  });

  test('the operator approves the application', async () => {
    const operator = await browser.newVisitor();
    await signIn(operator, 'admin@licensehub.local', OPERATOR_PASSWORD);
    await operator.getByRole('navigation', { name: 'Operator navigation' }).getByText('Partner program').click();
    const row = operator.getByRole('table', { name: 'Applications' }).getByRole('row', { name: /Tailspin Apps/ });
    await row.getByText(publisher.publisherId).waitFor();
    await screenshot(operator, 'partner-02-operator-applications');
    await row.getByRole('button', { name: 'Approve Tailspin Apps' }).click();
    await operator.getByRole('alertdialog', { name: 'Approve Tailspin Apps?' }).getByRole('button', { name: 'Approve' }).click();
    await operator.getByText('No applications are waiting').waitFor();
    await operator.context().close();

    await page.reload();
    await page.getByText('You can enable app license management').waitFor();
    await page.getByRole('list', { name: 'Prerequisites' }).getByText('Partner program approval: met').waitFor();
    await screenshot(page, 'partner-03-program-approved');
  });

  test('creates an offer, with the offer ID rules shown as it is typed', async () => {
    await page.getByRole('navigation', { name: 'Partner Center navigation' }).getByText('Offers').click();
    await page.getByText('No offers yet').waitFor();
    await page.getByRole('toolbar', { name: 'Offer actions' }).getByRole('button', { name: 'Create an offer' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create an offer' });
    await dialog.getByRole('textbox', { name: 'Offer key' }).fill('Field Ops');
    await dialog.getByText('Use only lowercase letters, digits, "-" and "_"').waitFor();
    await dialog.getByRole('textbox', { name: 'Offer key' }).fill('fieldops-for-very-large-enterprises-x');
    await dialog.getByText(/Publisher ID \+ offer key must be under 40 characters/).waitFor();
    await screenshot(page, 'partner-04-offer-id-rules');
    await dialog.getByRole('textbox', { name: 'Offer key' }).fill('fieldops');
    await dialog.getByText(`${publisher.publisherId}.fieldops.<planKey>`).waitFor();
    await dialog.getByLabel('Offer name').fill('Field Ops');
    await dialog.getByRole('button', { name: 'Create offer' }).click();
    await page.waitForURL('**/partner/offers/fieldops/setup');
    await page.getByRole('heading', { name: 'Field Ops', level: 1 }).waitFor();
  });

  test('enables license management; the freemium box exists only with it', async () => {
    assert.equal(await page.getByRole('checkbox', { name: /Allow customers to install my app/ }).count(), 0);
    await page.getByRole('checkbox', { name: 'Enable app license management through the platform' }).check();
    await page.getByRole('checkbox', { name: /Allow customers to install my app/ }).waitFor();
    await page.getByRole('button', { name: 'Save setup' }).click();
    await page.getByText('License management needs at least one plan').waitFor();
    await screenshot(page, 'partner-05-setup');
  });

  test('adds the Gold, Silver and Bronze plans, each with its Service ID to copy', async () => {
    await page.getByRole('tab', { name: 'Plans' }).click();
    for (const [planId, name] of [
      ['gold', 'Field Ops Gold'],
      ['silver', 'Field Ops Silver'],
      ['bronze', 'Field Ops Bronze'],
    ]) {
      await page.getByRole('button', { name: 'Add a plan' }).click();
      const dialog = page.getByRole('dialog', { name: 'Add a plan' });
      if (planId === 'gold') {
        await dialog.getByLabel('Plan key').fill('Gold Plan');
        await dialog.getByText('Use only lowercase letters, digits, "-" and "_"').waitFor();
      }
      await dialog.getByLabel('Plan key').fill(planId!);
      await dialog.getByLabel('Service ID').getByText(`${publisher.publisherId}.fieldops.${planId}`).waitFor();
      await dialog.getByLabel('Plan name').fill(name!);
      await dialog.getByLabel('Description').fill(`${name} licenses for field teams`);
      await dialog.getByRole('button', { name: 'Add plan' }).click();
      await dialog.waitFor({ state: 'detached' });
    }
    const plans = page.getByRole('table', { name: 'Plans' });
    const gold = plans.getByRole('row', { name: /Field Ops Gold/ });
    await gold.getByText(`${publisher.publisherId}.fieldops.gold`).waitFor();
    await gold.getByRole('button', { name: `Copy Service ID ${publisher.publisherId}.fieldops.gold` }).waitFor();
    await page.getByText('Plans (3)').waitFor();
    await screenshot(page, 'partner-06-plans');
  });

  test('a package with problems is refused, each problem listed with its file and place', async () => {
    await page.getByRole('tab', { name: 'Packages' }).click();
    await page.getByText('No package yet').waitFor();
    await page.getByLabel('Package file').setInputFiles({
      name: 'fieldops-broken.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(brokenPackage(publisher.publisherId, modulePrefix())),
    });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByText(/The package was refused: \d+ problems?/).waitFor();
    const problems = page.getByRole('table', { name: 'Upload problems' });
    await problems.getByText(`The AppModule with the given UniqueName ${modulePrefix()}_missing was not found`, { exact: false }).waitFor();
    await problems.getByText(/license\.json/).first().waitFor();
    await screenshot(page, 'partner-07-package-refused');
  });

  test('uploads the example package; it becomes the current version', async () => {
    await page.getByLabel('Package file').setInputFiles({
      name: 'fieldops-1.0.0.0.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(examplePackage({ publisherId: publisher.publisherId, offerKey: 'fieldops', modulePrefix: modulePrefix() })),
    });
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    const versions = page.getByRole('table', { name: 'Package versions' });
    await versions.getByRole('row', { name: /1\.0\.0\.0/ }).getByText('Current').waitFor();
    await page.getByText('Valid against the offer as it is now').waitFor();
    const modules = page.getByRole('table', { name: 'App modules' });
    await modules.getByRole('row', { name: /Field Ops Viewer/ }).getByText('No license needed').waitFor();
    await modules.getByRole('row', { name: /Field Ops Bronze/ }).getByText('Field Ops Silver').waitFor();
    await screenshot(page, 'partner-08-package-uploaded');
  });

  test('the publish checklist lists every missing part of the listing at once', async () => {
    await page.getByRole('tab', { name: 'Publish' }).click();
    const checklist = page.getByRole('list', { name: 'Publish checklist' });
    await checklist.getByText('Add a summary: the marketplace shows it under the name').waitFor();
    for (const message of ['Upload a logo (PNG or JPEG)', 'Pick at least one category', 'Add a support link', 'Add a privacy policy link', 'Add the app launch URL']) {
      await checklist.getByText(message).waitFor();
    }
    await checklist.getByRole('listitem', { name: 'Plans: ready' }).waitFor();
    await checklist.getByRole('listitem', { name: 'Solution package: ready' }).waitFor();
    await waitForValue(() => page.getByRole('button', { name: 'Publish' }).isDisabled(), true, 'Publish disabled');
    await screenshot(page, 'partner-09-publish-checklist');
  });

  test('completes the listing: a bad link is refused on its field, the logo is previewed before upload', async () => {
    await page.getByRole('link', { name: 'Fix in Listing' }).click();
    const form = page.getByRole('form', { name: 'Listing details' });
    await form.getByLabel('Summary').fill('Schedule, dispatch and track field technicians.');
    await form.getByLabel('Description').fill('Field Ops plans routes, dispatches work orders and keeps technicians and customers informed.');
    await form.getByRole('checkbox', { name: 'Field service' }).check();
    await form.getByRole('checkbox', { name: 'Operations and supply chain' }).check();
    await form.getByLabel('Support link').fill('support.tailspin.example');
    await form.getByLabel('Privacy policy link').fill('https://tailspin.example/privacy');
    await form.getByLabel('App launch URL').fill('https://apps.tailspin.example/fieldops');
    await form.getByRole('button', { name: 'Save listing' }).click();
    await form.getByText(/Must be an absolute http:\/\/ or https:\/\/ address/).waitFor();
    await form.getByLabel('Support link').fill('https://support.tailspin.example');
    await form.getByRole('button', { name: 'Save listing' }).click();
    await notification(page, 'Listing saved').waitFor();

    await page.getByLabel('Logo file').setInputFiles({ name: 'tailspin.png', mimeType: 'image/png', buffer: Buffer.from(solidPng(128)) });
    await page.getByRole('img', { name: 'Preview of the new logo' }).waitFor();
    await screenshot(page, 'partner-10-listing');
    await page.getByRole('button', { name: 'Upload logo' }).click();
    await page.getByRole('img', { name: 'Field Ops logo' }).first().waitFor();
  });

  test('publishes; the offer is live and can be stop-sold and resumed', async () => {
    await page.getByRole('tab', { name: 'Publish' }).click();
    await page.getByText('Ready to publish').waitFor();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByText(/Live since/).waitFor();
    await page.getByText('Customers get version 1.0.0.0').waitFor();
    await screenshot(page, 'partner-11-published');

    await page.getByRole('button', { name: 'Stop selling' }).click();
    await page.getByRole('alertdialog', { name: 'Stop selling Field Ops?' }).getByRole('button', { name: 'Stop selling' }).click();
    await page.getByText(/Stop-sold since/).waitFor();
    await page.getByRole('button', { name: 'Resume selling version 1.0.0.0' }).click();
    await page.getByText(/Live since/).waitFor();

    await page.getByRole('tab', { name: 'Setup' }).click();
    await waitForValue(() => page.getByRole('checkbox', { name: 'Enable app license management through the platform' }).isDisabled(), true, 'the license management box locked');
    await page.getByText("this setting can't be changed any more").waitFor();

    await page.getByRole('navigation', { name: 'Partner Center navigation' }).getByText('Offers').click();
    const row = page.getByRole('table', { name: 'Offers' }).getByRole('row', { name: /Field Ops/ });
    await row.getByText('Live').waitFor();
    await row.getByText('Managed licenses').waitFor();
    await screenshot(page, 'partner-12-offers');
  });
});
