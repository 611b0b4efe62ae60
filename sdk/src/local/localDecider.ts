import { EventStreamParser, type StreamEvent } from './eventStream.js';
import { LocalIndex } from './localIndex.js';
import type { CheckRequest, LicenseDecision } from '../types.js';
import type { UnavailablePolicy } from '../client.js';
import { LicenseHubError } from '../errors.js';

export interface LocalDeciderOptions {
  baseUrl: string;
  runtimeKey: string;
  /** Past this many ms without hearing from the stream (heartbeats come every 15 s), decisions fall back to the policy. Default 60 s. */
  stalenessLimitMs?: number;
  /** What a decision is when the local state is too stale (or not loaded yet): refuse (default) or let in. */
  onUnavailable?: UnavailablePolicy;
  /** First and longest pause between reconnections. Defaults 250 ms and 10 s. */
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  fetch?: typeof fetch;
  now?: () => number;
  /** Told about connection problems (the decider keeps reconnecting). */
  onProblem?: (message: string) => void;
}

export interface LocalStatus {
  /** A snapshot has been loaded. */
  ready: boolean;
  connected: boolean;
  /** The change-feed revision the local state has reached ('0' before the first snapshot). */
  revision: string;
  /** Milliseconds since the stream was last heard from (an event or a heartbeat); null before the first snapshot. */
  stalenessMs: number | null;
  /** Snapshots loaded (the first, and each one a too-old resume or a server rebuild asked for). */
  snapshots: number;
  reconnects: number;
  /** Bytes received from the stream so far (snapshots included). */
  bytesReceived: number;
}

const STREAM_PATH = '/api/v1/runtime/stream';
const NO_PLANS: readonly never[] = Object.freeze([]);

/**
 * Decides license checks in the app's own process: bootstraps from the
 * runtime stream's snapshot, applies its state messages, decides with the
 * server's decision function, reconnects with growing pauses and resumes with
 * Last-Event-ID (the server sends a new snapshot when the gap is too old).
 * Past the staleness limit it answers with the configured fail-open or
 * fail-closed policy rather than with state that may be old.
 */
export class LocalDecider {
  private current = new LocalIndex();
  /** A snapshot being received; swapped in whole at `ready`. */
  private incoming: LocalIndex | null = null;
  private revision = 0n;
  private loaded = false;
  private connected = false;
  private lastHeard = 0;
  private snapshots = 0;
  private reconnects = 0;
  private bytesReceived = 0;
  private stopped = false;
  private abort: AbortController | null = null;
  private readonly waiters: { revision: bigint; done: (reached: boolean) => void }[] = [];
  private readyWaiters: ((ok: boolean) => void)[] = [];
  private readonly options: Required<Omit<LocalDeciderOptions, 'onProblem'>> & Pick<LocalDeciderOptions, 'onProblem'>;
  private fatal: LicenseHubError | null = null;

  constructor(options: LocalDeciderOptions) {
    if (!options.baseUrl) throw new TypeError('baseUrl is required');
    if (!options.runtimeKey) throw new TypeError('runtimeKey is required');
    this.options = {
      stalenessLimitMs: 60_000,
      onUnavailable: 'fail-closed',
      reconnectMinMs: 250,
      reconnectMaxMs: 10_000,
      fetch: globalThis.fetch,
      now: Date.now,
      ...options,
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
    };
  }

  /** Connects (once); resolves when the first snapshot is loaded, or false after `timeoutMs`. */
  start(timeoutMs = 10_000): Promise<boolean> {
    if (!this.abort && !this.stopped) void this.run();
    return this.whenReady(timeoutMs);
  }

  whenReady(timeoutMs: number): Promise<boolean> {
    if (this.loaded) return Promise.resolve(true);
    if (this.fatal) return Promise.reject(this.fatal);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      this.readyWaiters.push((ok) => {
        clearTimeout(timer);
        resolve(ok);
      });
    });
  }

  stop(): void {
    this.stopped = true;
    this.abort?.abort();
    for (const waiter of this.waiters.splice(0)) waiter.done(false);
    for (const resolve of this.readyWaiters.splice(0)) resolve(false);
  }

  status(): LocalStatus {
    return {
      ready: this.loaded,
      connected: this.connected,
      revision: String(this.revision),
      stalenessMs: this.loaded ? Math.max(0, this.options.now() - this.lastHeard) : null,
      snapshots: this.snapshots,
      reconnects: this.reconnects,
      bytesReceived: this.bytesReceived,
    };
  }

  /** Resolves true once the local state has every change up to `revision` (a LicenseHub-Revision header), false after `timeoutMs`. */
  waitForRevision(revision: string | bigint, timeoutMs: number): Promise<boolean> {
    const wanted = BigInt(revision);
    if (this.loaded && this.revision >= wanted) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiter = {
        revision: wanted,
        done: (reached: boolean) => {
          clearTimeout(timer);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => {
        const at = this.waiters.indexOf(waiter);
        if (at !== -1) this.waiters.splice(at, 1);
        resolve(false);
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /**
   * Decides from the local state, synchronously. Before the first snapshot or past the
   * staleness limit, the configured policy answers (code SERVICE_UNAVAILABLE, source `policy`).
   */
  check(request: CheckRequest): LicenseDecision {
    if (!this.loaded) return this.policy('the local license state is not loaded yet');
    const staleness = this.options.now() - this.lastHeard;
    if (staleness > this.options.stalenessLimitMs) {
      return this.policy(`the local license state has not been refreshed for ${Math.round(staleness / 1000)} s (limit ${Math.round(this.options.stalenessLimitMs / 1000)} s)`);
    }
    const index = this.current;
    const decision = index.decide(request.tenantId, request.user, request.appModule);
    return {
      licensed: decision.licensed,
      code: decision.code,
      detail: decision.detail,
      plans: decision.plans as string[],
      requiredPlans: (index.lastAppModule?.requiredPlans ?? NO_PLANS) as LicenseDecision['requiredPlans'],
      source: 'local',
    };
  }

  /** Users, tenants and app modules held locally. */
  stats(): { tenants: number; users: number; appModules: number } {
    return this.current.stats();
  }

  private policy(reason: string): LicenseDecision {
    const licensed = this.options.onUnavailable === 'fail-open';
    return {
      licensed,
      code: 'SERVICE_UNAVAILABLE',
      detail: `${reason}; the license could not be checked, so access is ${licensed ? 'allowed (fail-open)' : 'refused (fail-closed)'}.`,
      plans: [],
      requiredPlans: [],
      source: 'policy',
    };
  }

  private async run(): Promise<void> {
    let pause = 0;
    while (!this.stopped) {
      const heardSomething = await this.connectOnce();
      if (this.stopped || this.fatal) return;
      this.reconnects++;
      pause = heardSomething ? this.options.reconnectMinMs : Math.min(Math.max(pause * 2, this.options.reconnectMinMs), this.options.reconnectMaxMs);
      // Full jitter over the upper half, so many apps do not come back at once.
      await new Promise((resolve) => setTimeout(resolve, pause / 2 + Math.random() * (pause / 2)));
    }
  }

  /** One connection, until it ends; true when it delivered anything. */
  private async connectOnce(): Promise<boolean> {
    const abort = (this.abort = new AbortController());
    let heard = false;
    const headers: Record<string, string> = { authorization: `Bearer ${this.options.runtimeKey}`, accept: 'text/event-stream' };
    if (this.loaded) headers['last-event-id'] = String(this.revision);
    try {
      const response = await this.options.fetch(`${this.options.baseUrl}${STREAM_PATH}`, { headers, signal: abort.signal });
      if (response.status === 401 || response.status === 403) {
        const text = await response.text();
        this.fatal = new LicenseHubError({ type: 'about:blank', title: `HTTP ${response.status}`, status: response.status, detail: safeDetail(text, response.status) });
        this.options.onProblem?.(`the runtime stream refused the key: ${this.fatal.message}`);
        for (const resolve of this.readyWaiters.splice(0)) resolve(false);
        return false;
      }
      if (response.status !== 200 || !response.body) {
        this.options.onProblem?.(`the runtime stream answered ${response.status}`);
        await response.body?.cancel();
        return false;
      }
      this.connected = true;
      this.incoming = null;
      const parser = new EventStreamParser(
        (event) => {
          heard = true;
          this.take(event);
        },
        () => {
          heard = true;
          this.lastHeard = this.options.now();
        },
      );
      const decoder = new TextDecoder();
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        this.lastHeard = this.options.now();
        this.bytesReceived += chunk.byteLength;
        parser.push(decoder.decode(chunk, { stream: true }));
      }
      this.options.onProblem?.('the runtime stream ended; reconnecting');
    } catch (error) {
      if (!this.stopped) this.options.onProblem?.(`the runtime stream failed (${(error as Error).message}); reconnecting`);
    } finally {
      this.connected = false;
      this.abort = null;
    }
    return heard;
  }

  private take(event: StreamEvent): void {
    this.lastHeard = this.options.now();
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(event.data) as Record<string, unknown>;
    } catch {
      return;
    }
    if (event.event === 'snapshot') {
      this.incoming = new LocalIndex();
      this.incoming.apply('snapshot', data);
      return;
    }
    if (event.event === 'ready') {
      if (this.incoming) this.current = this.incoming;
      this.incoming = null;
      this.snapshots++;
      this.loaded = true;
      for (const resolve of this.readyWaiters.splice(0)) resolve(true);
    } else {
      (this.incoming ?? this.current).apply(event.event, data);
    }
    if (event.id !== undefined && !this.incoming && /^\d+$/.test(event.id)) {
      const revision = BigInt(event.id);
      if (revision > this.revision || event.event === 'ready') this.revision = revision;
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        if (this.waiters[i]!.revision <= this.revision) this.waiters.splice(i, 1)[0]!.done(true);
      }
    }
  }
}

function safeDetail(text: string, status: number): string {
  try {
    const body = JSON.parse(text) as { detail?: unknown };
    if (typeof body.detail === 'string') return body.detail;
  } catch {
    // not a problem document
  }
  return `LicenseHub answered ${status}`;
}
