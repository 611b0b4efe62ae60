import { cpus, release, totalmem } from 'node:os';
import type { ProfileSummary } from './cpuProfile.js';
import type { LoadResult } from './load.js';
import type { OfflineFigures } from './offlineSdk.js';
import { formatLocalSdkRows, type LocalSdkRun } from './localSdk.js';
import type { PropagationFigures } from './propagation.js';
import { cpuLine, type WorkFigure } from './besideWork.js';

/** The figures of one database's run, and how they print and save. */
export interface RunFigures {
  database: 'embedded' | 'postgres';
  users: number;
  tenants: number;
  rows: Record<string, number>;
  generatedSec: number;
  startup: {
    listeningMs: number;
    readyMs: number;
    rssBytes: number;
    /** JS heap in use and memory outside it (PGlite's WebAssembly memory), when the RSS was taken. */
    heapUsedBytes: number;
    externalBytes: number;
    emptyReadyMs: number;
    emptyRssBytes: number;
    rssAfterLoadBytes: number;
  };
  /** `ratio`: LicenseHub ÷ bare throughput, the median of the paired rounds' ratios (see load.ts). */
  check: { licensehub: LoadResult; bare: LoadResult; ratio: number; roundRatios: number[]; connections: number };
  batch: { licensehub: LoadResult; bare: LoadResult; ratio: number; roundRatios: number[]; checksPerRequest: number; connections: number };
  offline: OfflineFigures;
  /** The SDK's local mode (issue 17). */
  localSdk: LocalSdkRun;
  propagation: {
    checkRoundTripMs: number;
    oneServer: PropagationFigures;
    twoServers: PropagationFigures | { skipped: string };
  };
  /** The check beside admin work and through database faults (bench/besideWork.ts); empty with --skip-work. */
  besideWork: WorkFigure[];
  /** With --cpu-prof: where the server's CPU time went under each load. */
  profiles: ProfileSummary[];
}

export const TARGETS = { throughputRatio: 0.9, batchChecksPerSec: 1_000_000, p99Ms: 5, rssBytesAtMillion: 1.5 * 1024 ** 3, oneServerMs: 100, twoServersMs: 1000 };

export function machine() {
  const cores = cpus();
  return { cpus: cores.length, model: cores[0]?.model ?? 'unknown', memoryBytes: totalmem(), platform: process.platform, release: release(), node: process.version };
}

const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ms = (n: number) => (n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : int(n));
const mb = (bytes: number) => `${int(bytes / 1024 ** 2)} MB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const micros = (n: number | null | undefined) => (n === null || n === undefined ? 'n/a' : `${int(n)} µs`);
/** Bare CPU per request over LicenseHub's: the throughput the server alone could reach, as a fraction of bare (no target; a guide on a busy machine). */
const cpuRatio = (subject: number | null | undefined, bare: number | null | undefined) =>
  subject && bare ? `bare/LicenseHub CPU = ${(bare / subject).toFixed(2)} × (CPU-bound throughput ratio)` : '';

/**
 * RSS at 1,000,000 users: measured at that scale, otherwise projected linearly
 * from this run — not below 100,000 users, where the growth is lost in the noise.
 */
export function rssAtMillion(run: RunFigures): { bytes: number; projected: boolean } | null {
  if (run.users >= 1_000_000) return { bytes: run.startup.rssBytes, projected: false };
  if (run.users < 100_000) return null;
  const perUser = (run.startup.rssBytes - run.startup.emptyRssBytes) / run.users;
  return { bytes: run.startup.emptyRssBytes + perUser * 1_000_000, projected: true };
}

export function formatRun(run: RunFigures): string {
  const { check, batch, offline, propagation, startup } = run;
  const ratio = check.ratio;
  const batchChecks = batch.licensehub.requestsPerSec * batch.checksPerRequest;
  const bareBatchChecks = batch.bare.requestsPerSec * batch.checksPerRequest;
  const million = rssAtMillion(run);
  const two = propagation.twoServers;
  const rows: [string, string, string, string][] = [
    ['figure', 'LicenseHub', 'baseline (same run)', 'target'],
    [
      `check throughput, ${check.connections} connections`,
      `${int(check.licensehub.requestsPerSec)} req/s`,
      `bare http ${int(check.bare.requestsPerSec)} req/s`,
      `${ratio.toFixed(2)} × bare; ≥ ${TARGETS.throughputRatio} × ${verdict(ratio >= TARGETS.throughputRatio)}`,
    ],
    [
      'check latency p50 / p99',
      `${ms(check.licensehub.p50Ms)} / ${ms(check.licensehub.p99Ms)} ms`,
      `bare ${ms(check.bare.p50Ms)} / ${ms(check.bare.p99Ms)} ms`,
      `p99 ≤ ${TARGETS.p99Ms} ms ${verdict(check.licensehub.p99Ms <= TARGETS.p99Ms)}`,
    ],
    [
      'server CPU per check',
      micros(check.licensehub.cpuMicrosPerRequest),
      `bare http ${micros(check.bare.cpuMicrosPerRequest)}`,
      cpuRatio(check.licensehub.cpuMicrosPerRequest, check.bare.cpuMicrosPerRequest),
    ],
    [
      `batch checks (${batch.checksPerRequest}/request, ${batch.connections} conns)`,
      `${int(batchChecks)} checks/s`,
      `bare http ${int(bareBatchChecks)} checks/s`,
      `${batch.ratio.toFixed(2)} × bare; ≥ 1,000,000 checks/s ${verdict(batchChecks >= TARGETS.batchChecksPerSec)}`,
    ],
    ['SDK offline decisions (verified token)', `${int(offline.decisionsPerSec)} /s`, `HTTP checks ${int(check.licensehub.requestsPerSec)} /s`, `${int(offline.decisionsPerSec / check.licensehub.requestsPerSec)} × HTTP`],
    [
      'SDK token verifications',
      `${int(offline.verificationsPerSec)} /s`,
      `raw Ed25519 ${int(offline.rawSignatureChecksPerSec)} /s`,
      `${(offline.verificationsPerSec / offline.rawSignatureChecksPerSec).toFixed(2)} × raw`,
    ],
    ...formatLocalSdkRows(run.localSdk, check.licensehub.requestsPerSec),
    [
      'propagation, one server (p50 / max)',
      `${ms(propagation.oneServer.p50Ms)} / ${ms(propagation.oneServer.maxMs)} ms`,
      `one check round trip ${ms(propagation.checkRoundTripMs)} ms`,
      `≤ ${TARGETS.oneServerMs} ms ${verdict(propagation.oneServer.maxMs <= TARGETS.oneServerMs)}`,
    ],
    'skipped' in two
      ? ['propagation, two servers', 'skipped', two.skipped, `≤ ${TARGETS.twoServersMs} ms`]
      : [
          'propagation, two servers (p50 / max)',
          `${ms(two.p50Ms)} / ${ms(two.maxMs)} ms`,
          `one server ${ms(propagation.oneServer.p50Ms)} ms`,
          `≤ ${TARGETS.twoServersMs} ms ${verdict(two.maxMs <= TARGETS.twoServersMs)}`,
        ],
    [
      'server RSS after loading',
      `${mb(startup.rssBytes)} (JS heap ${mb(startup.heapUsedBytes)}, external ${mb(startup.externalBytes)})`,
      `empty directory ${mb(startup.emptyRssBytes)}`,
      million
        ? `${mb(million.bytes)} at 1M users${million.projected ? ' (projected)' : ''}; ≤ 1.5 GB ${verdict(million.bytes <= TARGETS.rssBytesAtMillion)}`
        : '≤ 1.5 GB at 1M users (not projected from under 100,000)',
    ],
    ['server RSS after the load tests', mb(startup.rssAfterLoadBytes), '', ''],
    ['time until /readyz', `${ms(startup.readyMs / 1000)} s`, `empty directory ${ms(startup.emptyReadyMs / 1000)} s`, `listening after ${ms(startup.listeningMs / 1000)} s`],
  ];
  for (const w of run.besideWork) {
    rows.push([
      `check beside ${w.work}`,
      `${int(w.during.requestsPerSec)} checks/s, p99 ${ms(w.during.p99Ms)} ms, ${w.during.non2xx + w.during.errors} failed`,
      `quiet ${int(w.quiet.requestsPerSec)} checks/s, p99 ${ms(w.quiet.p99Ms)} ms; work: ${w.workRounds} × ${Object.entries(w.workAnswers).map(([k, n]) => `${n}×${k}`).join(', ')}; ${cpuLine(w.quiet, w.during)}`,
      `${w.ratio.toFixed(2)} × quiet; ${w.target} ${verdict(w.met)}`,
    ]);
  }
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  const header = `${run.database === 'embedded' ? 'Embedded database (PGlite)' : 'PostgreSQL'}: ${int(run.users)} users in ${int(run.tenants)} tenants, ${int(run.rows.seat_holdings ?? 0)} seat holdings, ${int(run.rows.group_members ?? 0)} group memberships (generated in ${run.generatedSec.toFixed(1)} s)`;
  return [header, line(rows[0]!), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}

export function formatProfile(profile: ProfileSummary): string {
  const lines = [`Server CPU profile under ${profile.title} (${ms(profile.windowMs / 1000)} s window, ${profile.idlePercent.toFixed(0)}% idle); share of busy time:`];
  lines.push('  by area:');
  for (const a of profile.areas) lines.push(`    ${a.percent.toFixed(1).padStart(5)}%  ${a.name}`);
  lines.push('  hottest functions (self time):');
  for (const f of profile.functions) lines.push(`    ${f.percent.toFixed(1).padStart(5)}%  ${f.name}`);
  const { stretches } = profile;
  lines.push(`  busy stretches (no idle sample between): ${stretches.count}, of them ${stretches.atLeast8Ms} ≥ 8 ms and ${stretches.atLeast16Ms} ≥ 16 ms; inside those ≥ 8 ms:`);
  for (const f of stretches.insideLong) lines.push(`    ${f.percent.toFixed(1).padStart(5)}%  ${f.name}`);
  return lines.join('\n');
}
