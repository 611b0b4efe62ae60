import fp from 'fastify-plugin';
import { Counter } from 'prom-client';
import { flushUsage } from '../../jobs/usageFlush.js';
import { UsageRecorder } from '../../runtime/seatUsage.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where the check and launches note uses; flushed in batches (src/jobs/usageFlush.ts). */
    seatUsage: UsageRecorder & { flush(): Promise<void> };
  }
}

/**
 * Usage recording: the recorder the license check writes to (a Map write per
 * check), flushed every LICENSEHUB_USAGE_FLUSH_SECONDS and once more when the
 * server closes. One flush at a time.
 */
export const seatUsagePlugin = fp(
  async (app) => {
    const recorder = new UsageRecorder();
    let running: Promise<void> | null = null;
    const flush = (): Promise<void> => {
      running ??= flushUsage(app, recorder)
        .then(() => undefined)
        .finally(() => {
          running = null;
        });
      return running;
    };
    app.decorate('seatUsage', Object.assign(recorder, { flush }));
    new Counter({
      name: 'licensehub_usage_dropped_total',
      help: 'Uses the license check could not record because the usage recorder was full between two flushes',
      registers: [app.metrics],
      collect() {
        this.reset();
        this.inc(recorder.dropped);
      },
    });
    const seconds = app.config.seats.usageFlushSeconds;
    let timer: NodeJS.Timeout | null = null;
    if (seconds > 0) {
      app.addHook('onReady', async () => {
        timer = setInterval(() => {
          if (!running) flush().catch((error) => app.log.warn({ err: error }, 'usage flush failed; retrying at the next run'));
        }, seconds * 1000);
        timer.unref();
      });
    }
    // preClose, not onClose: the database closes in its own onClose, which may come first. By the time the
    // app closes, a graceful shutdown has already let the requests in flight finish (drain plugin).
    app.addHook('preClose', async () => {
      if (timer) clearInterval(timer);
      await running?.catch(() => undefined);
      await flush().catch((error) => app.log.warn({ err: error }, 'usage flush at shutdown failed'));
    });
  },
  { name: 'seat-usage', dependencies: ['services', 'metrics'] },
);
