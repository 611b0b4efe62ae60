import fp from 'fastify-plugin';
import { HeavyWork } from '../../workers/heavyWork.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Worker threads for requests' CPU-heavy work (archives, CSV files), with each request's budget. */
    heavyWork: HeavyWork;
  }
}

/** Starts the worker pool with the configured limits and stops its threads when the server closes. */
export const heavyWorkPlugin = fp(
  async (app) => {
    const heavyWork = new HeavyWork(app.config.heavyWork);
    app.decorate('heavyWork', heavyWork);
    app.addHook('onClose', () => heavyWork.close());
  },
  { name: 'heavyWork', dependencies: ['services'] },
);
