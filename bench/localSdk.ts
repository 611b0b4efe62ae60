import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { LocalDecider } from '../sdk/src/index.js';
import type { CheckBody } from './generate.js';
import { percentile, type PropagationTarget } from './propagation.js';

/**
 * The SDK's local mode (issue 17): how long its bootstrap from the runtime
 * stream's snapshot takes and what the local state costs in memory, how many
 * decisions per second it makes in the app's process, and how long an admin's
 * change takes to reach it (from the admin's request to the local decision
 * flipping) — on one server, and from a second server on PostgreSQL.
 */
export interface LocalSdkFigures {
  snapshotMs: number;
  snapshotBytes: number;
  usersHeld: number;
  tenantsHeld: number;
  /** JS heap the local state takes per 100,000 users held (after a full GC). */
  heapBytesPer100kUsers: number | null;
  decisionsPerSec: number;
  /**
   * From the admin change's answer to the local decision flipping (0 when the SDK saw it first), as
   * the HTTP propagation figure is measured; and from the admin's request, which includes the write.
   */
  propagation: { p50Ms: number; p99Ms: number; maxMs: number; fromRequestP50Ms: number; fromRequestP99Ms: number; rounds: number };
}

const GIVE_UP_MS = 10_000;

/** A full GC, if V8 lets us ask for one (the bench runs without --expose-gc). */
function collectGarbage(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

export async function measureLocalSdk(props: {
  writeUrl: string;
  /** The server the SDK streams from (the same, or a second one on the same database). */
  readUrl: string;
  runtimeKey: string;
  checks: readonly CheckBody[];
  target: PropagationTarget;
  rounds: number;
  seconds: number;
}): Promise<LocalSdkFigures> {
  const gc = collectGarbage();
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const decider = new LocalDecider({ baseUrl: props.readUrl, runtimeKey: props.runtimeKey });
  const started = performance.now();
  if (!(await decider.start(120_000))) throw new Error('the SDK did not load the snapshot within 120 s');
  const snapshotMs = performance.now() - started;
  const snapshotBytes = decider.status().bytesReceived;
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const { users, tenants } = decider.stats();
  try {
    const checks = props.checks;
    if (!checks.length) throw new Error('no checks to decide');
    // Decisions per second: the check mix, synchronously, as an app's request handler would call it.
    let i = 0;
    let licensed = 0;
    const end = performance.now() + props.seconds * 1000;
    const from = performance.now();
    let calls = 0;
    while (performance.now() < end) {
      for (let k = 0; k < 10_000; k++) {
        if (decider.check(checks[i]!).licensed) licensed++;
        if (++i === checks.length) i = 0;
      }
      calls += 10_000;
    }
    const decisionsPerSec = calls / ((performance.now() - from) / 1000);
    if (licensed === 0) throw new Error('no check of the mix was licensed locally: the local state is wrong');

    // Propagation: assign / unassign through the API, wait for the local decision to flip.
    const { target } = props;
    const request = { tenantId: target.tenantId, user: target.userId, appModule: target.appModule };
    if (decider.check(request).code !== 'NOT_ASSIGNED') throw new Error(`the propagation target must start NOT_ASSIGNED, is ${decider.check(request).code}`);
    const samples: number[] = [];
    const afterAnswer: number[] = [];
    for (let round = 0; round < props.rounds; round++) {
      const assign = round % 2 === 0;
      const expected = assign ? 'LICENSED' : 'NOT_ASSIGNED';
      const sent = performance.now();
      const response = fetch(`${props.writeUrl}/api/v1/tenants/${target.tenantId}/licenses/${target.planId}/${assign ? 'assign' : 'unassign'}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${target.adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ userIds: [target.userId] }),
      });
      let respondedAt = 0;
      void response.then(
        () => (respondedAt = performance.now()),
        () => undefined,
      );
      let seenAt = 0;
      while (decider.check(request).code !== expected) {
        if (performance.now() - sent > GIVE_UP_MS) throw new Error(`the SDK did not see the change within ${GIVE_UP_MS} ms`);
        await new Promise((resolve) => setImmediate(resolve));
      }
      seenAt = performance.now();
      const answer = await response;
      if (!answer.ok) throw new Error(`the admin change failed: ${answer.status} ${await answer.text()}`);
      await answer.arrayBuffer();
      samples.push(seenAt - sent);
      // Seen before the write's own answer arrived counts as 0 after it.
      afterAnswer.push(respondedAt === 0 ? 0 : Math.max(0, seenAt - respondedAt));
    }
    return {
      snapshotMs,
      snapshotBytes,
      usersHeld: users,
      tenantsHeld: tenants,
      heapBytesPer100kUsers: gc && users > 0 ? ((heapAfter - heapBefore) / users) * 100_000 : null,
      decisionsPerSec,
      propagation: {
        p50Ms: percentile(afterAnswer, 0.5),
        p99Ms: percentile(afterAnswer, 0.99),
        maxMs: Math.max(...afterAnswer),
        fromRequestP50Ms: percentile(samples, 0.5),
        fromRequestP99Ms: percentile(samples, 0.99),
        rounds: samples.length,
      },
    };
  } finally {
    decider.stop();
  }
}


export interface LocalSdkRun {
  oneServer: LocalSdkFigures;
  twoServers: LocalSdkFigures | { skipped: string };
}

export function formatLocalSdkRows(run: LocalSdkRun, httpChecksPerSec: number | null): [string, string, string, string][] {
  const one = run.oneServer;
  const two = run.twoServers;
  const ms = (value: number) => value.toFixed(1);
  const int = (value: number) => Math.round(value).toLocaleString('en-US');
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  return [
    [
      'SDK local mode: snapshot bootstrap',
      `${ms(one.snapshotMs)} ms, ${(one.snapshotBytes / 1024 ** 2).toFixed(1)} MB`,
      `${int(one.usersHeld)} users in ${int(one.tenantsHeld)} tenants`,
      one.heapBytesPer100kUsers === null ? 'memory not measured (no GC)' : `${(one.heapBytesPer100kUsers / 1024 ** 2).toFixed(1)} MB heap per 100,000 users`,
    ],
    [
      'SDK local decisions',
      `${int(one.decisionsPerSec)} /s`,
      httpChecksPerSec ? `HTTP checks ${int(httpChecksPerSec)} /s` : 'one thread',
      `≥ 1,000,000 /s ${mark(one.decisionsPerSec >= 1_000_000)}`,
    ],
    [
      'change → SDK local mode, one server (p50 / p99 after the write answered)',
      `${ms(one.propagation.p50Ms)} / ${ms(one.propagation.p99Ms)} ms`,
      `from the request ${ms(one.propagation.fromRequestP50Ms)} / ${ms(one.propagation.fromRequestP99Ms)} ms (${one.propagation.rounds} changes)`,
      `p99 ≤ 100 ms ${mark(one.propagation.p99Ms <= 100)}`,
    ],
    'skipped' in two
      ? ['change → SDK local mode, two servers', 'skipped', two.skipped, 'p99 ≤ 1 s']
      : [
          'change → SDK local mode, two servers (p50 / p99 after the write answered)',
          `${ms(two.propagation.p50Ms)} / ${ms(two.propagation.p99Ms)} ms`,
          `from the request ${ms(two.propagation.fromRequestP50Ms)} / ${ms(two.propagation.fromRequestP99Ms)} ms (${two.propagation.rounds} changes)`,
          `p99 ≤ 1000 ms ${mark(two.propagation.p99Ms <= 1000)}`,
        ],
  ];
}
