import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Graceful stop, first half: /readyz turns 503, the listener closes (no
     * new connections), requests in flight finish — each answer closing its
     * connection — for at most `graceMs`, after which the rest are cut.
     * Then call app.close() to stop jobs and close the database.
     */
    drain(graceMs: number): Promise<{ inFlight: number; cut: number }>;
  }
}

export const drainPlugin = fp(
  async (app) => {
    let inFlight = 0;
    app.addHook('onRequest', async () => {
      inFlight++;
    });
    app.addHook('onResponse', async () => {
      inFlight--;
    });
    app.addHook('onRequestAbort', async (_request) => {
      inFlight--;
    });
    // While draining, every answer ends its keep-alive connection, so the client reconnects elsewhere.
    app.addHook('onSend', async (_request, reply) => {
      if (app.draining) reply.header('connection', 'close');
    });

    app.decorate('drain', async (graceMs: number) => {
      app.draining = true;
      const busy = inFlight;
      const server = app.server;
      if (!server.listening) return { inFlight: busy, cut: 0 };
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([closed.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), graceMs)))]);
      clearTimeout(timer);
      let cut = 0;
      if (!finished) {
        cut = Math.max(inFlight, 0);
        server.closeAllConnections();
        await closed;
      }
      return { inFlight: busy, cut };
    });
  },
  { name: 'drain', dependencies: ['health'] },
);
