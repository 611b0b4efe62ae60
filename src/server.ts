import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { OPERATOR_UPN } from './bootstrap.js';
import { systemClock, type Clock } from './clock.js';
import type { Config } from './config.js';
import { DEMO_PASSWORD } from './demo/loadDemo.js';
import { openDatabase, type DatabaseHandle } from './store/database.js';
import { backgroundJobPlugin } from './http/plugins/backgroundJobs.js';
import { webhookDispatchJob } from './jobs/webhookDispatch.js';
import { notificationEmailJob } from './jobs/notificationEmail.js';
import { prepareDatabase } from './prepareDatabase.js';
import { controlSocketPlugin } from './control/controlSocket.js';
import { tuneGarbageCollector } from './garbageCollector.js';

export interface StartedServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  url: string;
  /**
   * Stops gracefully: /readyz turns 503, no new connections, requests in flight finish (for at most
   * the configured grace), then jobs stop and the database closes.
   */
  stop(): Promise<{ inFlight: number; cut: number }>;
}

/** Opens the database, migrates, seeds an empty one, and starts listening. */
export async function startServer(config: Config, options: { clock?: Clock; logger?: boolean | object; database?: DatabaseHandle } = {}): Promise<StartedServer> {
  tuneGarbageCollector();
  const clock = options.clock ?? systemClock;
  const database = options.database ?? (await openDatabase(config.database));
  const app = await buildApp({ config, clock, database, ...(options.logger !== undefined ? { logger: options.logger } : {}) });
  database.onProblem = (message, error) => app.log.warn({ err: error }, message);
  // Lead webhooks go out from the server process (tests drive runLeadDelivery themselves).
  await app.register(backgroundJobPlugin, { job: webhookDispatchJob });
  // Notification emails too, when LICENSEHUB_SMTP_URL is set (tests drive runNotificationEmail themselves).
  await app.register(backgroundJobPlugin, { job: notificationEmailJob() });
  // `licensehub-server backup` and friends reach a server on an embedded folder through this socket
  // (only when the server opened that folder itself).
  if (!options.database) await app.register(controlSocketPlugin);
  app.addHook('onClose', async () => {
    if (!options.database) await database.close();
  });
  try {
    const { migrations, bootstrap, demo } = await prepareDatabase(database, {
      adminPassword: config.adminPassword,
      demo: config.demo,
      now: clock.now(),
      onWait: () => app.log.info('another instance is migrating or seeding the database; waiting for it'),
    });
    if (migrations.length) app.log.info({ migrations }, 'database migrated');
    if (demo) app.log.info(demo, 'demo data loaded');
    // Ready first: on PostgreSQL that starts listening for other servers' changes, so the index read below misses none.
    await app.ready();
    // The index loads in the background: health checks answer meanwhile, /readyz waits for it.
    void app.entitlements.load();
    await app.listen({ port: config.port, host: config.host });
    const { port } = app.server.address() as { port: number };
    const url = `http://${config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host}:${port}`;
    if (bootstrap.created && options.logger !== false) printWelcome(url, bootstrap.generatedPassword, config.demo);
    const stop = async () => {
      const drained = await app.drain(config.shutdownGraceSeconds * 1000);
      await app.close();
      return drained;
    };
    return { app, database, url, stop };
  } catch (error) {
    await app.close();
    throw error;
  }
}

function printWelcome(url: string, generatedPassword: string | null, demo: boolean) {
  const lines = [
    '',
    `LicenseHub is running at ${url}`,
    `  Operator sign-in: ${OPERATOR_UPN}`,
    generatedPassword
      ? `  Operator password (generated, shown only now): ${generatedPassword}`
      : '  Operator password: the value of LICENSEHUB_ADMIN_PASSWORD',
  ];
  if (demo) {
    lines.push(
      `  Demo accounts (password "${DEMO_PASSWORD}"):`,
      '    customer Global admin  admin@contoso.example',
      '    customer License admin licenses@contoso.example',
      '    customer user          alex.wilber@contoso.example',
      '    publisher admin        admin@fabrikam.example',
      '    publisher admin        admin@northwind.example',
    );
  }
  lines.push(`  API docs: ${url}/docs`, '');
  process.stdout.write(lines.join('\n') + '\n');
}
