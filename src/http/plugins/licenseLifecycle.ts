import fp from 'fastify-plugin';
import { runLicenseLifecycle } from '../../jobs/licenseLifecycle.js';

/**
 * Runs the license lifecycle job every LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS
 * (0: never; the operator route still runs it on demand). One run at a time
 * per server; closing the server waits for the run in progress.
 */
export const licenseLifecyclePlugin = fp(
  async (app) => {
    const seconds = app.config.lifecycleIntervalSeconds;
    if (seconds <= 0) return;
    let running: Promise<unknown> | null = null;
    let timer: NodeJS.Timeout | null = null;
    app.addHook('onReady', async () => {
      timer = setInterval(() => {
        if (running) return;
        running = runLicenseLifecycle(app)
          .then((run) => {
            if (run.changed) app.log.info(run, 'license lifecycle advanced');
          })
          .catch((error) => app.log.error({ err: error }, 'license lifecycle job failed'))
          .finally(() => {
            running = null;
          });
      }, seconds * 1000);
      timer.unref();
    });
    app.addHook('onClose', async () => {
      if (timer) clearInterval(timer);
      await running;
    });
  },
  { name: 'license-lifecycle', dependencies: ['services', 'entitlements'] },
);
