import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signInApi } from './support/api.js';
import { seriousViolations } from './support/axe.js';
import { screenshot, waitForAnimations, waitForValue, type TestBrowser } from './support/browser.js';
import { overflowOf, tableLayoutsOf } from './support/layout.js';
import { OPERATOR_PASSWORD, type TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { DEMO_PASSWORD, signIn } from './support/session.js';

/**
 * Every main list page at 360 px (the smallest phone we support): no sideways scrolling, and each
 * data table shows its rows as cards, every cell under its column's name. At 1440 px the same
 * tables stay tables, with column headers for screen readers. axe-core is clean at both widths.
 */
let server: TestServer;
let browser: TestBrowser;

before(async () => {
  ({ server, browser } = await openDemoSite());
  // One pending license request from a new employee, so the requests list has a row.
  const admin = await signInApi(server.url, 'admin@contoso.example');
  const upn = 'robin.phone@contoso.example';
  await admin.post(`/api/v1/tenants/${admin.tenantId}/users`, { userPrincipalName: upn, displayName: 'Robin Phone', usageLocation: 'US', password: DEMO_PASSWORD });
  const asker = await signInApi(server.url, upn);
  await asker.post(`/api/v1/tenants/${asker.tenantId}/license-requests`, { appModule: 'nw_timesheets_payroll', message: 'For the month-end export.' });
});

after(() => closeDemoSite(server, browser));

/** How the page's data tables are laid out now, and whether the page or anything in it reaches out of its frame. */
async function layoutOf(page: Page, scope = 'main') {
  const [tables, overflow] = await Promise.all([tableLayoutsOf(page, scope), overflowOf(page)]);
  return { tables, overflow };
}

/** Every table in `scope` with rows shows them as cards, each cell under its column's name; nothing sticks out. */
async function assertListed(page: Page, what: string, scope = 'main') {
  const { tables, overflow } = await layoutOf(page, scope);
  assert.equal(overflow.pageScrolls, false, `${what}: the page does not scroll sideways`);
  assert.deepEqual(overflow.offenders, [], `${what}: nothing reaches out of its frame`);
  assert.ok(tables.length > 0, `${what}: a table with rows`);
  for (const table of tables) {
    assert.equal(table.display, 'block', `${what} → ${table.name}: laid out as a list`);
    assert.equal(table.headerShown, false, `${what} → ${table.name}: the header row gives way to labels`);
    assert.equal(table.unlabelledCells, 0, `${what} → ${table.name}: every cell is labelled with its column`);
    assert.ok(table.firstLabel, `${what} → ${table.name}: the first cell has its column name`);
    assert.equal(table.firstLabelShown, `"${table.firstLabel}"`, `${what} → ${table.name}: and shows it`);
  }
  return tables;
}

const PAGES: { name: string; who: 'customer' | 'publisher' | 'operator'; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { name: 'users', who: 'customer', path: '/admin/users', ready: (p) => p.getByRole('heading', { name: 'Users', level: 1 }).waitFor() },
  { name: 'groups', who: 'customer', path: '/admin/groups', ready: (p) => p.getByRole('heading', { name: 'Groups', level: 1 }).waitFor() },
  { name: 'licenses', who: 'customer', path: '/admin/licenses', ready: (p) => p.getByRole('heading', { name: 'Licenses', level: 1 }).waitFor() },
  { name: 'license-requests', who: 'customer', path: '/admin/license-requests', ready: (p) => p.getByRole('heading', { name: 'License requests', level: 1 }).waitFor() },
  { name: 'audit', who: 'customer', path: '/admin/audit', ready: (p) => p.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor() },
  { name: 'deals', who: 'publisher', path: '/partner/deals', ready: (p) => p.getByRole('heading', { name: 'Deals', level: 1 }).waitFor() },
  { name: 'customers', who: 'publisher', path: '/partner/customers', ready: (p) => p.getByRole('heading', { name: 'Customers', level: 1 }).waitFor() },
  { name: 'reports', who: 'publisher', path: '/partner/reports', ready: (p) => p.getByRole('heading', { name: 'Reports', level: 1 }).waitFor() },
  { name: 'tenants', who: 'operator', path: '/operator/tenants', ready: (p) => p.getByRole('heading', { name: 'Tenants', level: 1 }).waitFor() },
];

describe('data tables become lists on phones, with no sideways scrolling', () => {
  const pages = new Map<string, Page>();

  before(async () => {
    const signIns: [string, string, string?][] = [
      ['customer', 'admin@contoso.example'],
      ['publisher', 'admin@fabrikam.example'],
      ['operator', 'admin@licensehub.local', OPERATOR_PASSWORD],
    ];
    for (const [who, upn, password] of signIns) {
      const page = await browser.newVisitor();
      await signIn(page, upn, password);
      await page.setViewportSize({ width: 360, height: 780 });
      pages.set(who, page);
    }
  });

  for (const target of PAGES) {
    test(`${target.name} at 360 px`, async () => {
      const page = pages.get(target.who)!;
      await page.goto(target.path);
      await target.ready(page);
      // Reports compute their figures from the license ledger: the slowest page to fill.
      await page.locator('main table tbody tr').first().waitFor({ timeout: 30_000 });
      await assertListed(page, `${target.name} at 360`);
      await screenshot(page, `responsive-${target.name}-360`);
      assert.deepEqual(await seriousViolations(page), [], `${target.name} at 360: axe-core`);
    });
  }

  test('at desktop width the same tables stay tables, with column headers for screen readers', async () => {
    const page = pages.get('customer')!;
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/admin/licenses');
    await page.locator('main table tbody tr').first().waitFor();
    const { tables } = await layoutOf(page);
    assert.deepEqual(tables.map((t) => [t.display, t.headerShown]), [['table', true]]);
    const table = page.getByRole('table', { name: 'Products' });
    assert.deepEqual(await table.getByRole('columnheader').allTextContents(), ['Product', 'State', 'Purchased', 'Assigned', 'Available', 'Usage']);
    assert.deepEqual(await seriousViolations(page), [], 'licenses at 1440: axe-core');
    await screenshot(page, 'responsive-licenses-1440');
  });
});

/** A new-hires file with one row that passes and one that does not, so the check shows both tables. */
const NEW_HIRES_CSV = [
  'User principal name,Display name,Usage location',
  'casey.phone@contoso.example,Casey Phone,US',
  'drew.phone@fabrikam.example,Drew Phone,XX',
].join('\n');

describe('tables outside the main lists follow the same pattern on phones', () => {
  let customer: Page;
  let publisher: Page;

  before(async () => {
    customer = await browser.newVisitor();
    await signIn(customer, 'admin@contoso.example');
    publisher = await browser.newVisitor();
    await signIn(publisher, 'admin@fabrikam.example');
  });

  /** The page at 390 px (a phone) and at 1440 px (a desktop), each as a screenshot, with axe-core clean at both. */
  async function atBothWidths(page: Page, name: string, phone: () => Promise<unknown>, desktop: () => Promise<unknown>) {
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForAnimations(page);
    await phone();
    await screenshot(page, `responsive-${name}-390`);
    assert.deepEqual(await seriousViolations(page), [], `${name} at 390: axe-core`);
    await page.setViewportSize({ width: 1440, height: 900 });
    await waitForAnimations(page);
    await desktop();
    await screenshot(page, `responsive-${name}-1440`);
    assert.deepEqual(await seriousViolations(page), [], `${name} at 1440: axe-core`);
  }

  test('the user import page: the column guide and the check’s results', async () => {
    const page = customer;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/admin/users/import');
    await page.getByRole('heading', { name: 'Import users', level: 1 }).waitFor();
    await page.getByLabel('CSV file').setInputFiles({ name: 'new-hires.csv', mimeType: 'text/csv', buffer: Buffer.from(NEW_HIRES_CSV) });
    await page.getByRole('button', { name: 'Check file' }).click();
    await page.getByRole('table', { name: 'Users to create' }).waitFor();
    await atBothWidths(
      page,
      'user-import',
      async () => {
        const tables = await assertListed(page, 'user import at 390');
        assert.deepEqual(tables.map((t) => t.name), ['CSV columns', 'Rows with problems', 'Users to create']);
        await page.getByRole('table', { name: 'Rows with problems' }).scrollIntoViewIfNeeded();
      },
      async () => {
        const { tables, overflow } = await layoutOf(page);
        assert.deepEqual(tables.map((t) => [t.name, t.display, t.headerShown]), [
          ['CSV columns', 'table', true],
          ['Rows with problems', 'table', true],
          ['Users to create', 'table', true],
        ]);
        assert.deepEqual(overflow.offenders, [], 'user import at 1440: nothing reaches out of its frame');
      },
    );
  });

  test('a table in a drawer: a lead’s delivery attempts', async () => {
    const page = publisher;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/partner/leads');
    // The demo's Inspections leads go to a webhook that does not resolve: their delivery is retried.
    await page.locator('main tbody tr', { hasText: 'Retrying' }).first().getByRole('link').first().click();
    const drawer = page.getByRole('dialog', { name: 'Lead details' });
    await drawer.getByRole('table', { name: 'Delivery attempts' }).waitFor({ timeout: 30_000 });
    await atBothWidths(
      page,
      'lead-deliveries',
      async () => {
        await assertListed(page, 'lead drawer at 390', '[role="dialog"]');
        await drawer.getByRole('table', { name: 'Delivery attempts' }).scrollIntoViewIfNeeded();
      },
      async () => {
        const { tables, overflow } = await layoutOf(page, '[role="dialog"]');
        assert.deepEqual(tables.map((t) => [t.name, t.display, t.headerShown]), [['Delivery attempts', 'table', true]]);
        assert.deepEqual(overflow.offenders, [], 'lead drawer at 1440: nothing reaches out of its frame');
      },
    );
  });

  test('the group page’s Members: a list on phones, a table only where it fits', async () => {
    const page = customer;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/admin/groups');
    await page.locator('main').getByRole('link', { name: 'All Staff' }).click();
    await page.getByRole('table', { name: 'Members' }).locator('tbody tr').first().waitFor();
    await atBothWidths(
      page,
      'group-members',
      () => assertListed(page, 'group at 390'),
      async () => {
        const { tables, overflow } = await layoutOf(page);
        assert.deepEqual(tables.filter((t) => t.name === 'Members').map((t) => [t.display, t.headerShown]), [['table', true]]);
        assert.deepEqual(overflow.offenders, [], 'group at 1440: nothing reaches out of its frame');
      },
    );
    // Just above the phone layout (a small tablet), six columns do not fit beside one another: still cards, not a table cut off.
    await page.setViewportSize({ width: 640, height: 900 });
    const members = async () => (await layoutOf(page)).tables.filter((t) => t.name === 'Members').map((t) => t.display);
    await waitForValue(members, ['block'], 'the Members table at 640 px');
    const { overflow } = await layoutOf(page);
    assert.deepEqual(overflow.offenders, [], 'group at 640: nothing reaches out of its frame');
    await screenshot(page, 'responsive-group-members-640');
  });

  test('the users list beside the navigation (1024 px) is a list; with room for all its columns (1440 px), a table', async () => {
    const page = customer;
    await page.setViewportSize({ width: 1024, height: 800 });
    await page.goto('/admin/users');
    await page.getByRole('table', { name: 'Users' }).locator('tbody tr').first().waitFor();
    await waitForValue(async () => (await layoutOf(page)).tables.map((t) => t.display), ['block'], 'the Users table at 1024 px');
    await assertListed(page, 'users at 1024');
    await screenshot(page, 'responsive-users-1024');
    await page.setViewportSize({ width: 1440, height: 900 });
    await waitForValue(async () => (await layoutOf(page)).tables.map((t) => [t.display, t.headerShown]), [['table', true]], 'the Users table at 1440 px');
    assert.deepEqual((await layoutOf(page)).overflow.offenders, [], 'users at 1440: nothing reaches out of its frame');
  });
});
