import fp from 'fastify-plugin';
import { sql } from 'kysely';
import { Gauge } from 'prom-client';
import { randomUUID } from 'node:crypto';
import { ENTITLEMENT_CHANNEL, type EntitlementChange, type EntitlementChangeSink } from '../../runtime/entitlementChanges.js';
import type { EntitlementIndex } from '../../runtime/entitlementIndex.js';
import { EntitlementSync, type IndexSubscriber, type SyncStatus } from '../../runtime/entitlementSync.js';
import { NotificationListener } from '../../store/notificationListener.js';

export interface Entitlements extends EntitlementChangeSink {
  /** The index checks read now; a rebuild swaps in a new one, so read it per check. */
  readonly index: EntitlementIndex;
  /** Names this server in change notifications, so it skips its own. */
  instanceId: string;
  loaded(): boolean;
  /** Loads everything in the background; /readyz says "starting" until it is done. */
  load(): Promise<void>;
  /** Applies committed changes (of `revision`, when they took one), in order; resolves once the index shows them (never rejects). */
  apply(changes: readonly EntitlementChange[], revision?: string): Promise<void>;
  /** Every change at or below this revision of the change feed is in the index. */
  readonly revision: bigint;
  /** Resolves true once the index has every change up to `revision`, false after `timeoutMs` (event-driven). */
  waitForRevision(revision: bigint, timeoutMs: number): Promise<boolean>;
  /** Changes as they reach the index, in revision order, and rebuilds (the SDK stream). */
  subscribe(subscriber: IndexSubscriber): () => void;
  status(): SyncStatus & { listener: 'listening' | 'reconnecting' | 'not needed' };
}

declare module 'fastify' {
  interface FastifyInstance {
    entitlements: Entitlements;
  }
}

/** How often a heartbeat goes round through the notification channel, and how long it may take to come back. */
const HEARTBEAT_MS = 1_000;
const HEARTBEAT_LOST_MS = 5_000;

/**
 * The in-memory entitlement index and runtime keys, and what keeps them
 * current: changes this server commits (applied before the response goes
 * out) and, on PostgreSQL, changes other servers commit (LISTEN on a
 * dedicated connection). A heartbeat sent through the same channel every
 * second proves the index has every change committed before it, which is
 * what /readyz and /metrics report as the index's age.
 */
export const entitlementsPlugin = fp(
  async (app) => {
    const instanceId = randomUUID();
    const confirmation = app.database.connectionString ? 'heartbeats' : 'commits';
    const sync = new EntitlementSync(app.db, app.tokenCache, app.log, () => app.clock.now(), confirmation);
    let listener: NotificationListener | null = null;

    const entitlements: Entitlements = {
      get index() {
        return sync.index;
      },
      instanceId,
      loaded: () => sync.loaded(),
      load: () => sync.load(),
      apply: (changes, revision) => sync.apply(changes, revision),
      get revision() {
        return sync.watermark.current;
      },
      waitForRevision: (revision, timeoutMs) => sync.watermark.waitFor(revision, timeoutMs),
      subscribe: (subscriber) => sync.subscribe(subscriber),
      status: () => ({ ...sync.status(), listener: !listener ? 'not needed' : listener.listening ? 'listening' : 'reconnecting' }),
    };
    app.decorate('entitlements', entitlements);
    app.readiness.set('entitlements', () => sync.loaded());
    registerIndexGauges(app.metrics, entitlements);

    const connectionString = app.database.connectionString;
    if (connectionString) {
      listener = new NotificationListener({
        connectionString,
        ...(app.database.connectionOptions ? { connectionOptions: app.database.connectionOptions } : {}),
        channel: ENTITLEMENT_CHANNEL,
        onNotification(payload) {
          const message = JSON.parse(payload) as { origin: string; revision?: string; change?: EntitlementChange; heartbeat?: number };
          if (message.heartbeat === undefined) {
            sync.heard(message, message.origin === instanceId);
          } else if (message.origin === instanceId) {
            lastHeartbeatBack = Date.now();
            sync.confirmSynced(message.heartbeat);
          }
        },
        onListening(afterGap) {
          lastHeartbeatBack = Date.now();
          sync.listening(afterGap);
        },
        onProblem: (message, error) => app.log.warn({ err: error }, message),
      });
      let lastHeartbeatBack = Date.now();
      const heartbeat = setInterval(() => {
        const sentAt = Date.now();
        sql`select pg_notify(${ENTITLEMENT_CHANNEL}, ${JSON.stringify({ origin: instanceId, heartbeat: sentAt })})`
          .execute(app.db)
          .then(() => {
            // Sent, yet nothing came back for a while: the listening connection is silently dead.
            if (listener?.listening && sentAt - lastHeartbeatBack > HEARTBEAT_LOST_MS) listener.restart('heartbeats stopped arriving');
          })
          .catch(() => undefined); // the database is away; the index's age says so
      }, HEARTBEAT_MS);
      heartbeat.unref();
      app.addHook('onReady', () => listener!.start());
      app.addHook('onClose', async () => {
        clearInterval(heartbeat);
        await listener?.close();
      });
    }
    app.addHook('onClose', async () => sync.close());
  },
  { name: 'entitlements', dependencies: ['services', 'health', 'authentication', 'metrics'] },
);

/** The index's freshness and size on /metrics, read when Prometheus scrapes (nothing on the check's path). */
function registerIndexGauges(registry: import('prom-client').Registry, entitlements: Entitlements): void {
  const synced = () => entitlements.status().syncedAt;
  new Gauge({
    name: 'licensehub_entitlement_index_last_sync_timestamp_seconds',
    help: 'Every change committed before this time is in the license index (0 before the first load)',
    registers: [registry],
    collect() {
      this.set((synced() ?? 0) / 1000);
    },
  });
  new Gauge({
    name: 'licensehub_entitlement_index_age_seconds',
    help: 'Seconds since the license index was last confirmed in sync with the database',
    registers: [registry],
    collect() {
      const at = synced();
      this.set(at === null ? 0 : Math.max(0, (Date.now() - at) / 1000));
    },
  });
  new Gauge({
    name: 'licensehub_entitlement_index_stale',
    help: '1 while the license index is known to miss changes and is being rebuilt, else 0',
    registers: [registry],
    collect() {
      this.set(entitlements.status().stale ? 1 : 0);
    },
  });
  new Gauge({
    name: 'licensehub_entitlement_index_users',
    help: 'Users in the license index',
    registers: [registry],
    collect() {
      this.set(entitlements.index.stats().users);
    },
  });
}
