import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type TestBrowser } from './support/browser.js';
import { overflowOf } from './support/layout.js';
import { OPERATOR_PASSWORD, type TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/**
 * Every page of every face, on the demo data, from the smallest phone we support (360 px) up to a
 * small laptop with the navigation beside the page (1024 px): the page never scrolls sideways and
 * nothing on it (or in an open dialog or drawer) reaches out of the box that holds it.
 */
const WIDTHS = [360, 390, 640, 768, 1024];

let server: TestServer;
let browser: TestBrowser;

before(async () => ({ server, browser } = await openDemoSite()));
after(() => closeDemoSite(server, browser));

interface PageState {
  name: string;
  path: string;
  /** Brings the page into the state (follows a link, opens a tab or a dialog) once its heading shows. */
  then?: (page: Page) => Promise<unknown>;
}

const follow = (link: string | RegExp) => (page: Page) => page.locator('main').getByRole('link', { name: link }).first().click();
const tab = (name: string | RegExp) => (page: Page) => page.locator('main').getByRole('tab', { name }).click();

const FACES: { who: string; user: string | null; password?: string; states: PageState[] }[] = [
  {
    who: 'signed out',
    user: null,
    states: [
      { name: 'marketplace', path: '/marketplace' },
      { name: 'listing', path: '/marketplace/offers/fabrikam.fieldops' },
      {
        name: 'listing: Contact me dialog',
        path: '/marketplace/offers/fabrikam.fieldops',
        then: (page) => page.getByRole('button', { name: /Contact me/ }).first().click().then(() => page.getByRole('dialog').waitFor()),
      },
    ],
  },
  { who: 'customer user', user: 'alex.wilber@contoso.example', states: [{ name: 'my apps', path: '/apps' }] },
  {
    who: 'customer admin',
    user: 'admin@contoso.example',
    states: [
      { name: 'home', path: '/admin' },
      { name: 'users', path: '/admin/users' },
      { name: 'user panel', path: '/admin/users', then: follow('Alex Wilber') },
      { name: 'import users', path: '/admin/users/import' },
      { name: 'groups', path: '/admin/groups' },
      { name: 'group', path: '/admin/groups', then: follow('All Staff') },
      { name: 'licenses', path: '/admin/licenses' },
      { name: 'product', path: '/admin/licenses', then: follow('Field Ops Gold') },
      { name: 'product: seats', path: '/admin/licenses', then: (page) => follow('Field Ops Gold')(page).then(() => tab(/Users with this license/)(page)) },
      { name: 'product: installed in', path: '/admin/licenses', then: (page) => follow('Field Ops Gold')(page).then(() => tab(/Installed in/)(page)) },
      { name: 'environments', path: '/admin/environments' },
      { name: 'license requests', path: '/admin/license-requests' },
      { name: 'relationships', path: '/admin/relationships' },
      { name: 'identity', path: '/admin/identity' },
      { name: 'audit log', path: '/admin/audit' },
      { name: 'API tokens', path: '/account/api-tokens' },
      { name: 'security', path: '/account/security' },
      { name: 'notifications', path: '/account/notifications' },
      { name: 'marketplace', path: '/marketplace' },
    ],
  },
  {
    who: 'publisher admin',
    user: 'admin@fabrikam.example',
    states: [
      { name: 'home', path: '/partner' },
      { name: 'account', path: '/partner/account' },
      { name: 'program', path: '/partner/program' },
      { name: 'offers', path: '/partner/offers' },
      ...['setup', 'plans', 'listing', 'packages', 'publish'].map((step) => ({ name: `offer: ${step}`, path: `/partner/offers/fieldops/${step}` })),
      { name: 'listing preview', path: '/partner/offers/fieldops/preview' },
      { name: 'leads', path: '/partner/leads' },
      { name: 'lead panel', path: '/partner/leads', then: (page) => page.locator('main table tbody tr a').first().click().then(() => page.getByRole('dialog', { name: 'Lead details' }).getByRole('table').waitFor()) },
      { name: 'customers', path: '/partner/customers' },
      { name: 'webhooks', path: '/partner/webhooks' },
      { name: 'deals', path: '/partner/deals' },
      { name: 'deal', path: '/partner/deals', then: (page) => page.locator('main table tbody tr a').first().click() },
      { name: 'register a deal', path: '/partner/deals/new' },
      { name: 'reports', path: '/partner/reports' },
    ],
  },
  {
    who: 'operator',
    user: 'admin@licensehub.local',
    password: OPERATOR_PASSWORD,
    states: [
      { name: 'tenants', path: '/operator/tenants' },
      { name: 'tenant', path: '/operator/tenants', then: follow(/^Contoso/) },
      { name: 'partner program', path: '/operator/program' },
    ],
  },
];

/** Waits until the page has loaded what it shows: no request in flight, no spinner left. */
async function settle(page: Page) {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.locator('main .fui-Spinner, [role="dialog"] .fui-Spinner').first().waitFor({ state: 'detached', timeout: 30_000 }).catch(() => undefined);
  await page.waitForFunction(() => document.querySelectorAll('main .fui-Spinner, [role="dialog"] .fui-Spinner').length === 0, undefined, { timeout: 30_000 });
}

for (const { who, user, password, states } of FACES) {
  describe(`every page fits from 360 px up: ${who}`, () => {
    let page: Page;
    before(async () => {
      page = await browser.newVisitor();
      if (user) await signIn(page, user, password);
    });

    for (const state of states) {
      test(state.name, async () => {
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.goto(state.path);
        await settle(page);
        if (state.then) {
          await state.then(page);
          await settle(page);
        }
        const found: string[] = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          // Layout follows the new width at once; the shell's navigation, the data tables' fit and Fluent's message
          // bars follow a frame or a resize observer later: what still sticks out after a second does for good.
          let overflow = await overflowOf(page);
          for (let wait = 0; wait < 5 && (overflow.pageScrolls || overflow.offenders.length > 0); wait++) {
            await page.waitForTimeout(200);
            overflow = await overflowOf(page);
          }
          if (overflow.pageScrolls) found.push(`${width} px: the page scrolls sideways`);
          found.push(...overflow.offenders.map((offender) => `${width} px: ${offender}`));
        }
        assert.deepEqual(found, [], `${who} → ${state.name}`);
      });
    }
  });
}
