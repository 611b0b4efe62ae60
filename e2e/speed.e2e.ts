import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signInApi } from './support/api.js';
import { type TestBrowser } from './support/browser.js';
import type { TestServer } from './support/server.js';
import { closeDemoSite, openDemoSite } from './support/demoSite.js';
import { signIn } from './support/session.js';

/**
 * The early script (web/src/boot/early.ts) starts the session, the face's code and each page's
 * first data before the app bundle runs. For each address web/src/boot/routeData.ts lists, a cold
 * visit sends each API request once: the app took the early answer instead of asking again
 * (a request that drifted from the page's would show up twice). Timings are measured by
 * bench/webPages.ts, not here.
 */
let server: TestServer;
let browser: TestBrowser;

before(async () => ({ server, browser } = await openDemoSite()));
after(() => closeDemoSite(server, browser));

async function apiRequestsOf(userPrincipalName: string, path: string, ready: string) {
  const page = await browser.newVisitor();
  await signIn(page, userPrincipalName);
  const sent: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) sent.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  await page.goto(path);
  await page.getByRole('heading', { name: ready, level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  await page.close();
  return sent;
}

describe('early requests', () => {
  const cases: [string, string, string, RegExp[]][] = [
    ['admin@contoso.example', '/admin/users', 'Users', [/\/users\?limit=25&offset=0$/]],
    ['admin@contoso.example', '/admin/audit', 'Audit log', [/\/audit\?limit=50&offset=0$/]],
    ['admin@contoso.example', '/admin/licenses', 'Licenses', [/\/licenses$/]],
    ['admin@fabrikam.example', '/partner/deals', 'Deals', [/\/partner\/deals\?limit=25&offset=0$/]],
    ['admin@fabrikam.example', '/partner/reports', 'Reports', [/\/partner\/reports\/licenses$/]],
  ];
  for (const [who, path, heading, expected] of cases) {
    test(`${path}: the session and the page's first data are each sent once`, async () => {
      const sent = await apiRequestsOf(who, path, heading);
      const counts = new Map<string, number>();
      for (const request of sent) counts.set(request, (counts.get(request) ?? 0) + 1);
      assert.equal(counts.get('GET /api/v1/auth/session'), 1, `the session once: ${sent.join(', ')}`);
      for (const pattern of expected) {
        const matching = sent.filter((request) => pattern.test(request));
        assert.equal(matching.length, 1, `${pattern} once: ${sent.join(', ')}`);
      }
      // The notification bell may load again when the shell re-renders it; everything else once.
      const twice = [...counts].filter(([request, n]) => n > 1 && !request.includes('/me/notifications')).map(([request]) => request);
      assert.deepEqual(twice, [], 'no request sent twice');
    });
  }

  test("a product's page asks for its usage and seat sections before the product has answered, each once", async () => {
    const contoso = await signInApi(server.url, 'admin@contoso.example');
    const products = await contoso.get<{ items: { planId: string; name: string }[] }>(`/api/v1/tenants/${contoso.tenantId}/licenses`);
    const gold = products.items.find((p) => p.name.endsWith('Field Ops Gold'))!;
    const page = await browser.newVisitor();
    await signIn(page, 'admin@contoso.example');
    const product = `/api/v1/tenants/${contoso.tenantId}/licenses/${gold.planId}`;
    const sections = [`${product}/usage?months=6`, `${product}/policy`, `${product}/waiting`, `${product}/activity`, `${product}/reclamations`, `/api/v1/tenants/${contoso.tenantId}/groups?limit=100&offset=0`];
    const sentAt = new Map<string, number[]>();
    let productAnsweredAt = Infinity;
    page.on('request', (request) => {
      const url = new URL(request.url());
      const key = `${url.pathname}${url.search}`;
      sentAt.set(key, [...(sentAt.get(key) ?? []), performance.now()]);
    });
    page.on('requestfinished', (request) => {
      if (new URL(request.url()).pathname === product) productAnsweredAt = Math.min(productAnsweredAt, performance.now());
    });
    await page.goto(`/admin/licenses/${gold.planId}`);
    await page.getByRole('heading', { name: gold.name, level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Seat settings' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.close();
    for (const request of [product, ...sections]) assert.equal(sentAt.get(request)?.length, 1, `${request} once: ${[...sentAt.keys()].join(', ')}`);
    // Without the early requests the sections would only ask once the product had answered and rendered them.
    for (const request of sections) assert.ok(sentAt.get(request)![0]! < productAnsweredAt, `${request} was sent before the product answered`);
  });

  test('the home page of Partner Center reads the summary, not the report', async () => {
    const sent = await apiRequestsOf('admin@fabrikam.example', '/partner', 'Fabrikam Software');
    assert.ok(sent.some((request) => request.endsWith('/partner/reports/summary')), sent.join(', '));
    assert.ok(!sent.some((request) => request.includes('/partner/reports/licenses')), 'not the full report');
    const fabrikam = await signInApi(server.url, 'admin@fabrikam.example');
    const summary = await fabrikam.get<{ provisioned: number; assigned: number }>(`/api/v1/tenants/${fabrikam.tenantId}/partner/reports/summary`);
    assert.ok(summary.provisioned > 0 && summary.assigned > 0, 'the demo publisher has licenses out');
  });
});
