import fp from 'fastify-plugin';
import { sql } from 'kysely';

declare module 'fastify' {
  interface FastifyInstance {
    /** Named conditions that must hold before the server takes traffic (e.g. the entitlement index loaded). */
    readiness: Map<string, () => boolean>;
    /** Set once shutdown begins: /readyz turns 503 so load balancers stop sending traffic. */
    draining: boolean;
  }
}

/** The database probe's own deadline, so /readyz answers even when every connection is stuck. */
const PROBE_TIMEOUT_MS = 1_000;
/** Probes are shared for this long, so a burst of /readyz calls is one query. */
const PROBE_REUSE_MS = 1_000;
/** An index that has not been confirmed in sync for longer than this makes the server "degraded". */
const INDEX_AGE_LIMIT_SECONDS = 10;

type Probe = { at: number; result: Promise<boolean> };

/**
 * /healthz: the process answers.
 * /readyz: whether to send this server traffic, in three states:
 * - `ready` (200): the database answers and the license index is in sync;
 * - `degraded` (200): license checks are answered from memory (the last known
 *   state) but the database fails or the index has not been confirmed in sync
 *   lately — writes may fail; keep sending checks;
 * - `not ready` (503): still loading the index, or shutting down.
 */
export const healthPlugin = fp(
  async (app) => {
    app.decorate('readiness', new Map<string, () => boolean>());
    app.decorate('draining', false);
    let probe: Probe | null = null;
    const databaseAnswers = (): Promise<boolean> => {
      const now = Date.now();
      if (probe && now - probe.at < PROBE_REUSE_MS) return probe.result;
      let timer: NodeJS.Timeout;
      const result = Promise.race([
        sql`select 1`.execute(app.db).then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS))),
      ])
        .catch(() => false)
        .finally(() => clearTimeout(timer));
      probe = { at: now, result };
      return result;
    };

    app.get('/healthz', { schema: { hide: true }, config: { access: 'public' } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => {
      const conditions: Record<string, boolean> = {};
      for (const [name, ready] of app.readiness) conditions[name] = ready();
      const database = await databaseAnswers();
      const index = app.hasDecorator('entitlements') ? app.entitlements.status() : null;
      const ageSeconds = index?.syncedAt ? Math.max(0, (Date.now() - index.syncedAt) / 1000) : null;
      const checks = {
        ...conditions,
        database: database ? 'answers' : 'failing',
        ...(index
          ? {
              entitlementIndex: {
                loaded: index.loaded,
                ageSeconds: ageSeconds === null ? null : Math.round(ageSeconds * 10) / 10,
                ...(index.stale ? { stale: index.stale } : {}),
                notifications: index.listener,
              },
            }
          : {}),
      };
      reply.header('cache-control', 'no-store');
      if (app.draining) return reply.code(503).send({ status: 'not ready', reason: 'shutting down', checks });
      if (!Object.values(conditions).every(Boolean)) return reply.code(503).send({ status: 'not ready', reason: 'starting', checks });
      const inSync = !index || (!index.stale && ageSeconds !== null && ageSeconds <= INDEX_AGE_LIMIT_SECONDS);
      if (!database || !inSync) {
        return reply.code(200).send({ status: 'degraded', reason: database ? 'the license index is not confirmed in sync' : 'the database is failing; license checks are answered from memory', checks });
      }
      return reply.code(200).send({ status: 'ready', checks });
    });
  },
  { name: 'health', dependencies: ['services'] },
);
