/**
 * How long after an admin's change returns a runtime check sees it: a license
 * admin assigns (then unassigns) a plan to a user through one server, and the
 * check is polled on a server — the same one, or another on the same
 * database — until its answer flips between NOT_ASSIGNED and LICENSED.
 */
export interface PropagationFigures {
  p50Ms: number;
  maxMs: number;
  rounds: number;
}

export interface PropagationTarget {
  tenantId: string;
  /** An API token of the tenant's Global admin with the licenses.write scope. */
  adminToken: string;
  /** A user with no license for the app module, and free seats of the plan. */
  userId: string;
  /** The product (plan GUID) assigned and unassigned. */
  planId: string;
  appModule: string;
}

const GIVE_UP_MS = 10_000;

export async function measurePropagation(props: {
  writeUrl: string;
  readUrl: string;
  runtimeKey: string;
  target: PropagationTarget;
  rounds: number;
}): Promise<PropagationFigures> {
  const { target } = props;
  if (props.rounds % 2 === 1) throw new Error('use an even number of rounds, so the user ends without the license');
  const check = checker(props.readUrl, props.runtimeKey, target);
  if ((await check()) !== 'NOT_ASSIGNED') throw new Error('the propagation target must start NOT_ASSIGNED');
  const samples: number[] = [];
  for (let round = 0; round < props.rounds; round++) {
    const assign = round % 2 === 0;
    const expected = assign ? 'LICENSED' : 'NOT_ASSIGNED';
    const response = await fetch(`${props.writeUrl}/api/v1/tenants/${target.tenantId}/licenses/${target.planId}/${assign ? 'assign' : 'unassign'}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${target.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userIds: [target.userId] }),
    });
    if (!response.ok) throw new Error(`the admin change failed: ${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    const changedAt = performance.now();
    while ((await check()) !== expected) {
      if (performance.now() - changedAt > GIVE_UP_MS) throw new Error(`the check did not see the change within ${GIVE_UP_MS} ms`);
    }
    samples.push(performance.now() - changedAt);
  }
  return { p50Ms: percentile(samples, 0.5), maxMs: Math.max(...samples), rounds: samples.length };
}

/** The median time of one check round trip: the finest propagation the polling can observe. */
export async function medianCheckRoundTripMs(url: string, runtimeKey: string, target: PropagationTarget, count = 200): Promise<number> {
  const check = checker(url, runtimeKey, target);
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await check();
    samples.push(performance.now() - started);
  }
  return percentile(samples, 0.5);
}

function checker(url: string, runtimeKey: string, target: PropagationTarget): () => Promise<string> {
  const body = JSON.stringify({ tenantId: target.tenantId, user: target.userId, appModule: target.appModule });
  return async () => {
    const response = await fetch(`${url}/api/v1/runtime/check`, {
      method: 'POST',
      headers: { authorization: `Bearer ${runtimeKey}`, 'content-type': 'application/json' },
      body,
    });
    const answer = (await response.json()) as { code?: string; detail?: string };
    if (!response.ok) throw new Error(`check failed: ${response.status} ${answer.detail}`);
    return answer.code!;
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}
