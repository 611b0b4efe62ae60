import fp from 'fastify-plugin';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { DatabaseHandle } from '../../store/database.js';
import type { Db } from '../../store/transaction.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    clock: Clock;
    db: Db;
    database: DatabaseHandle;
  }
}

export interface Services {
  config: Config;
  clock: Clock;
  database: DatabaseHandle;
}

/** Makes the shared services available to every plugin and route. */
export const servicesPlugin = fp<Services>(
  async (app, services) => {
    app.decorate('config', services.config);
    app.decorate('clock', services.clock);
    app.decorate('database', services.database);
    app.decorate('db', services.database.db);
  },
  { name: 'services' },
);
