import fp from 'fastify-plugin';
import { runSeatReclamation } from '../../jobs/seatReclamation.js';

/**
 * Runs the seat reclamation job every LICENSEHUB_RECLAMATION_INTERVAL_SECONDS
 * (0: never; an admin can still run it for a product). One run at a time per
 * server; closing the server waits for the run in progress.
 */
export const seatReclamationPlugin = fp(
  async (app) => {
    const seconds = app.config.seats.reclamationIntervalSeconds;
    if (seconds <= 0) return;
    let running: Promise<unknown> | null = null;
    let timer: NodeJS.Timeout | null = null;
    app.addHook('onReady', async () => {
      timer = setInterval(() => {
        if (running) return;
        running = runSeatReclamation(app)
          .then((run) => {
            if (run.announced || run.reclaimed || run.cancelled) app.log.info(run, 'seat reclamation ran');
          })
          .catch((error) => app.log.error({ err: error }, 'seat reclamation job failed'))
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
  { name: 'seat-reclamation', dependencies: ['services', 'entitlements', 'seat-usage'] },
);
