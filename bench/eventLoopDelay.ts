import { randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { storedZip } from './storedZip.js';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { systemClock } from '../src/clock.js';
import { loadConfig } from '../src/config.js';
import { addMonths, monthOf } from '../src/domain/reports/licenseReport.js';
import { openDatabase } from '../src/store/database.js';
import { migrateToLatest } from '../src/store/migrate.js';
import { WORK_DIR } from './childProcess.js';
import { generateReportLedger } from './reports.js';

/**
 * How long the thread that answers license checks is blocked by admin work:
 * Node's event-loop delay (perf_hooks.monitorEventLoopDelay) on the server's
 * thread while one request runs (a 14 MB package upload, a 5,000-row user
 * import, a 12-month report), through the real app (in-process inject, so all
 * of the request's work is on this process). Run it on an older commit too
 * to compare: it uses only the HTTP API and start-up functions every version has.
 *
 *   node --import tsx bench/eventLoopDelay.ts                     # embedded database
 *   BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test node --import tsx bench/eventLoopDelay.ts
 */

const PASSWORD = 'bench-reports-password-1';

/**
 * CPU time of this process's main thread (the one that answers checks), from
 * Linux's per-thread counters (10 ms ticks). Unlike the loop delay it does not
 * grow when a busy machine schedules the process out, so it is the steadier
 * figure on a shared machine. Null elsewhere.
 */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ms = (ns: number) => ns / 1e6;

/** A package zip of about 14 MB: the manifest, license metadata and two 7 MB component files of incompressible bytes, stored. */
function bigPackage(version: string): Uint8Array {
  const manifest = {
    uniqueName: 'BenchSolution',
    displayName: 'Bench solution',
    version,
    publisher: 'benchpub',
    appModules: [{ uniqueName: 'bench_gold', displayName: 'Gold' }, { uniqueName: 'bench_free', displayName: 'Free' }],
  };
  const license = { servicePlans: [{ serviceId: 'benchpub.eld-offer.gold', displayName: 'Gold', moreInfoUrl: 'https://example.com/gold' }], mappings: [{ serviceId: 'benchpub.eld-offer.gold', appModule: 'bench_gold' }] };
  return storedZip([
    ['solution.json', new TextEncoder().encode(JSON.stringify(manifest))],
    ['license.json', new TextEncoder().encode(JSON.stringify(license))],
    ['components/a.bin', randomBytes(7 * 1024 * 1024)],
    ['components/b.bin', randomBytes(7 * 1024 * 1024)],
  ]);
}

function userCsv(count: number, round: number): string {
  const rows = Array.from({ length: count }, (_, i) => `user${round}x${i}@benchpublisher.example,Bench User ${round}-${i},US,true`);
  return `User principal name,Display name,Usage location,Enabled\n${rows.join('\n')}\n`;
}

interface Measured {
  name: string;
  requestMs: number[];
  mainCpuMs: number[];
  maxDelayMs: number[];
  p99DelayMs: number[];
}

async function openBenchDatabase() {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) {
    const folder = join(WORK_DIR, `eld-${process.pid}`);
    mkdirSync(folder, { recursive: true });
    const database = await openDatabase({ kind: 'embedded', dataDir: folder });
    return { database, kind: 'embedded (PGlite)', drop: async () => rmSync(folder, { recursive: true, force: true }) };
  }
  const name = `lh_eld_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    database,
    kind: 'PostgreSQL',
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

async function main() {
  const { database, kind, drop } = await openBenchDatabase();
  try {
    await migrateToLatest(database.db);
    const now = systemClock.now();
    const { publisherId } = await generateReportLedger(database.db, now);
    // License management needs a partner ID on file (the report generator does not set one).
    await database.db.updateTable('tenants').set({ partner_id: '9912345' }).where('id', '=', publisherId).execute();
    const config = loadConfig({ LICENSEHUB_DEMO: '0', LICENSEHUB_WEB_DIR: '/nonexistent', LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '0' });
    const app = await buildApp({ config, clock: systemClock, database, logger: false });
    await app.ready();
    try {
      const signIn = await app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName: 'admin@benchpublisher.example', password: PASSWORD } });
      if (signIn.statusCode !== 200) throw new Error(`sign-in failed: ${signIn.body}`);
      const headers = { cookie: `lh_session=${signIn.cookies.find((c) => c.name === 'lh_session')!.value}`, 'x-csrf-token': signIn.json().csrfToken as string };
      const tenantUrl = `/api/v1/tenants/${publisherId}`;
      const call = async (method: 'GET' | 'POST', url: string, payload?: string | Buffer | object, contentType?: string) => {
        const response = await app.inject({ method, url, headers: { ...headers, ...(contentType ? { 'content-type': contentType } : {}) }, ...(payload !== undefined ? { payload } : {}) });
        if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
        return response;
      };
      await call('POST', `${tenantUrl}/partner/offers`, { offerId: 'eld-offer', name: 'Event loop offer', licenseManagement: true });
      await call('POST', `${tenantUrl}/partner/offers/eld-offer/plans`, { planId: 'gold', name: 'Gold' });

      const to = monthOf(now);
      // Request bodies are made before measuring: building them is the client's work, not the server's.
      const packages = Array.from({ length: RUNS + 1 }, (_, round) => Buffer.from(bigPackage(`1.0.${round}.0`)));
      const csvs = Array.from({ length: RUNS + 1 }, (_, round) => userCsv(5000, round));
      const workloads: { name: string; run: (round: number) => Promise<unknown> }[] = [
        { name: '14 MB package upload', run: (round) => call('POST', `${tenantUrl}/partner/offers/eld-offer/packages`, packages[round]!, 'application/zip') },
        { name: '5,000-row user CSV import', run: (round) => call('POST', `${tenantUrl}/users/import`, csvs[round]!, 'text/csv') },
        { name: '12-month partner report', run: () => call('GET', `${tenantUrl}/partner/reports/licenses?from=${addMonths(to, -11)}&to=${to}`) },
      ];
      const results: Measured[] = [];
      for (const workload of workloads) {
        const measured: Measured = { name: workload.name, requestMs: [], mainCpuMs: [], maxDelayMs: [], p99DelayMs: [] };
        // One unmeasured run first: JIT, worker threads and caches warm up as they would on a running server.
        await workload.run(0);
        for (let round = 1; round <= RUNS; round++) {
          const histogram = monitorEventLoopDelay({ resolution: 5 });
          histogram.enable();
          const started = performance.now();
          const cpuBefore = mainThreadCpuMs();
          await workload.run(round);
          measured.requestMs.push(performance.now() - started);
          const cpuAfter = mainThreadCpuMs();
          if (cpuBefore !== null && cpuAfter !== null) measured.mainCpuMs.push(cpuAfter - cpuBefore);
          // A block is recorded when the histogram's timer runs after it: give it that turn before stopping.
          await new Promise((resolve) => setTimeout(resolve, 25));
          histogram.disable();
          measured.maxDelayMs.push(ms(histogram.max));
          measured.p99DelayMs.push(ms(histogram.percentile(99)));
        }
        results.push(measured);
      }
      const worst = (values: number[]) => Math.max(...values).toFixed(0).padStart(6);
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!.toFixed(0).padStart(6);
      process.stdout.write(
        `\nEvent-loop delay on the server's thread, ${kind}; ${RUNS} runs each after a warm-up; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs\n` +
          `${'workload'.padEnd(28)} request ms   main-thread CPU ms   loop delay max ms (median / worst)   p99 ms   (medians unless said)\n` +
          results
            .map((r) => `${r.name.padEnd(28)} ${median(r.requestMs)}       ${r.mainCpuMs.length ? median(r.mainCpuMs) : '     -'}               ${median(r.maxDelayMs)} / ${worst(r.maxDelayMs)}                   ${median(r.p99DelayMs)}`)
            .join('\n') +
          '\n',
      );
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    await drop();
  }
}

await main();
