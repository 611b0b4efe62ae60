import { DecisionCache } from './decisionCache.js';
import { postRuntimeApi, type RuntimeApiConnection } from './runtimeApi.js';
import { checkBody, readBatch, readDecision, readIssuedToken } from './serverAnswers.js';
import type { CheckRequest, IssuedLicenseToken, LicenseDecision } from './types.js';
import { LocalDecider, type LocalStatus } from './local/localDecider.js';

export type UnavailablePolicy = 'fail-closed' | 'fail-open';

export interface LicenseHubClientOptions {
  /** Where LicenseHub runs, e.g. https://licensehub.example.com */
  baseUrl: string;
  /** An API token with the runtime.check scope, created by the publisher in Partner Center. */
  runtimeKey: string;
  /** How long an answer is reused without asking the server again; 0 asks every time. Default 30 s. */
  cacheTtlMs?: number;
  /** How many answers the cache keeps (least recently used go first); 0 keeps none. Default 10,000. */
  cacheSize?: number;
  /** How old a cached answer may be and still be used while the server is unavailable. Default 5 minutes. */
  staleIfErrorMs?: number;
  /** How long to wait for the server. Default 2 s. */
  timeoutMs?: number;
  /** When the server is unavailable and nothing usable is cached: refuse (default) or let the user in. */
  onUnavailable?: UnavailablePolicy;
  /** A fetch to use instead of the global one (proxies, custom agents). */
  fetch?: typeof fetch;
  /** The clock the cache reads, in ms since the epoch. */
  now?: () => number;
  /**
   * `remote` (default) asks the server for every check not cached. `local` keeps the
   * publisher's license state in this process from the runtime stream (GET /api/v1/runtime/stream)
   * and decides here with the server's own decision function: no request per check.
   */
  mode?: 'remote' | 'local';
  /** Local mode: past this many ms without news from the stream, checks get the onUnavailable policy. Default 60 s. */
  stalenessLimitMs?: number;
  /** Local mode: told about stream connection problems (the client keeps reconnecting). */
  onStreamProblem?: (message: string) => void;
}

/** The runtime API allows at most this many checks in one batch request. */
export const BATCH_LIMIT = 1000;

const CHECK_PATH = '/api/v1/runtime/check';
const BATCH_PATH = '/api/v1/runtime/check/batch';
const TOKEN_PATH = '/api/v1/runtime/token';

/**
 * Asks LicenseHub whether users may run app modules. Answers are cached for a
 * short while; when the server is unreachable, slow or failing, an older
 * cached answer is used if there is one, and otherwise the configured policy
 * decides (code SERVICE_UNAVAILABLE). Requests LicenseHub refuses (4xx) throw
 * a LicenseHubError.
 */
export class LicenseHubClient {
  private readonly connection: RuntimeApiConnection;
  private readonly cache: DecisionCache<LicenseDecision>;
  private readonly cacheTtlMs: number;
  private readonly staleIfErrorMs: number;
  private readonly policy: UnavailablePolicy;
  private readonly local: LocalDecider | null;

  constructor(options: LicenseHubClientOptions) {
    if (!options.baseUrl) throw new TypeError('baseUrl is required');
    if (!options.runtimeKey) throw new TypeError('runtimeKey is required');
    this.connection = {
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      runtimeKey: options.runtimeKey,
      timeoutMs: options.timeoutMs ?? 2_000,
      fetch: options.fetch ?? globalThis.fetch,
    };
    this.cacheTtlMs = options.cacheTtlMs ?? 30_000;
    this.staleIfErrorMs = Math.max(options.staleIfErrorMs ?? 300_000, this.cacheTtlMs);
    this.policy = options.onUnavailable ?? 'fail-closed';
    if (this.policy !== 'fail-closed' && this.policy !== 'fail-open') {
      throw new TypeError(`onUnavailable must be "fail-closed" or "fail-open", got "${String(this.policy)}"`);
    }
    this.cache = new DecisionCache(options.cacheSize ?? 10_000, options.now);
    if (options.mode !== undefined && options.mode !== 'remote' && options.mode !== 'local') {
      throw new TypeError(`mode must be "remote" or "local", got "${String(options.mode)}"`);
    }
    this.local =
      options.mode === 'local'
        ? new LocalDecider({
            baseUrl: this.connection.baseUrl,
            runtimeKey: options.runtimeKey,
            onUnavailable: this.policy,
            fetch: this.connection.fetch,
            ...(options.now ? { now: options.now } : {}),
            ...(options.stalenessLimitMs !== undefined ? { stalenessLimitMs: options.stalenessLimitMs } : {}),
            ...(options.onStreamProblem ? { onProblem: options.onStreamProblem } : {}),
          })
        : null;
  }

  /** Local mode: connects and resolves once the first snapshot is loaded (false after `timeoutMs`); checks call it themselves. */
  start(timeoutMs = 10_000): Promise<boolean> {
    return this.local ? this.local.start(timeoutMs) : Promise.resolve(true);
  }

  /** Local mode: how current the local state is (revision, staleness, connection); null in remote mode. */
  localStatus(): LocalStatus | null {
    return this.local?.status() ?? null;
  }

  /** Local mode: closes the stream. */
  close(): void {
    this.local?.stop();
  }

  /** May this user run this app module? */
  async check(request: CheckRequest): Promise<LicenseDecision> {
    if (this.local) return this.checkLocally(request);
    const cached = request.atLeastRevision === undefined ? this.fresh(request) : undefined;
    if (cached) return cached;
    const outcome = await postRuntimeApi(this.connection, CHECK_PATH, checkBody(request));
    const decision = outcome.ok ? readDecision(outcome.body) : null;
    if (!decision) return this.fallback(request, outcome.ok ? 'LicenseHub sent an answer the SDK does not understand' : outcome.unavailable);
    this.cache.set(cacheKey(request), decision);
    return decision;
  }

  /**
   * Local mode: decided here. With atLeastRevision, the local state gets up to the timeout to reach
   * it, after which the server is asked (it waits for the revision itself).
   */
  private async checkLocally(request: CheckRequest): Promise<LicenseDecision> {
    const local = this.local!;
    if (!local.status().ready) await local.start(this.connection.timeoutMs);
    if (request.atLeastRevision !== undefined && !(await local.waitForRevision(request.atLeastRevision, this.connection.timeoutMs))) {
      const outcome = await postRuntimeApi(this.connection, CHECK_PATH, checkBody(request));
      const decision = outcome.ok ? readDecision(outcome.body) : null;
      if (decision) return decision;
    }
    return local.check(request);
  }

  /** Many checks, answered in the same order; cached answers are reused and the rest sent in batches of 1000. */
  async checkMany(requests: readonly CheckRequest[]): Promise<LicenseDecision[]> {
    if (this.local) return Promise.all(requests.map((request) => this.checkLocally(request)));
    const decisions: LicenseDecision[] = new Array(requests.length);
    const missing: number[] = [];
    requests.forEach((request, i) => {
      const cached = this.fresh(request);
      if (cached) decisions[i] = cached;
      else missing.push(i);
    });
    for (let start = 0; start < missing.length; start += BATCH_LIMIT) {
      const positions = missing.slice(start, start + BATCH_LIMIT);
      const batch = positions.map((i) => requests[i]!);
      const outcome = await postRuntimeApi(this.connection, BATCH_PATH, { checks: batch.map(checkBody) });
      const answers = outcome.ok ? readBatch(outcome.body, batch.length) : null;
      positions.forEach((position, j) => {
        const request = batch[j]!;
        const answer = answers?.[j];
        if (answer) this.cache.set(cacheKey(request), answer);
        decisions[position] =
          answer ?? this.fallback(request, outcome.ok ? 'LicenseHub sent an answer the SDK does not understand' : outcome.unavailable);
      });
    }
    return decisions;
  }

  /**
   * Checks and, when licensed, gets a short-lived signed license token the app
   * (or another service) can verify offline with LicenseTokenVerifier.
   */
  async issueToken(request: CheckRequest): Promise<IssuedLicenseToken> {
    const outcome = await postRuntimeApi(this.connection, TOKEN_PATH, checkBody(request));
    const issued = outcome.ok ? readIssuedToken(outcome.body) : null;
    if (!issued) {
      const reason = outcome.ok ? 'LicenseHub sent an answer the SDK does not understand' : outcome.unavailable;
      return { ...this.fallback(request, reason), token: null, expiresAt: null };
    }
    this.cache.set(cacheKey(request), issued.decision);
    return { ...issued.decision, token: issued.token, expiresAt: issued.expiresAt };
  }

  /** Forgets every cached answer, e.g. after the app learns an admin changed licenses. */
  clearCache(): void {
    this.cache.clear();
  }

  private fresh(request: CheckRequest): LicenseDecision | undefined {
    if (this.cacheTtlMs <= 0) return undefined;
    const cached = this.cache.get(cacheKey(request), this.cacheTtlMs);
    return cached && { ...cached, source: 'cache' };
  }

  private fallback(request: CheckRequest, reason: string): LicenseDecision {
    const stale = this.cache.get(cacheKey(request), this.staleIfErrorMs);
    if (stale) return { ...stale, source: 'stale-cache' };
    const licensed = this.policy === 'fail-open';
    return {
      licensed,
      code: 'SERVICE_UNAVAILABLE',
      detail: `${reason}; the license could not be checked, so access is ${licensed ? 'allowed (fail-open)' : 'refused (fail-closed)'}.`,
      plans: [],
      requiredPlans: [],
      source: 'policy',
    };
  }
}

function cacheKey(request: CheckRequest): string {
  return `${request.tenantId}\u0000${request.user}\u0000${request.appModule}`;
}
