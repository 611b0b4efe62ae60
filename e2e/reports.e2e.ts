import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { signInApi, type ApiClient } from './support/api.js';
import { screenshot, waitForCount, waitForValue, type TestBrowser } from './support/browser.js';
import { createPublisherTenant, enrollPublisher } from './support/partner.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/** The detailed report's columns, as publishers know them from the original License dashboard. */
const DETAILED_HEADER =
  'Customer Country,Customer Country Code,Customer Name,Activation Date,Product Display Name,Product ID,Licenses Provisioned,Licenses Assigned,SKU Name,Tenant ID,License State,Service ID';

interface Trend {
  current: number;
  previous: number;
  trend: number | null;
}
interface Report {
  range: { from: string; to: string };
  customers: Trend;
  provisioned: Trend;
  assigned: Trend;
  series: { period: string; provisioned: number; assigned: number; customers: number }[];
  byPlan: { planName: string; serviceId: string; provisioned: number; assigned: number }[];
  byCountry: { countryCode: string; countryName: string; provisioned: number; assigned: number; customers: number }[];
  byCustomer: { name: string; countryName: string; provisioned: number }[];
}
interface FilterOptions {
  offers: { offerId: string; offerKey: string; name: string }[];
  plans: { offerId: string; serviceId: string; name: string }[];
}
interface Usage {
  series: { period: string; purchased: number; assigned: number }[];
  inactiveUsers: { displayName: string; userPrincipalName: string; lastLaunchedAt: string | null }[];
}

let server: TestServer;
let browser: TestBrowser;
let fabrikam: ApiClient;

before(async () => {
  ({ server, browser } = await openDemoSite());
  fabrikam = await signInApi(server.url, 'admin@fabrikam.example');
});

after(() => closeDemoSite(server, browser));

const reportPath = (api: ApiClient, query = '') => `/api/v1/tenants/${api.tenantId}/partner/reports/licenses${query}`;

/** "1,234" → 1234. */
const numberIn = async (locator: Locator) => Number((await locator.innerText()).replace(/[^\d-]/g, ''));

/** Waits until the figure reads `expected`: the page answers filters asynchronously. */
async function waitForFigure(locator: Locator, expected: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let actual = await numberIn(locator);
  while (actual !== expected) {
    if (Date.now() > deadline) throw new Error(`Expected ${locator} to read ${expected} but it reads ${actual}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    actual = await numberIn(locator);
  }
}

/** Waits until the locator matches at least `minimum` elements. */
async function waitForAtLeast(locator: Locator, minimum: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let actual = await locator.count();
  while (actual < minimum) {
    if (Date.now() > deadline) throw new Error(`Expected at least ${minimum} matches of ${locator} but found ${actual}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    actual = await locator.count();
  }
  return actual;
}

/** Charts animate to new numbers for a moment; screenshots wait until they have settled. */
const settle = (page: Page) => page.waitForTimeout(800);

const csvOf = async (page: Page, link: Locator) => {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: download.suggestedFilename(), text: await readFile((await download.path())!, 'utf8') };
};

describe('Partner Center → Reports for the demo publisher', () => {
  let page: Page;
  let report: Report;

  before(async () => {
    page = await browser.newVisitor();
    // Tall enough for every widget in one screenshot (the page scrolls inside its main area).
    await page.setViewportSize({ width: 1440, height: 2300 });
    report = await fabrikam.get<Report>(reportPath(fabrikam));
    assert.ok(report.provisioned.current > 0, 'the demo publisher has provisioned licenses');
    assert.ok(report.byCountry.length > 1, `the demo publisher has customers in several countries (${report.byCountry.length})`);
  });

  test('Reports is in the navigation and shows the chart, the per-plan table and the map with the API’s numbers', async () => {
    await signIn(page, 'admin@fabrikam.example');
    await page.goto('/partner/account');
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await page.waitForURL('**/partner/reports');
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor();

    const chartCard = page.getByRole('region', { name: 'Licenses provisioned vs assigned' });
    await waitForFigure(chartCard.getByTestId('figure-Licenses provisioned'), report.provisioned.current);
    await waitForFigure(chartCard.getByTestId('figure-Licenses assigned'), report.assigned.current);
    await waitForFigure(page.getByRole('region', { name: 'Customers' }).getByTestId('figure-Customers'), report.customers.current);
    // The chart is drawn as SVG: bars for each period, and the legend's words.
    const chart = chartCard.locator('[data-chart="echarts"] svg');
    await chart.locator('text', { hasText: 'Licenses provisioned' }).first().waitFor();
    await chart.locator('text', { hasText: 'Licenses assigned' }).first().waitFor();
    await waitForAtLeast(chart.locator('path'), report.series.length);

    const plans = page.getByRole('table', { name: 'Licenses per offer and plan' });
    for (const plan of report.byPlan) {
      const row = plans.getByRole('row', { name: new RegExp(plan.serviceId.replace(/\./g, '\\.')) });
      await row.waitFor();
      const cells = row.getByRole('cell');
      assert.equal(await numberIn(cells.nth(2)), plan.provisioned, `${plan.planName} provisioned`);
      assert.equal(await numberIn(cells.nth(3)), plan.assigned, `${plan.planName} assigned`);
    }

    const countryCard = page.getByRole('region', { name: 'License distribution by country' });
    // Every country of the atlas is a path of the map; the countries with licenses are coloured by the scale.
    const regions = await waitForAtLeast(countryCard.locator('[data-chart="echarts"] svg path'), 150);
    assert.ok(regions >= 150, `the map drew ${regions} regions`);
    const countryRows = countryCard.getByRole('table', { name: 'Licenses by country' }).getByRole('row');
    await waitForCount(countryRows, report.byCountry.length + 1);

    await page.getByRole('table', { name: 'Licenses per customer' }).getByRole('row', { name: new RegExp(report.byCustomer[0]!.name) }).waitFor();
    await settle(page);
    await screenshot(page, 'reports-01-overview');

    // Hovering a country's row highlights it on the map and shows its numbers there.
    const first = report.byCountry[0]!;
    await countryCard.locator(`tr[data-country="${first.countryCode}"]`).hover();
    // ECharts puts its tooltip in the chart's element, beside the drawing.
    await countryCard.locator('[data-chart="echarts"] > div', { hasText: 'Assigned of provisioned' }).filter({ hasText: first.countryName }).waitFor();
    await settle(page);
    await countryCard.screenshot({ path: 'test-results/reports-02-map-hover.png' });
  });

  test('filtering by a country changes the numbers to that country’s, and the URL keeps the filter', async () => {
    const chartCard = page.getByRole('region', { name: 'Licenses provisioned vs assigned' });
    const country = report.byCountry.at(-1)!;
    const expected = await fabrikam.get<Report>(reportPath(fabrikam, `?country=${country.countryCode}`));
    assert.notEqual(expected.provisioned.current, report.provisioned.current, 'the chosen country has a part of the licenses, not all');
    assert.equal(expected.provisioned.current, country.provisioned);

    await page.getByRole('combobox', { name: 'Country or region' }).click();
    await page.getByRole('combobox', { name: 'Country or region' }).fill(country.countryName.slice(0, 4));
    await page.getByRole('option', { name: country.countryName }).click();
    await page.waitForURL((url) => url.searchParams.get('country') === country.countryCode);
    await waitForFigure(chartCard.getByTestId('figure-Licenses provisioned'), country.provisioned);
    await waitForFigure(chartCard.getByTestId('figure-Licenses assigned'), country.assigned);
    await waitForFigure(page.getByRole('region', { name: 'Customers' }).getByTestId('figure-Customers'), country.customers);
    const countryRows = page.getByRole('table', { name: 'Licenses by country' }).getByRole('row');
    await waitForCount(countryRows, 2);
    const customerRows = page.getByRole('table', { name: 'Licenses per customer' }).getByRole('row');
    await waitForCount(customerRows, expected.byCustomer.length + 1);
    for (const customer of expected.byCustomer) assert.equal(customer.countryName, country.countryName);
    await settle(page);
    await screenshot(page, 'reports-03-filtered-by-country');

    // The view is a link: opening it again shows the same filtered numbers.
    await page.reload();
    await waitForFigure(chartCard.getByTestId('figure-Licenses provisioned'), country.provisioned);
    await waitForValue(() => page.getByRole('combobox', { name: 'Country or region' }).inputValue(), country.countryName, 'the country filter');
  });

  test('the detailed CSV download has the documented columns and follows the filters', async () => {
    const country = report.byCountry.at(-1)!;
    const { name, text } = await csvOf(page, page.getByRole('link', { name: 'Download detailed report' }));
    assert.match(name, /\.csv$/);
    const [header, ...rows] = text.replace(/^\uFEFF/, '').trimEnd().split(/\r?\n/);
    assert.equal(header, DETAILED_HEADER);
    assert.ok(rows.length > 0, 'the detailed report has rows');
    for (const row of rows) assert.equal(row.split(',')[1], country.countryCode, `every row is from ${country.countryCode}: ${row}`);

    const perPlan = await csvOf(page, page.getByRole('link', { name: 'Download CSV: Analysis per offer and plan' }));
    assert.match(perPlan.text.split(/\r?\n/)[0]!, /Licenses Provisioned/);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('country'));
    await waitForFigure(page.getByRole('region', { name: 'Licenses provisioned vs assigned' }).getByTestId('figure-Licenses provisioned'), report.provisioned.current);
  });

  test('an offer narrows the plans; a custom range longer than 12 months is explained and not asked for', async () => {
    const { filterOptions } = await fabrikam.get<{ filterOptions: FilterOptions }>(reportPath(fabrikam));
    const offer = filterOptions.offers[0]!;
    const offerPlans = filterOptions.plans.filter((plan) => plan.offerId === offer.offerId);
    await page.getByRole('combobox', { name: 'Offer' }).click();
    await page.getByRole('option', { name: offer.name }).click();
    await page.waitForURL((url) => url.searchParams.get('offer') === offer.offerKey);
    await page.getByRole('combobox', { name: 'Plan' }).click();
    // "All plans" and the offer's own plans.
    await waitForCount(page.getByRole('listbox').getByRole('option'), offerPlans.length + 1);
    const plan = offerPlans.at(-1)!;
    await page.getByRole('option', { name: plan.name, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('plan') === plan.serviceId);
    const expected = await fabrikam.get<Report>(reportPath(fabrikam, `?offer=${offer.offerKey}&plan=${plan.serviceId}`));
    await waitForFigure(page.getByRole('region', { name: 'Licenses provisioned vs assigned' }).getByTestId('figure-Licenses provisioned'), expected.provisioned.current);
    await waitForCount(page.getByRole('table', { name: 'Licenses per offer and plan' }).getByRole('row'), expected.byPlan.length + 1);

    await page.getByRole('combobox', { name: 'Months' }).click();
    await page.getByRole('option', { name: 'Custom range' }).click();
    await page.waitForURL((url) => url.searchParams.get('range') === 'custom');
    const to = report.range.to;
    const fourteenBefore = shiftMonth(to, -13);
    await page.getByRole('combobox', { name: 'From' }).click();
    await page.getByRole('option', { name: monthLabel(fourteenBefore) }).click();
    await page.getByText('14 months is too long', { exact: false }).waitFor();
    await page.getByText('A custom range covers up to 12 months.').waitFor();
    await settle(page);
    await screenshot(page, 'reports-04-custom-range-too-long');
    await page.getByRole('combobox', { name: 'From' }).click();
    await page.getByRole('option', { name: monthLabel(shiftMonth(to, -2)) }).click();
    await page.getByRole('status').getByText(`${monthLabel(shiftMonth(to, -2))} – ${monthLabel(to)}, by month`).waitFor();
    await waitForAtLeast(page.getByRole('region', { name: 'Licenses provisioned vs assigned' }).locator('svg text', { hasText: monthLabel(to) }), 1);
  });

  test('a problem with the request is shown on the page', async () => {
    await page.goto('/partner/reports?offer=no-such-offer');
    const problem = page.getByText('no-such-offer is not one of your offers', { exact: false });
    await problem.waitFor();
    await page.getByText("Couldn't load the report").waitFor();
  });
});

function shiftMonth(month: string, count: number): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));

describe('a publisher with no licenses yet', () => {
  test('sees that nothing was provisioned in this period', async () => {
    const publisher = await createPublisherTenant(server.url, 'Fourth Coffee Apps');
    await enrollPublisher(server.url, publisher);
    const page = await browser.newVisitor();
    await signIn(page, publisher.adminUpn, publisher.password);
    await page.goto('/partner/reports');
    await page.getByRole('heading', { name: 'No licenses provisioned in this period' }).waitFor();
    await screenshot(page, 'reports-05-empty');
  });
});

describe('Admin Center → a product’s usage', () => {
  /** Opens the product's page in the Admin Center and checks its usage section against the API. */
  async function checkUsage(page: Page, api: ApiClient, product: { planId: string; name: string }) {
    const usage = await api.get<Usage>(`/api/v1/tenants/${api.tenantId}/licenses/${product.planId}/usage?months=6`);
    await page.goto('/admin/licenses');
    await page.getByRole('link', { name: product.name }).first().click();
    const section = page.getByRole('region', { name: 'Usage' });
    await section.waitFor();
    const chart = section.locator('[data-chart="echarts"] svg');
    await chart.locator('text', { hasText: 'Purchased' }).first().waitFor();
    await chart.locator('text', { hasText: 'Assigned' }).first().waitFor();
    const now = usage.series.at(-1)!;
    await section.getByText(`Now ${now.assigned} of ${now.purchased} assigned.`).waitFor();
    await section.getByRole('heading', { name: `Not opened in 30 days (${usage.inactiveUsers.length})` }).waitFor();
    if (usage.inactiveUsers.length > 0) {
      const rows = section.getByRole('table', { name: "Users who haven't opened the app" }).getByRole('row');
      await waitForCount(rows, usage.inactiveUsers.length + 1);
      for (const user of usage.inactiveUsers) {
        const row = rows.filter({ hasText: user.userPrincipalName });
        await row.getByRole('link', { name: user.displayName }).waitFor();
        if (!user.lastLaunchedAt) await row.getByText('Never').waitFor();
      }
    } else {
      await section.getByText('opened the app in that time', { exact: false }).waitFor();
    }
    // Twelve months: the axis starts eleven months before the current one.
    await section.getByRole('tab', { name: '12 months' }).click();
    const first = shiftMonth(now.period, -11);
    const label = new Intl.DateTimeFormat('en-US', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${first}-01T00:00:00Z`));
    await chart.locator('text', { hasText: label }).first().waitFor();
    return usage;
  }

  const productsOf = async (api: ApiClient) =>
    (await api.get<{ items: { planId: string; name: string }[] }>(`/api/v1/tenants/${api.tenantId}/licenses`)).items;

  test('Contoso’s Global admin sees assigned vs purchased over time on a product page', async () => {
    const contoso = await signInApi(server.url, 'admin@contoso.example');
    const products = await productsOf(contoso);
    const product = products.find((item) => item.name.includes('Gold')) ?? products[0]!;
    const page = await browser.newVisitor();
    await page.setViewportSize({ width: 1440, height: 1200 });
    await signIn(page, 'admin@contoso.example');
    await checkUsage(page, contoso, product);
    await settle(page);
    await screenshot(page, 'reports-06-admin-usage');
  });

  test('a customer with a year of history sees the users who hold a seat but never opened the app', async () => {
    // A customer of the demo's backdated history (src/demo/demoHistory.ts): seats held for months, no launches.
    const margies = await signInApi(server.url, 'admin@margiestravel.example');
    const withInactive: { planId: string; name: string }[] = [];
    for (const product of await productsOf(margies)) {
      const usage = await margies.get<Usage>(`/api/v1/tenants/${margies.tenantId}/licenses/${product.planId}/usage`);
      if (usage.inactiveUsers.length > 0) withInactive.push(product);
    }
    assert.ok(withInactive.length > 0, 'the demo history leaves seats nobody has used for 30 days');
    const page = await browser.newVisitor();
    await page.setViewportSize({ width: 1440, height: 1200 });
    await signIn(page, 'admin@margiestravel.example');
    const usage = await checkUsage(page, margies, withInactive[0]!);
    assert.ok(usage.inactiveUsers.length > 0);
    await settle(page);
    await screenshot(page, 'reports-07-admin-usage-inactive');
  });
});
