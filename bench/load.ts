import { loadWindow } from './loadWindow.js';

/** Load measurements with autocannon (in measured windows, loadWindow.ts): POSTs cycling through the given bodies. */
export interface LoadResult {
  /** Successful (2xx) responses per second. */
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Throughput of every round, in the order run; the figures above are the median round's. */
  roundsRequestsPerSec: number[];
  /**
   * The server process's CPU time per successful request in the median round (µs), when
   * known: unlike throughput it barely moves with what else the machine is doing, so it
   * compares two servers fairly even when the load generator is starved of CPU.
   */
  cpuMicrosPerRequest: number | null;
}

export interface LoadTarget {
  url: string;
  path: string;
  bodies: string[];
  headers?: Record<string, string>;
  /** The server's CPU seconds so far (ChildServer.cpuSeconds), to report CPU per request. */
  cpuSeconds?: () => number;
}

export interface LoadPlan {
  connections: number;
  /** Total measured seconds per server, split over the rounds. */
  durationSec: number;
  warmupSec: number;
  rounds: number;
}

/** Both servers' figures, and how the subject compares. */
export interface Comparison {
  baseline: LoadResult;
  subject: LoadResult;
  /**
   * Subject ÷ baseline throughput: the median over the rounds of each round's
   * ratio to the baseline round just before it. Two adjacent rounds share the
   * machine's mood, so this moves less than the ratio of the two medians.
   */
  ratio: number;
  /** Each round's subject ÷ baseline throughput, in the order run. */
  roundRatios: number[];
}

/**
 * Measures a server against its baseline fairly on a shared, noisy machine:
 * both are warmed up until the JIT has settled, then measured in alternating
 * rounds (baseline, subject, baseline, …); each reports its median round and
 * the ratio is the median of the paired rounds' ratios, so a burst of someone
 * else's work skews one round, not the comparison.
 */
export async function measureAgainstBaseline(baseline: LoadTarget, subject: LoadTarget, plan: LoadPlan): Promise<Comparison> {
  const roundSec = Math.max(1, Math.round(plan.durationSec / plan.rounds));
  await runRound(baseline, plan.connections, plan.warmupSec);
  await runRound(subject, plan.connections, plan.warmupSec);
  const baselineRounds: RoundResult[] = [];
  const subjectRounds: RoundResult[] = [];
  for (let round = 0; round < plan.rounds; round++) {
    baselineRounds.push(await measuredRound(baseline, plan.connections, roundSec));
    subjectRounds.push(await measuredRound(subject, plan.connections, roundSec));
  }
  const roundRatios = subjectRounds.map((round, i) => round.requestsPerSec / baselineRounds[i]!.requestsPerSec);
  return { baseline: medianOf(baselineRounds), subject: medianOf(subjectRounds), ratio: median(roundRatios), roundRatios };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

interface RoundResult {
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  failures: number;
  cpuMicrosPerRequest: number | null;
}

async function runRound(target: LoadTarget, connections: number, durationSec: number): Promise<RoundResult> {
  const headers = { 'content-type': 'application/json', ...target.headers };
  let cpuBefore: number | undefined;
  let cpuAfter: number | undefined;
  const result = await loadWindow({
    url: target.url,
    connections,
    seconds: durationSec,
    requests: target.bodies.map((body) => ({ method: 'POST', path: target.path, headers, body })),
    atStart: () => (cpuBefore = target.cpuSeconds?.()),
    atEnd: () => (cpuAfter = target.cpuSeconds?.()),
  });
  const cpu = cpuBefore !== undefined && cpuAfter !== undefined && result.answered > 0 ? ((cpuAfter - cpuBefore) * 1e6) / result.answered : null;
  return { requestsPerSec: result.requestsPerSec, p50Ms: result.p50Ms, p99Ms: result.p99Ms, failures: result.non2xx + result.errors, cpuMicrosPerRequest: cpu };
}

async function measuredRound(target: LoadTarget, connections: number, durationSec: number): Promise<RoundResult> {
  const result = await runRound(target, connections, durationSec);
  if (result.failures > 0) {
    throw new Error(`${result.failures} requests to ${target.url}${target.path} failed (non-2xx or connection errors): the measurement is not valid`);
  }
  return result;
}

function medianOf(rounds: RoundResult[]): LoadResult {
  const median = [...rounds].sort((a, b) => a.requestsPerSec - b.requestsPerSec)[Math.floor(rounds.length / 2)]!;
  return {
    requestsPerSec: median.requestsPerSec,
    p50Ms: median.p50Ms,
    p99Ms: median.p99Ms,
    roundsRequestsPerSec: rounds.map((r) => r.requestsPerSec),
    cpuMicrosPerRequest: median.cpuMicrosPerRequest,
  };
}

/** A single measured run, no baseline (the profiled server). */
export async function loadFor(target: LoadTarget, connections: number, durationSec: number): Promise<LoadResult> {
  const result = await measuredRound(target, connections, durationSec);
  return { ...result, roundsRequestsPerSec: [result.requestsPerSec] };
}
