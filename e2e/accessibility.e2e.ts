import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { signInApi } from './support/api.js';
import { assertAccessible } from './support/axe.js';
import { screenshot, type TestBrowser } from './support/browser.js';
import { OPERATOR_PASSWORD, type TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { DEMO_PASSWORD, signIn } from './support/session.js';

/**
 * axe-core on the main page states of every face — sign-in, marketplace, My apps, launch, Admin Center,
 * Partner Center, operator — at desktop and phone widths: no serious or critical WCAG 2.2 AA violation.
 */
let server: TestServer;
let browser: TestBrowser;
let contosoId: string;
/** A new Contoso employee holding no license: My apps shows both kinds of tiles and Ask for a license. */
const NEWCOMER = 'kim.newhire@contoso.example';

before(async () => {
  ({ server, browser } = await openDemoSite());
  const admin = await signInApi(server.url, 'admin@contoso.example');
  contosoId = admin.tenantId;
  await admin.post(`/api/v1/tenants/${contosoId}/users`, { userPrincipalName: NEWCOMER, displayName: 'Kim Newhire', usageLocation: 'US', password: DEMO_PASSWORD });
});

after(() => closeDemoSite(server, browser));

interface State {
  name: string;
  path: () => string;
  /** What shows once the state is ready. */
  ready: (page: Page) => Promise<unknown>;
  /** Brings the page into the state (a dialog, a drawer) after it loaded. */
  then?: (page: Page) => Promise<unknown>;
}

const heading = (name: string | RegExp) => (page: Page) => page.getByRole('heading', { name, level: 1 }).waitFor();

const FACES: { face: string; user: string | null; password?: string; states: State[] }[] = [
  {
    face: 'sign-in and marketplace (signed out)',
    user: null,
    states: [
      { name: 'sign-in', path: () => '/signin', ready: heading('Sign in') },
      { name: 'marketplace', path: () => '/marketplace', ready: (page) => page.getByRole('list', { name: 'Apps' }).getByRole('article').first().waitFor() },
      {
        name: 'marketplace listing',
        path: () => '/marketplace',
        ready: (page) => page.getByRole('list', { name: 'Apps' }).getByRole('article').first().waitFor(),
        then: async (page) => {
          await page.getByRole('list', { name: 'Apps' }).getByRole('article').first().getByRole('link').first().click();
          await page.getByRole('button', { name: /Contact me/ }).first().waitFor();
        },
      },
    ],
  },
  {
    face: 'My apps and launch (a user without admin roles)',
    user: NEWCOMER,
    states: [
      { name: 'My apps', path: () => '/apps', ready: (page) => page.getByRole('list', { name: 'Apps you can open' }).waitFor() },
      {
        name: 'Ask for a license dialog',
        path: () => '/apps',
        ready: (page) => page.getByRole('list', { name: 'Apps you need a license for' }).waitFor(),
        then: (page) => page.getByRole('button', { name: /^Ask for a license for / }).first().click().then(() => page.getByRole('dialog').waitFor()),
      },
      { name: 'launch: license needed', path: () => `/launch/${contosoId}/nw_timesheets_payroll`, ready: (page) => page.locator('[aria-label="License check"]').waitFor() },
    ],
  },
  {
    face: 'Admin Center',
    user: 'admin@contoso.example',
    states: [
      { name: 'home', path: () => '/admin', ready: heading('Contoso Ltd') },
      { name: 'users', path: () => '/admin/users', ready: (page) => page.getByRole('row', { name: /Alex Wilber/ }).waitFor() },
      {
        name: 'add a user dialog',
        path: () => '/admin/users',
        ready: heading('Users'),
        then: (page) => page.getByRole('button', { name: 'Add a user' }).click().then(() => page.getByRole('dialog', { name: 'Add a user' }).waitFor()),
      },
      { name: 'groups', path: () => '/admin/groups', ready: (page) => page.getByRole('row', { name: /Sales/ }).waitFor() },
      { name: 'licenses', path: () => '/admin/licenses', ready: (page) => page.getByRole('table', { name: 'Products' }).waitFor() },
      { name: 'environments', path: () => '/admin/environments', ready: heading('Environments') },
      { name: 'license requests', path: () => '/admin/license-requests', ready: heading('License requests') },
      { name: 'audit log', path: () => '/admin/audit', ready: heading('Audit log') },
    ],
  },
  {
    face: 'Partner Center',
    user: 'admin@fabrikam.example',
    states: [
      { name: 'home', path: () => '/partner', ready: (page) => page.getByRole('list', { name: 'Offers and their state' }).waitFor() },
      { name: 'offers', path: () => '/partner/offers', ready: heading('Offers') },
      { name: 'customers', path: () => '/partner/customers', ready: heading('Customers') },
      { name: 'deals', path: () => '/partner/deals', ready: heading('Deals') },
      { name: 'leads', path: () => '/partner/leads', ready: heading('Leads') },
    ],
  },
  {
    face: 'Operator console',
    user: 'admin@licensehub.local',
    password: OPERATOR_PASSWORD,
    states: [
      { name: 'tenants', path: () => '/operator/tenants', ready: (page) => page.getByRole('row', { name: /Contoso/ }).first().waitFor() },
      { name: 'partner program', path: () => '/operator/program', ready: heading('Partner program') },
    ],
  },
];

for (const width of [1440, 390]) {
  for (const { face, user, password, states } of FACES) {
    describe(`${face} at ${width} px`, () => {
      let page: Page;
      before(async () => {
        page = await browser.newVisitor();
        await page.setViewportSize({ width, height: 900 });
        if (user) await signIn(page, user, password);
      });

      for (const state of states) {
        test(`${state.name}: no serious or critical axe-core violation`, async () => {
          await page.goto(state.path());
          await state.ready(page);
          await state.then?.(page);
          await assertAccessible(page, `${face} → ${state.name} at ${width} px`);
        });
      }

      // Signed out, the first state is the sign-in page, which has no top bar.
      if (width === 390 && user) {
        test('the navigation drawer: no serious or critical axe-core violation', async () => {
          await page.goto(states[0]!.path());
          await states[0]!.ready(page);
          await page.getByRole('button', { name: 'Open navigation' }).click();
          await page.getByRole('dialog', { name: 'Navigation' }).getByText('Product areas').waitFor();
          await assertAccessible(page, `${face} → navigation drawer at ${width} px`);
          await screenshot(page, `a11y-${face.split(' ')[0]!.toLowerCase()}-drawer-390`);
        });
      }
    });
  }
}
