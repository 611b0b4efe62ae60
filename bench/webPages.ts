/**
 * How fast do the Admin Center and Partner Center pages show their main content?
 *
 *   npm run build && node --import tsx bench/webPages.ts [--runs 5] [--web dist/web] [--out bench/results-web.json]
 *
 * Starts a real LicenseHub on the demo data (an embedded database in a temporary folder, the
 * built web app from dist/web) and drives Debian's chromium with playwright-core. Each page is
 * opened `runs` times cold (a fresh browser context: empty cache, only the session cookie) and,
 * in the same context, warm (the same page opened again: assets cached). The time is
 * "main content visible", measured inside the page from the navigation's start
 * (performance.timeOrigin) to the first animation frame in which all of these hold:
 *
 *   1. <main> has a visible h1 (the page's title);
 *   2. <main> shows no Fluent spinner (.fui-Spinner), skeleton (.fui-Skeleton) or "…" placeholder;
 *   3. <main> contains the page's first data: the element named by `data` below (a table row,
 *      a figure card, a chart) is visible.
 *
 * Prints a table (median and p90 per page, cold and warm, against the targets) and writes
 * bench/results-web.json. Not a test: figures depend on the machine, so the load average is
 * recorded with them.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Cookie } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { startServer } from '../src/server.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DEMO_PASSWORD = 'LicenseHub-demo-2026';

interface PageCase {
  face: 'Admin Center' | 'Partner Center';
  name: string;
  path: string;
  /** CSS selector of the page's first data inside <main>. */
  data: string;
  /** Targets in ms: cold and warm. */
  target: { cold: number; warm: number | null };
}

const ADMIN = { cold: 2000, warm: 1000 };
/** A list's first row, or its empty state (an answer with no rows is data too). */
const LIST = 'table tbody tr, [role="status"] h2';

function pages(goldPlanId: string): PageCase[] {
  return [
    { face: 'Admin Center', name: 'home', path: '/admin', data: '[aria-label="Users"]', target: ADMIN },
    { face: 'Admin Center', name: 'users', path: '/admin/users', data: LIST, target: ADMIN },
    { face: 'Admin Center', name: 'groups', path: '/admin/groups', data: LIST, target: ADMIN },
    { face: 'Admin Center', name: 'licenses', path: '/admin/licenses', data: LIST, target: ADMIN },
    { face: 'Admin Center', name: 'product', path: `/admin/licenses/${goldPlanId}`, data: '[role="group"][aria-label="License counts"]', target: ADMIN },
    { face: 'Admin Center', name: 'requests', path: '/admin/license-requests', data: LIST, target: ADMIN },
    { face: 'Admin Center', name: 'audit', path: '/admin/audit', data: LIST, target: ADMIN },
    { face: 'Partner Center', name: 'home', path: '/partner', data: '[aria-label="Offers and their state"] li', target: { cold: 2000, warm: 1000 } },
    { face: 'Partner Center', name: 'offers', path: '/partner/offers', data: LIST, target: { cold: 2000, warm: 1000 } },
    { face: 'Partner Center', name: 'deals', path: '/partner/deals', data: LIST, target: { cold: 2000, warm: 1000 } },
    { face: 'Partner Center', name: 'reports', path: '/partner/reports', data: 'table tbody tr', target: { cold: 2500, warm: 1000 } },
  ];
}

/** Installed in every page before its scripts: records when the main content first became visible. */
function markerScript(selector: string) {
  return `(() => {
    const selector = ${JSON.stringify(selector)};
    const visible = (el) => !!el && el.getClientRects().length > 0;
    const ready = () => {
      const main = document.querySelector('main');
      if (!main) return false;
      if (!visible(main.querySelector('h1'))) return false;
      if (main.querySelector('.fui-Spinner, .fui-Skeleton')) return false;
      if (main.textContent.includes('…')) return false;
      return visible(main.querySelector(selector));
    };
    const tick = () => {
      if (ready()) window.__mainContentAt = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

const median = (values: number[]) => percentile(values, 0.5);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function sessionCookies(baseUrl: string, userPrincipalName: string): Promise<Cookie[]> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ userPrincipalName, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Signing in as ${userPrincipalName} failed: ${response.status} ${await response.text()}`);
  const { hostname } = new URL(baseUrl);
  return response.headers.getSetCookie().map((line) => {
    const [pair] = line.split(';');
    const at = pair!.indexOf('=');
    return { name: pair!.slice(0, at), value: pair!.slice(at + 1), domain: hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' };
  });
}

async function goldPlanOf(baseUrl: string, cookies: Cookie[]): Promise<string> {
  const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const session = (await (await fetch(`${baseUrl}/api/v1/auth/session`, { headers: { cookie } })).json()) as { tenant: { id: string } };
  const products = (await (await fetch(`${baseUrl}/api/v1/tenants/${session.tenant.id}/licenses`, { headers: { cookie } })).json()) as { items: { planId: string; name: string }[] };
  const gold = products.items.find((p) => p.name.endsWith('Field Ops Gold')) ?? products.items[0];
  if (!gold) throw new Error('The demo tenant holds no product');
  return gold.planId;
}

/** Opens the page and answers the time to main content, in ms from the navigation's start. */
async function visit(page: import('playwright-core').Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => typeof (window as unknown as { __mainContentAt?: number }).__mainContentAt === 'number', undefined, { timeout: 30_000, polling: 50 });
  return page.evaluate(() => (window as unknown as { __mainContentAt: number }).__mainContentAt);
}

async function measure(browser: Browser, baseUrl: string, cookies: Cookie[], pageCase: PageCase, runs: number) {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
    try {
      await context.addCookies(cookies);
      await context.addInitScript(markerScript(pageCase.data));
      const page = await context.newPage();
      cold.push(await visit(page, baseUrl + pageCase.path));
      warm.push(await visit(page, baseUrl + pageCase.path));
    } finally {
      await context.close();
    }
  }
  return { cold, warm };
}

const round = (ms: number) => Math.round(ms);

async function main() {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, web: { type: 'string', default: 'dist/web' }, out: { type: 'string', default: 'bench/results-web.json' } } });
  const runs = Number(values.runs);
  const webDir = resolve(values.web);
  if (!existsSync(join(webDir, 'index.html'))) throw new Error('Build the web app first: npm run build');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}; set CHROMIUM_PATH`);

  const dataDir = await mkdtemp(join(tmpdir(), 'licensehub-bench-web-'));
  const server = await startServer(
    { ...loadConfig({ ...process.env, PORT: '0', LICENSEHUB_DATA_DIR: dataDir, LICENSEHUB_ADMIN_PASSWORD: 'operator-password-1', LICENSEHUB_WEB_DIR: webDir, LOG_LEVEL: 'warn' }), host: '127.0.0.1' },
    { logger: false },
  );
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const loadBefore = loadavg();
  const results: { face: string; page: string; path: string; cold: number[]; warm: number[]; target: PageCase['target'] }[] = [];
  try {
    const admin = await sessionCookies(server.url, 'admin@contoso.example');
    const partner = await sessionCookies(server.url, 'admin@fabrikam.example');
    const goldPlanId = await goldPlanOf(server.url, admin);
    for (const pageCase of pages(goldPlanId)) {
      const figures = await measure(browser, server.url, pageCase.face === 'Admin Center' ? admin : partner, pageCase, runs);
      results.push({ face: pageCase.face, page: pageCase.name, path: pageCase.path, ...figures, target: pageCase.target });
      process.stderr.write(`${pageCase.face} ${pageCase.name}: cold ${figures.cold.map(round).join(' ')} · warm ${figures.warm.map(round).join(' ')}\n`);
    }
  } finally {
    await browser.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  const loadAfter = loadavg();

  const rows = results.map((r) => ({
    page: `${r.face} · ${r.page}`,
    'cold median': round(median(r.cold)),
    'cold p90': round(percentile(r.cold, 0.9)),
    'cold target': r.target.cold,
    'warm median': round(median(r.warm)),
    'warm p90': round(percentile(r.warm, 0.9)),
    'warm target': r.target.warm ?? '—',
    met: median(r.cold) <= r.target.cold && (r.target.warm === null || median(r.warm) <= r.target.warm) ? 'yes' : 'NO',
  }));
  console.log(`\nMain content visible (ms from navigation start), ${runs} runs each · load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after · ${cpus().length} cores`);
  console.table(rows);
  await writeFile(
    resolve(values.out),
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', loadAverageBefore: loadBefore, loadAverageAfter: loadAfter },
        node: process.version,
        runs,
        marker: 'h1 in <main> visible, no spinner, skeleton or "…" in <main>, and the page\'s first data element visible',
        pages: results.map((r) => ({ ...r, cold: r.cold.map(round), warm: r.warm.map(round), coldMedian: round(median(r.cold)), coldP90: round(percentile(r.cold, 0.9)), warmMedian: round(median(r.warm)), warmP90: round(percentile(r.warm, 0.9)) })),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Wrote ${values.out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
