import type { FastifyInstance } from 'fastify';

/**
 * The outbox jobs' shared loop (lead webhooks, event webhooks): runs `run`
 * every `intervalSeconds` and whenever kicked, one run at a time per server
 * (a kick during a run asks for one more right after), and closing the app
 * waits for the run in progress. Two servers may run at once: each job
 * claims its rows (FOR UPDATE SKIP LOCKED and a lease), never this loop.
 */
export function periodicJob(app: FastifyInstance, options: { name: string; intervalSeconds: number; run: () => Promise<void> }): { kick(): void } {
  let running: Promise<unknown> | null = null;
  let again = false;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  const tick = () => {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = options
      .run()
      .catch((error) => app.log.error({ err: error }, `${options.name} job failed`))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          tick();
        }
      });
  };
  app.addHook('onReady', async () => {
    timer = setInterval(tick, options.intervalSeconds * 1000);
    timer.unref();
  });
  app.addHook('onClose', async () => {
    closed = true;
    if (timer) clearInterval(timer);
    await running;
  });
  return { kick: () => setImmediate(tick) };
}
