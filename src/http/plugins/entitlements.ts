import fp from 'fastify-plugin';
import pg from 'pg';
import { randomUUID } from 'node:crypto';
import { ENTITLEMENT_CHANNEL, type EntitlementChange } from '../../runtime/entitlementChanges.js';
import { EntitlementIndex } from '../../runtime/entitlementIndex.js';
import { applyChange, loadEverything } from '../../runtime/indexLoader.js';

export interface Entitlements {
  index: EntitlementIndex;
  /** Names this server in change notifications, so it skips its own. */
  instanceId: string;
  loaded(): boolean;
  /** Loads everything in the background; /readyz says "starting" until it is done. */
  load(): Promise<void>;
  /** Applies committed changes, in order; resolves once the index shows them. */
  apply(changes: readonly EntitlementChange[]): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    entitlements: Entitlements;
  }
}

/**
 * The in-memory entitlement index and what keeps it current: changes this
 * server commits (applied before the response goes out) and, on PostgreSQL,
 * changes other servers commit (LISTEN on a dedicated connection).
 */
export const entitlementsPlugin = fp(
  async (app) => {
    const index = new EntitlementIndex();
    let loaded = false;
    let loading: Promise<void> | null = null;
    // One queue: changes apply in commit order, and never before the initial load.
    let queue: Promise<void> = Promise.resolve();
    const enqueue = (work: () => Promise<void>) => {
      const next = queue.then(work);
      queue = next.catch((error) => app.log.error({ err: error }, 'entitlement index update failed'));
      return next;
    };

    const entitlements: Entitlements = {
      index,
      instanceId: randomUUID(),
      loaded: () => loaded,
      load() {
        loading ??= enqueue(async () => {
          const started = Date.now();
          const { users } = await loadEverything(app.db, index);
          loaded = true;
          app.log.info({ ...index.stats(), loadedUsers: users, ms: Date.now() - started }, 'entitlement index loaded');
        });
        return loading;
      },
      apply(changes) {
        if (changes.length === 0) return Promise.resolve();
        return enqueue(async () => {
          for (const change of dedupe(changes)) {
            if (change.kind === 'credentials') app.tokenCache.forgetUsers(change.userIds);
            else await applyChange(app.db, index, change);
          }
        });
      },
    };
    app.decorate('entitlements', entitlements);
    app.readiness.set('entitlements', () => loaded);

    const connectionString = app.database.connectionString;
    if (connectionString) {
      let listener: pg.Client | null = null;
      let closing = false;
      const listen = async (): Promise<void> => {
        const client = new pg.Client({ connectionString });
        client.on('notification', (message) => {
          if (message.channel !== ENTITLEMENT_CHANNEL || !message.payload) return;
          const { origin, change } = JSON.parse(message.payload) as { origin: string; change: EntitlementChange };
          if (origin !== entitlements.instanceId) void entitlements.apply([change]);
        });
        client.on('error', (error) => app.log.warn({ err: error }, 'entitlement listener connection lost'));
        client.on('end', () => {
          if (closing) return;
          // Messages sent while disconnected are lost: reconnect, then reload everything.
          setTimeout(() => {
            listen()
              .then(() => enqueue(() => loadEverything(app.db, index).then(() => undefined)))
              .catch((error) => app.log.error({ err: error }, 'entitlement listener could not reconnect'));
          }, 1000).unref();
        });
        await client.connect();
        await client.query(`listen ${ENTITLEMENT_CHANNEL}`);
        listener = client;
      };
      app.addHook('onReady', listen);
      app.addHook('onClose', async () => {
        closing = true;
        await listener?.end().catch(() => undefined);
      });
    }
  },
  { name: 'entitlements', dependencies: ['services', 'health', 'authentication'] },
);

function dedupe(changes: readonly EntitlementChange[]): EntitlementChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = JSON.stringify(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
