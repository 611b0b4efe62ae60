import fp from 'fastify-plugin';
import { HeavyWork } from '../../workers/heavyWork.js';
import { CommandThread } from '../../workers/commandThread.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Worker threads for requests' CPU-heavy work (archives, CSV files), with each request's budget. */
    heavyWork: HeavyWork;
    /** The thread where commands whose work grows with the directory run (src/workers/offThreadCommands.ts). */
    commandThread: CommandThread;
  }
}

/** Starts the worker pool with the configured limits, and the command thread, and stops their threads when the server closes. */
export const heavyWorkPlugin = fp(
  async (app) => {
    const heavyWork = new HeavyWork(app.config.heavyWork);
    app.decorate('heavyWork', heavyWork);
    app.addHook('onClose', () => heavyWork.close());
    const commandThread = new CommandThread(app.database);
    commandThread.onStopped = (reason) => app.log.error({ reason }, 'the command thread stopped; changes under way were rolled back and answered 503, and the next one starts a new thread');
    app.decorate('commandThread', commandThread);
    app.addHook('onClose', () => commandThread.close());
  },
  { name: 'heavyWork', dependencies: ['services'] },
);
