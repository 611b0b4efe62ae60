import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { JobSchedule, type BackgroundJob } from '../../jobs/backgroundJob.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The background jobs this server runs, by name: a route can ask one to run at once. */
    jobs: { kick(name: string): void };
  }
}

/**
 * Runs one background job in this server (src/jobs/backgroundJob.ts: the one
 * pattern every job follows): started once the server is ready, stopped (and
 * waited for) when it closes. Register it once per job.
 */
const schedulesOf = new WeakMap<FastifyInstance, Map<string, JobSchedule<object>>>();

export const backgroundJobPlugin = fp(
  async (app, options: { job: BackgroundJob<any> }) => {
    let schedules = schedulesOf.get(app);
    if (!schedules) {
      const known = (schedules = new Map());
      schedulesOf.set(app, known);
      app.decorate('jobs', { kick: (name: string) => known.get(name)?.kick() });
    }
    const schedule = new JobSchedule(options.job, app);
    schedules.set(options.job.name, schedule);
    app.addHook('onReady', async () => schedule.start());
    app.addHook('onClose', async () => schedule.stop());
  },
  { name: 'background-job', dependencies: ['services', 'entitlements'] },
);
