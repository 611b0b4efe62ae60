import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { TcpProxy } from '../test/support/tcpProxy.js';
import type { BenchDatabase } from './benchDatabase.js';
import { PLAN_IDS } from './catalog.js';
import { WORK_DIR } from './childProcess.js';
import type { BenchDirectory } from './generate.js';
import { startLicenseHub, type LicenseHubProcess } from './licenseHubProcess.js';
import { loadWindow, type WindowResult } from './loadWindow.js';
import { log } from './progressLog.js';
import { storedZip } from './storedZip.js';

/**
 * The license check measured beside admin work and through database faults,
 * on the same server, each window against the same server's quiet figure
 * taken just before it (ISSUE 12: "the check stands alone"):
 *   (a) a 14 MB package upload, (b) a 5,000-row user CSV import, (c) a
 *   12-month partner report, (d) a plan assigned to a 10,000-member group —
 *   each repeated for the whole window; targets p99 ≤ 5 ms and ≥ 0.7 × quiet;
 *   (e) a 30 s lock on the tables writes use and (f) 30 s of the database
 *   refusing connections (PostgreSQL, through a TCP proxy the bench cuts),
 *   while a writer keeps trying — every check must still be answered, no 5xx.
 */
export interface WorkFigure {
  work: string;
  /** Seconds the window lasted (checks and work together). */
  seconds: number;
  quiet: CheckLoad;
  during: CheckLoad;
  /** During ÷ quiet throughput. */
  ratio: number;
  /** Rounds of the work done in the window, and how they ended (status → count). */
  workRounds: number;
  workAnswers: Record<string, number>;
  /** Median and longest round of the work, ms. */
  workMs: { p50: number; max: number };
  target: string;
  met: boolean;
}

/** A window of checks (loadWindow.ts) and where the cores went meanwhile. */
export interface CheckLoad extends WindowResult {
  /**
   * Share of the window the server's check thread (its main thread) was on a core, and its CPU time
   * per answered check: when it is far from busy while throughput falls, the checks were not slowed
   * by the server but did not arrive, because the load generator (this process) lost its core.
   */
  checkThreadBusy: number;
  checkThreadUsPerCheck: number;
  /** Cores this process (the load generator, and the driver of the work) used over the window. */
  generatorCores: number;
}

interface Work {
  name: string;
  postgresOnly?: boolean;
  /** One round of the work (a request, or a fault held for the window); returns how it ended. */
  round(stop: () => boolean): Promise<string>;
  /** For faults: a single round that lasts the window, with writes tried beside it. */
  fault?: boolean;
}

const CONNECTIONS = 50;
/** How long a fault ((e), (f)) is held: the window of checks through it. */
export const FAULT_SECONDS = 30;
/** Package versions built for (a): more than a window uploads, so none is refused as not newer. */
const UPLOAD_VERSIONS = 64;
const CHECK_PATH = '/api/v1/runtime/check';

export async function measureChecksBesideWork(props: {
  kind: 'embedded' | 'postgres';
  database: BenchDatabase;
  directory: BenchDirectory;
  built: boolean;
  workSec: number;
  warmupSec: number;
  /** Only the works whose name starts with one of these, e.g. ['(a)', '(d)'] (all by default). */
  only?: string[];
  /** Write a V8 CPU profile of the server (its main thread and each worker) into this folder. */
  cpuProfileDir?: string;
  /**
   * A control: send the checks to this URL (the bare server, answering a fixed body) while the work
   * still goes to LicenseHub. What the bare server loses is what the machine loses, not LicenseHub's design.
   */
  checksTo?: { url: string; mainThreadCpuSeconds(): number };
  /** With `checksTo`: run LicenseHub, which does the work, at this nice value (what admin work on a low-priority thread of its own would leave the checks). */
  workServerNice?: number;
}): Promise<WorkFigure[]> {
  const { kind, directory } = props;
  // On PostgreSQL the server reaches the database through a proxy the bench can cut (fault f).
  const proxy = kind === 'postgres' ? new TcpProxy('127.0.0.1', Number(new URL((props.database.env as { DATABASE_URL: string }).DATABASE_URL).port || 5432)) : null;
  await proxy?.accept();
  const env = proxy ? { DATABASE_URL: proxy.rewrite((props.database.env as { DATABASE_URL: string }).DATABASE_URL) } : props.database.env;
  const server = await startLicenseHub({ name: `${kind} beside work`, database: env, workDir: WORK_DIR, built: props.built, ...(props.cpuProfileDir ? { cpuProfileDir: props.cpuProfileDir } : {}),
    ...(props.workServerNice !== undefined ? { nice: props.workServerNice } : {}),
  });
  const checks = directory.checks.map((c) => JSON.stringify(c));
  const checkServer = props.checksTo ?? server;
  const runtimeAuth = { authorization: `Bearer ${directory.catalog.runtimeKey}` };
  const figures: WorkFigure[] = [];
  try {
    log(`${kind}: checks beside admin work: warming up ${props.warmupSec} s`);
    await checkLoad(checkServer, checks, runtimeAuth, props.warmupSec);
    for (const work of worksFor(server, directory, props.database, proxy)) {
      if (work.postgresOnly && kind !== 'postgres') continue;
      if (props.only && !props.only.some((prefix) => work.name.startsWith(prefix))) continue;
      const seconds = work.fault ? FAULT_SECONDS : props.workSec;
      const quiet = await checkLoad(checkServer, checks, runtimeAuth, props.workSec);
      log(`${kind}: checks beside ${work.name} (${seconds} s; quiet ${Math.round(quiet.requestsPerSec)} checks/s, p99 ${quiet.p99Ms} ms)`);
      const answers: Record<string, number> = {};
      const durations: number[] = [];
      let stopped = false;
      const stop = () => stopped;
      const worker = (async () => {
        do {
          const started = performance.now();
          const outcome = await work.round(stop).catch((error: Error) => `failed: ${error.message}`);
          durations.push(performance.now() - started);
          answers[outcome] = (answers[outcome] ?? 0) + 1;
        } while (!stopped && !work.fault);
      })();
      const during = await checkLoad(checkServer, checks, runtimeAuth, seconds);
      stopped = true;
      await worker;
      durations.sort((a, b) => a - b);
      const ratio = during.requestsPerSec / quiet.requestsPerSec;
      const target = work.fault ? 'every check answered, no 5xx' : 'p99 ≤ 5 ms and ≥ 0.7 × quiet';
      const met = work.fault ? during.non2xx === 0 && during.errors === 0 : during.p99Ms <= 5 && ratio >= 0.7 && during.non2xx === 0 && during.errors === 0;
      figures.push({
        work: work.name,
        seconds,
        quiet,
        during,
        ratio,
        workRounds: durations.length,
        workAnswers: answers,
        workMs: { p50: Math.round(durations[Math.floor(durations.length / 2)] ?? 0), max: Math.round(durations.at(-1) ?? 0) },
        target,
        met,
      });
      log(`  ${Math.round(during.requestsPerSec)} checks/s (${ratio.toFixed(2)} × quiet), p99 ${during.p99Ms} ms, max ${during.maxMs} ms, ${during.non2xx} non-200, ${during.errors} errors; work: ${JSON.stringify(answers)}; ${cpuLine(quiet, during)}`);
      // Let the server settle (a fault's recovery, a rebuilt index) before the next quiet figure.
      await waitReady(server.url);
    }
  } finally {
    await server.stop();
    await proxy?.close();
  }
  return figures;
}

async function checkLoad(checkServer: { url: string; mainThreadCpuSeconds(): number }, bodies: string[], headers: Record<string, string>, seconds: number): Promise<CheckLoad> {
  let threadBefore = 0;
  let threadAfter = 0;
  let generatorBefore = process.cpuUsage();
  let generator = generatorBefore;
  const result = await loadWindow({
    url: checkServer.url,
    connections: CONNECTIONS,
    seconds,
    requests: bodies.map((body) => ({ method: 'POST', path: CHECK_PATH, headers: { 'content-type': 'application/json', ...headers }, body })),
    atStart: () => {
      threadBefore = checkServer.mainThreadCpuSeconds();
      generatorBefore = process.cpuUsage();
    },
    atEnd: () => {
      threadAfter = checkServer.mainThreadCpuSeconds();
      generator = process.cpuUsage(generatorBefore);
    },
  });
  return { ...result, ...cpuShares(threadAfter - threadBefore, generator, seconds, result.answered) };
}

/**
 * The checks per second the check thread could answer beside the work, as a multiple of quiet, if it had a
 * core to itself: its CPU cost per check quiet ÷ during. Unlike the measured ratio it does not fall when
 * the load generator, on the same two cores, loses its CPU to the work.
 */
export function capacityRatio(quiet: CheckLoad, during: CheckLoad): number {
  return during.checkThreadUsPerCheck ? quiet.checkThreadUsPerCheck / during.checkThreadUsPerCheck : 0;
}

/** Where the cores went: the check thread's share and cost per check, and the load generator's cores, quiet → during. */
export function cpuLine(quiet: CheckLoad, during: CheckLoad): string {
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  return (
    `check thread busy ${pct(quiet.checkThreadBusy)} → ${pct(during.checkThreadBusy)}, ` +
    `${quiet.checkThreadUsPerCheck.toFixed(1)} → ${during.checkThreadUsPerCheck.toFixed(1)} µs per check (its capacity ${capacityRatio(quiet, during).toFixed(2)} × quiet); ` +
    `load generator ${quiet.generatorCores.toFixed(2)} → ${during.generatorCores.toFixed(2)} cores`
  );
}

function cpuShares(threadSeconds: number, generator: NodeJS.CpuUsage, wallSeconds: number, answered: number) {
  return {
    checkThreadBusy: threadSeconds / wallSeconds,
    checkThreadUsPerCheck: answered ? (threadSeconds * 1e6) / answered : 0,
    generatorCores: (generator.user + generator.system) / 1e6 / wallSeconds,
  };
}

async function waitReady(url: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const answer = await fetch(`${url}/readyz`).then((r) => r.json() as Promise<{ status: string }>).catch(() => null);
    if (answer?.status === 'ready') return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not become ready again within 120 s`);
}

function worksFor(server: LicenseHubProcess, directory: BenchDirectory, database: BenchDatabase, proxy: TcpProxy | null): Work[] {
  const { catalog, work } = directory;
  // Built before the measurements (a 14 MB CRC takes the bench's own CPU); each upload is a new version, so each is
  // stored, not refused as an old one. A window takes 12–40 uploads.
  const bundles = [randomBytes(7 * 1024 * 1024), randomBytes(7 * 1024 * 1024)] as const;
  const packages = Array.from({ length: UPLOAD_VERSIONS }, (_, i) => bigPackage(catalog, `1.0.${i + 1}.0`, bundles));
  const call = async (path: string, token: string, init: { method?: string; body?: BodyInit; type?: string } = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.type ? { 'content-type': init.type } : {}) },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const text = await response.text();
    if (response.ok) return String(response.status);
    // A refusal says why, so a figure measured beside failing work is noticed as such.
    let detail = '';
    try {
      detail = String((JSON.parse(text) as { detail?: unknown }).detail ?? '').slice(0, 80);
    } catch {
      detail = text.slice(0, 80);
    }
    return `${response.status} ${detail}`.trim();
  };
  let uploads = 0;
  let imports = 0;
  let assigned = false;
  const writer = async (stop: () => boolean): Promise<Record<string, number>> => {
    const answers: Record<string, number> = {};
    while (!stop()) {
      const status = await call(`/api/v1/tenants/${work.importer.tenantId}/groups`, work.importer.token, {
        method: 'POST',
        type: 'application/json',
        body: JSON.stringify({ displayName: `Fault group ${randomBytes(4).toString('hex')}` }),
      });
      answers[status] = (answers[status] ?? 0) + 1;
    }
    return answers;
  };
  const tried = (answers: Record<string, number>) => `writes: ${Object.entries(answers).map(([status, n]) => `${n}×${status}`).join(', ') || 'none'}`;
  return [
    {
      name: '(a) a 14 MB package upload',
      round: () => call(`/api/v1/tenants/${catalog.publisherTenantId}/partner/offers/${catalog.offerKey}/packages`, catalog.partnerToken, { method: 'POST', type: 'application/zip', body: packages[uploads++ % packages.length]! }),
    },
    {
      name: '(b) a 5,000-row user CSV import',
      round: () => {
        const round = ++imports;
        const rows = Array.from({ length: 5_000 }, (_, i) => `import${round}.${i}@${work.importer.domain},Imported User ${round}.${i},US,true`);
        return call(`/api/v1/tenants/${work.importer.tenantId}/users/import`, work.importer.token, { method: 'POST', type: 'text/csv', body: ['User principal name,Display name,Usage location,Enabled', ...rows].join('\n') });
      },
    },
    {
      name: '(c) a 12-month partner report',
      round: () => {
        const to = new Date();
        const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 11, 1));
        const month = (d: Date) => d.toISOString().slice(0, 7);
        return call(`/api/v1/tenants/${catalog.publisherTenantId}/partner/reports/licenses?from=${month(from)}&to=${month(to)}`, catalog.partnerToken);
      },
    },
    {
      name: `(d) a plan assigned to a ${work.bigGroup.members.toLocaleString('en-US')}-member group`,
      round: () => {
        assigned = !assigned;
        return call(`/api/v1/tenants/${work.bigGroup.tenantId}/licenses/${work.bigGroup.planId}/${assigned ? 'assign' : 'unassign'}`, work.bigGroup.token, {
          method: 'POST',
          type: 'application/json',
          body: JSON.stringify({ groupIds: [work.bigGroup.groupId] }),
        });
      },
    },
    {
      name: `(e) a ${FAULT_SECONDS} s lock on the tables writes use`,
      postgresOnly: true,
      fault: true,
      round: async (stop) => {
        const client = new pg.Client({ connectionString: (database.env as { DATABASE_URL: string }).DATABASE_URL });
        await client.connect();
        try {
          await client.query('begin');
          await client.query('lock table groups, group_members, users, audit_events, products, seat_holdings, license_assignments in access exclusive mode');
          const answers = await writer(stop);
          await client.query('rollback');
          return tried(answers);
        } finally {
          await client.end();
        }
      },
    },
    {
      name: `(f) ${FAULT_SECONDS} s of the database refusing connections`,
      postgresOnly: true,
      fault: true,
      round: async (stop) => {
        await proxy!.refuse();
        try {
          return tried(await writer(stop));
        } finally {
          await proxy!.accept();
        }
      },
    },
  ];
}

/** A package of the bench offer, 14 MB: the manifest and license metadata, and two 7 MB web resources of random (incompressible) bytes. */
function bigPackage(catalog: BenchDirectory['catalog'], version: string, bundles: readonly [Uint8Array, Uint8Array]): Uint8Array<ArrayBuffer> {
  const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
  const plans = Object.entries(catalog.plans);
  const files = new Map<string, Uint8Array>([
    [
      'solution.json',
      encode({
        uniqueName: 'BenchFieldOps',
        displayName: 'Bench Field Ops',
        version,
        publisher: 'benchpub',
        appModules: Object.values(catalog.modules).map((uniqueName) => ({ uniqueName, displayName: `App ${uniqueName}` })),
      }),
    ],
    [
      'license.json',
      encode({
        servicePlans: plans.map(([name, plan]) => ({ serviceId: plan.serviceId, displayName: `Field Ops ${name}`, moreInfoUrl: `https://fieldops.bench.example/plans/${name}` })),
        // As the catalog maps them: each plan its own module and those of the plans below it.
        mappings: PLAN_IDS.flatMap((plan, rank) => PLAN_IDS.slice(rank).map((module) => ({ serviceId: catalog.plans[plan].serviceId, appModule: catalog.modules[module] }))),
      }),
    ],
    ['components/WebResources/bundle1.js', bundles[0]],
    ['components/WebResources/bundle2.js', bundles[1]],
  ]);
  return storedZip(files);
}
