import fp from 'fastify-plugin';
import { sql } from 'kysely';

declare module 'fastify' {
  interface FastifyInstance {
    /** Named conditions that must hold before the server takes traffic (e.g. the entitlement index loaded). */
    readiness: Map<string, () => boolean>;
  }
}

/** /healthz: the process answers. /readyz: the database answers and every readiness condition holds. */
export const healthPlugin = fp(
  async (app) => {
    app.decorate('readiness', new Map<string, () => boolean>());
    app.get('/healthz', { schema: { hide: true }, config: { access: 'public' } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
      const checks: Record<string, boolean> = {};
      try {
        await sql`select 1`.execute(app.db);
        checks.database = true;
      } catch (error) {
        request.log.warn({ err: error }, 'readiness: database unreachable');
        checks.database = false;
      }
      for (const [name, ready] of app.readiness) checks[name] = ready();
      const ready = Object.values(checks).every(Boolean);
      reply.code(ready ? 200 : 503);
      return { status: ready ? 'ready' : 'starting', checks };
    });
  },
  { name: 'health', dependencies: ['services'] },
);
