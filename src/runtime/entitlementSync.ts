import type { TokenCache } from '../identity/tokenCache.js';
import { loadRuntimeKeys } from '../store/identity/runtimeKeys.js';
import type { Db } from '../store/transaction.js';
import type { EntitlementChange } from './entitlementChanges.js';
import { EntitlementIndex } from './entitlementIndex.js';
import { applyChange, loadEverything } from './indexLoader.js';

export interface SyncLog {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
}

export interface SyncStatus {
  loaded: boolean;
  /** Why the index is known to miss changes, until the rebuild under way succeeds; null when it does not. */
  stale: string | null;
  /** Every change committed before this moment is in the index (epoch ms); null before the first load. */
  syncedAt: number | null;
}

const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 30_000;

/**
 * Keeps the in-memory entitlement index and runtime keys equal to the
 * database, and keeps serving the last known state when it cannot.
 *
 * One queue applies every change in commit order, after the first load. A
 * change that cannot be applied (the database went away right after the
 * commit), or a gap in the notifications from other servers, marks the index
 * stale: it is rebuilt from scratch into a new index — so removals apply too —
 * and swapped in whole, retrying with growing pauses while the database is
 * down. Checks go on answering from the index in place all the while.
 */
export class EntitlementSync {
  private current = new EntitlementIndex();
  private isLoaded = false;
  private queue: Promise<void> = Promise.resolve();
  private staleReason: string | null = null;
  private rebuildTimer: NodeJS.Timeout | null = null;
  private rebuilding = false;
  private retryDelay = 0;
  private closed = false;
  private confirmedAt = 0;
  private readonly loadedWaiters: (() => void)[] = [];

  constructor(
    private readonly db: Db,
    private readonly tokens: TokenCache,
    private readonly log: SyncLog,
    private readonly now: () => Date,
    /**
     * 'commits': this server makes every change itself (the embedded database), so the index is in
     * sync whenever nothing failed. 'heartbeats': other servers write too, and only a heartbeat that
     * came back through the notification channel proves nothing was missed (confirmSynced).
     */
    private readonly confirmation: 'commits' | 'heartbeats',
  ) {}

  get index(): EntitlementIndex {
    return this.current;
  }

  loaded(): boolean {
    return this.isLoaded;
  }

  status(): SyncStatus {
    const syncedAt = !this.isLoaded ? null : this.confirmation === 'commits' && !this.staleReason ? Date.now() : this.confirmedAt;
    return { loaded: this.isLoaded, stale: this.staleReason, syncedAt };
  }

  /** The first load; resolves once the index holds everything (retrying while the database is unavailable). */
  load(): Promise<void> {
    if (this.isLoaded) return Promise.resolve();
    const loaded = new Promise<void>((resolve) => this.loadedWaiters.push(resolve));
    if (!this.rebuildTimer && !this.rebuilding) this.scheduleRebuild(0);
    return loaded;
  }

  /** Applies committed changes in order; resolves once the index shows them. Never rejects. */
  apply(changes: readonly EntitlementChange[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    return this.enqueue(async () => {
      if (this.staleReason) return; // the rebuild on its way reads them anyway
      try {
        for (const change of dedupe(changes)) {
          if (change.kind === 'credentials') {
            // Forget first, so a revoked key stops working even if reloading the rest fails.
            this.tokens.forgetUsers(change.userIds);
            this.tokens.addRuntimeKeys(await loadRuntimeKeys(this.db, this.now(), change.userIds));
          } else {
            await applyChange(this.db, this.current, change);
          }
        }
      } catch (error) {
        this.markStale('a committed change could not be read into the index', error as Error);
      }
    });
  }

  /** Something may have been missed (a gap in notifications): rebuild everything. */
  markStale(reason: string, error?: Error): void {
    if (this.closed) return;
    if (!this.staleReason) this.log.warn({ reason, err: error }, 'entitlement index is stale; rebuilding it');
    this.staleReason ??= reason;
    if (!this.rebuildTimer && !this.rebuilding) this.scheduleRebuild(0);
  }

  /** A heartbeat sent at `sentAt` came back: every change committed before it has arrived. */
  confirmSynced(sentAt: number): void {
    if (!this.staleReason && this.isLoaded) this.confirmedAt = Math.max(this.confirmedAt, sentAt);
  }

  close(): void {
    this.closed = true;
    if (this.rebuildTimer) clearTimeout(this.rebuildTimer);
    this.rebuildTimer = null;
  }

  private scheduleRebuild(delay: number): void {
    if (this.closed) return;
    this.rebuildTimer = setTimeout(() => {
      this.rebuildTimer = null;
      this.rebuilding = true;
      void this.enqueue(() => this.rebuild()).then(
        () => {
          this.rebuilding = false;
          this.retryDelay = 0;
        },
        (error: Error) => {
          this.rebuilding = false;
          this.retryDelay = Math.min(Math.max(this.retryDelay * 2, FIRST_RETRY_MS), MAX_RETRY_MS);
          this.log.warn({ err: error, retryInMs: this.retryDelay }, 'entitlement index could not be loaded; serving the last known state');
          this.scheduleRebuild(this.retryDelay);
        },
      );
    }, delay);
    this.rebuildTimer.unref();
  }

  /** Everything, into a new index, swapped in whole. */
  private async rebuild(): Promise<void> {
    const started = Date.now();
    const stale = this.staleReason;
    const fresh = new EntitlementIndex();
    const { users } = await loadEverything(this.db, fresh);
    const keys = await loadRuntimeKeys(this.db, this.now());
    this.current = fresh;
    this.tokens.replaceRuntimeKeys(keys);
    this.staleReason = null;
    this.confirmedAt = Math.max(this.confirmedAt, started);
    const first = !this.isLoaded;
    this.isLoaded = true;
    this.log.info({ ...fresh.stats(), loadedUsers: users, runtimeKeys: keys.length, ms: Date.now() - started, ...(stale ? { after: stale } : {}) }, first ? 'entitlement index loaded' : 'entitlement index rebuilt');
    for (const resolve of this.loadedWaiters.splice(0)) resolve();
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.queue.then(work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}

function dedupe(changes: readonly EntitlementChange[]): EntitlementChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = JSON.stringify(change);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
