import autocannon, { type AutocannonRequest } from 'autocannon';

/** What the load generator saw inside one measured window. */
export interface WindowResult {
  /** 2xx answers inside the window. */
  answered: number;
  /** 2xx answers per second of the window. */
  requestsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answers with another status inside the window. */
  non2xx: number;
  /** Requests that got no answer (connection errors and timeouts), over the whole run. */
  errors: number;
}

/** autocannon runs this much longer than the window, so the window never ends with its connections. */
const TAIL_SECONDS = 1;

/**
 * A load window of exactly `seconds`, taken from the moment autocannon's connections are set up.
 *
 * autocannon builds every request of the list for each connection before it sends any (~11 µs a
 * request on the bench's machines: 50 connections × the 2,000 check bodies block the generator for
 * ~1.1 s), counts that time in its duration, and times each connection's first request from before
 * it. Its own figures therefore undercount throughput by that setup (a quarter of a 3 s round) and
 * give every window a ~1 s maximum latency that no server caused. Here the window starts at its
 * `start` event (emitted once every connection exists); answers to requests sent before, or received
 * after the window, are left out. `atStart` and `atEnd` run at the window's edges, for CPU counters.
 */
export async function loadWindow(props: {
  url: string;
  connections: number;
  seconds: number;
  requests: AutocannonRequest[];
  atStart?: () => void;
  atEnd?: () => void;
}): Promise<WindowResult> {
  let latencies = new Float64Array(1 << 20);
  let answered = 0;
  let non2xx = 0;
  let startedAt = Number.POSITIVE_INFINITY;
  let open = false;
  let ended: (() => void) | undefined;
  const windowEnded = new Promise<void>((resolve) => (ended = resolve));
  const instance = autocannon({ url: props.url, connections: props.connections, duration: props.seconds + TAIL_SECONDS, requests: props.requests });
  instance.once('start', () => {
    startedAt = performance.now();
    open = true;
    props.atStart?.();
    setTimeout(() => {
      open = false;
      props.atEnd?.();
      ended!();
    }, props.seconds * 1000);
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (!open || performance.now() - responseTime < startedAt) return;
    if (statusCode < 200 || statusCode > 299) {
      non2xx++;
      return;
    }
    if (answered === latencies.length) {
      const grown = new Float64Array(latencies.length * 2);
      grown.set(latencies);
      latencies = grown;
    }
    latencies[answered++] = responseTime;
  });
  const result = await instance;
  await windowEnded;
  const sorted = latencies.subarray(0, answered).sort();
  const percentile = (p: number) => (answered ? round(sorted[Math.max(0, Math.ceil(p * answered) - 1)]!) : 0);
  return {
    answered,
    requestsPerSec: answered / props.seconds,
    p50Ms: percentile(0.5),
    p99Ms: percentile(0.99),
    maxMs: percentile(1),
    non2xx,
    errors: result.errors + result.timeouts,
  };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
