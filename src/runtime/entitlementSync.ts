import type { TokenCache } from '../identity/tokenCache.js';
import { loadRuntimeKeys } from '../store/identity/runtimeKeys.js';
import type { Db } from '../store/transaction.js';
import type { EntitlementChange } from './entitlementChanges.js';
import { EntitlementIndex } from './entitlementIndex.js';
import { applyChange, loadEverything } from './indexLoader.js';
import { committedRevision } from '../store/changeFeed.js';
import { RevisionWatermark } from './revisionWatermark.js';

/** Who wants to know what reached the index, in revision order (the SDK stream). */
export interface IndexSubscriber {
  /** The changes of one revision are in the index; called in revision order. */
  changed(revision: bigint, changes: readonly EntitlementChange[]): void;
  /** The index was rebuilt from scratch at this revision: what was sent before may be incomplete. */
  rebuilt(revision: bigint): void;
}

/** A notification heard on the channel, in commit (so revision) order. */
interface HeardRevision {
  revision: bigint;
  /** Changes of other servers still being read into the index. */
  pending: number;
  /** This server's own revision, whose changes its own apply() has not finished yet. */
  waitingLocal: boolean;
  changes: EntitlementChange[];
  timer?: NodeJS.Timeout;
}

/** How long a revision this server committed may take to reach its own index before the index is called stale. */
const LOCAL_APPLY_LIMIT_MS = 10_000;

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
  /** Counts markStale calls: a rebuild that began before the latest one cannot clear it. */
  private staleMarks = 0;
  /** A rebuild has read the committed revision at least once. */
  private everRead = false;
  private confirmedAt = 0;
  private readonly loadedWaiters: (() => void)[] = [];
  /** Every change with a revision at or below it is in the index. */
  readonly watermark = new RevisionWatermark();
  /** Revisions heard on the channel, oldest first, until their changes are in the index. */
  private heardRevisions: HeardRevision[] = [];
  /** This server's revisions applied before their own notification came back. */
  private readonly appliedLocally = new Map<bigint, readonly EntitlementChange[]>();
  private readonly subscribers = new Set<IndexSubscriber>();

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

  subscribe(subscriber: IndexSubscriber): () => void {
    this.subscribers.add(subscriber);
    return () => this.subscribers.delete(subscriber);
  }

  /**
   * Applies changes this server committed (at `revision`, when they took
   * one), in order; resolves once the index shows them. Never rejects.
   */
  apply(changes: readonly EntitlementChange[], revision?: string): Promise<void> {
    const at = revision === undefined ? undefined : BigInt(revision);
    if (changes.length === 0 && at === undefined) return Promise.resolve();
    // Through the queue even without changes: a revision must not reach the subscribers before an
    // earlier one whose changes are still being read (the embedded database publishes in call order).
    return this.enqueue(() => (changes.length ? this.applyNow(changes) : Promise.resolve())).then(() => {
      if (at !== undefined) this.appliedOwn(at, changes);
    });
  }

  /**
   * A notification on the channel (heartbeats mode), in commit order: another
   * server's change is read into the index; this server's own only marks where
   * the feed is. The watermark moves over a revision once its changes, and
   * those of every revision heard before it, are in the index.
   */
  heard(message: { revision?: string; change?: EntitlementChange }, own: boolean): void {
    if (message.revision === undefined) {
      if (!own && message.change) void this.apply([message.change]);
      return;
    }
    const revision = BigInt(message.revision);
    // Already in the index: a rebuild read it (its notification was still on the way), so there is nothing to wait for.
    if (revision <= this.watermark.current) return;
    let entry = this.heardRevisions.at(-1);
    if (!entry || entry.revision !== revision) {
      entry = { revision, pending: 0, waitingLocal: false, changes: [] };
      this.heardRevisions.push(entry);
      if (own) {
        const applied = this.appliedLocally.get(revision);
        if (applied) {
          this.appliedLocally.delete(revision);
          entry.changes.push(...applied);
        } else {
          entry.waitingLocal = true;
          const waiting = entry;
          entry.timer = setTimeout(() => {
            waiting.waitingLocal = false;
            this.markStale('a change this server committed did not reach its index in time');
          }, LOCAL_APPLY_LIMIT_MS);
          entry.timer.unref();
        }
      }
    }
    if (!own && message.change) {
      const waiting = entry;
      waiting.pending++;
      waiting.changes.push(message.change);
      void this.enqueue(() => this.applyNow([message.change!])).finally(() => {
        waiting.pending--;
        this.advance();
      });
    }
    this.advance();
  }

  private async applyNow(changes: readonly EntitlementChange[]): Promise<void> {
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
  }

  /** This server's own revision is in its index. */
  private appliedOwn(revision: bigint, changes: readonly EntitlementChange[]): void {
    if (this.confirmation === 'commits') {
      // The only writer: commits, and so these calls, come in revision order.
      if (this.staleReason || revision <= this.watermark.current) return;
      this.publish(revision, changes);
      this.watermark.advance(revision);
      return;
    }
    const entry = this.heardRevisions.find((heard) => heard.revision === revision && heard.waitingLocal);
    if (entry) {
      entry.waitingLocal = false;
      clearTimeout(entry.timer);
      entry.changes.push(...changes);
      this.advance();
    } else if (revision > this.watermark.current) {
      this.appliedLocally.set(revision, changes);
      if (this.appliedLocally.size > 10_000) this.appliedLocally.delete(this.appliedLocally.keys().next().value!);
    }
  }

  /** Moves the watermark over every heard revision whose changes are all in the index. */
  private advance(): void {
    if (this.staleReason || !this.isLoaded) return;
    while (this.heardRevisions.length) {
      const head = this.heardRevisions[0]!;
      if (head.revision <= this.watermark.current) {
        clearTimeout(head.timer);
        this.heardRevisions.shift();
        continue;
      }
      if (head.pending > 0 || head.waitingLocal) return;
      this.heardRevisions.shift();
      this.publish(head.revision, head.changes);
      this.watermark.advance(head.revision);
    }
  }

  private publish(revision: bigint, changes: readonly EntitlementChange[]): void {
    for (const subscriber of this.subscribers) {
      try {
        subscriber.changed(revision, changes);
      } catch (error) {
        this.log.warn({ err: error }, 'an index subscriber failed');
      }
    }
  }

  /** Something may have been missed (a gap in notifications): rebuild everything. */
  markStale(reason: string, error?: Error): void {
    if (this.closed) return;
    if (!this.staleReason) this.log.warn({ reason, err: error }, 'entitlement index is stale; rebuilding it');
    this.staleReason ??= reason;
    this.staleMarks++;
    if (!this.rebuildTimer && !this.rebuilding) this.scheduleRebuild(0);
  }

  /**
   * The notification channel is listened to (again). Changes committed before
   * that moment were never heard: if the index was read before it — a lost
   * connection, or a first LISTEN that only succeeded on a retry — it is rebuilt.
   */
  listening(afterGap: boolean): void {
    if (afterGap) this.markStale('change notifications were interrupted; changes made meanwhile on other servers may be missing');
    else if (this.everRead) this.markStale('the index was read before change notifications were heard; changes made in between may be missing');
  }

  /** A heartbeat sent at `sentAt` came back: every change committed before it has arrived. */
  confirmSynced(sentAt: number): void {
    if (!this.staleReason && this.isLoaded) this.confirmedAt = Math.max(this.confirmedAt, sentAt);
  }

  close(): void {
    this.closed = true;
    for (const heard of this.heardRevisions) clearTimeout(heard.timer);
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
          // Marked stale again while reading: what it read may predate that gap.
          if (this.staleReason && !this.rebuildTimer) this.scheduleRebuild(0);
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
    const marks = this.staleMarks;
    const fresh = new EntitlementIndex();
    // Read first: everything loaded below includes every change up to it.
    this.everRead = true;
    const revision = BigInt(await committedRevision(this.db));
    const { users } = await loadEverything(this.db, fresh);
    const keys = await loadRuntimeKeys(this.db, this.now());
    this.current = fresh;
    this.tokens.replaceRuntimeKeys(keys);
    if (marks === this.staleMarks) this.staleReason = null;
    this.confirmedAt = Math.max(this.confirmedAt, started);
    const first = !this.isLoaded;
    this.isLoaded = true;
    // Revisions heard before this rebuild started are in what it read.
    this.heardRevisions = this.heardRevisions.filter((heard) => {
      if (heard.revision > revision) return true;
      clearTimeout(heard.timer);
      return false;
    });
    for (const own of this.appliedLocally.keys()) if (own <= revision) this.appliedLocally.delete(own);
    this.watermark.advance(revision);
    for (const subscriber of this.subscribers) subscriber.rebuilt(this.watermark.current);
    this.advance();
    this.log.info({ ...fresh.stats(), revision: String(revision), loadedUsers: users, runtimeKeys: keys.length, ms: Date.now() - started, ...(stale ? { after: stale } : {}) }, first ? 'entitlement index loaded' : 'entitlement index rebuilt');
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
