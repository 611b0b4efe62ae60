import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fp from 'fastify-plugin';
import fastifyStatic from '@fastify/static';
import type { FastifyReply } from 'fastify';
import { sendProblem } from './problems.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Answers with the SPA's index.html (server routes that hand a page over to the web app). */
    sendWebApp(reply: FastifyReply): FastifyReply;
  }
}

const NOT_BROWSER_PATHS = /^\/(api|docs|openapi\.json|metrics|healthz|readyz|\.well-known)(\/|$)/;

/**
 * Serves the single-page web app built by Vite. Any other GET a browser makes
 * (a deep link such as /admin/users) gets index.html so the SPA can route it.
 */
export const webAppPlugin = fp(
  async (app) => {
    const dir = app.config.webDir;
    const indexPath = join(dir, 'index.html');
    const built = existsSync(indexPath);
    if (built) {
      await app.register(fastifyStatic, { root: dir, wildcard: false, index: false, maxAge: '1h', immutable: false });
    } else {
      app.log.warn(`web app not built (${indexPath} missing); run "npm run build" to get the UI`);
    }
    const indexHtml = built ? readFileSync(indexPath, 'utf8') : null;
    app.decorate('sendWebApp', (reply: FastifyReply) => {
      reply.header('cache-control', 'no-cache');
      if (!indexHtml) return reply.code(503).type('text/plain').send('The LicenseHub web app is not built. Run "npm run build" and restart.');
      return reply.type('text/html').send(indexHtml);
    });
    app.get('/*', { schema: { hide: true }, config: { access: 'public' } }, async (request, reply) => {
      const path = request.url.split('?')[0]!;
      if (NOT_BROWSER_PATHS.test(path)) {
        return sendProblem(reply, request, { title: 'Not found', status: 404, detail: `No route ${request.method} ${path}` });
      }
      return app.sendWebApp(reply);
    });
  },
  { name: 'web-app', dependencies: ['services'] },
);
