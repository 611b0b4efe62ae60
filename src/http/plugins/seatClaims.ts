import fp from 'fastify-plugin';
import { SeatClaimQueue } from '../../jobs/seatClaims.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Seat claims the license check asked for, run off the check's path (src/jobs/seatClaims.ts). */
    seatClaims: SeatClaimQueue;
  }
}

export const seatClaimsPlugin = fp(
  async (app) => {
    const queue = new SeatClaimQueue(app);
    app.decorate('seatClaims', queue);
    app.addHook('onClose', async () => queue.drain());
  },
  { name: 'seat-claims', dependencies: ['services', 'entitlements'] },
);
