import { existsSync, readFileSync } from 'node:fs';
import { basename, join, sep } from 'node:path';
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
 * A request for a file that is not there: anything under /assets/ (Vite's
 * hashed output) or a file name at the top (/robots.txt, /favicon.ico). It
 * gets a 404, not the SPA's HTML, so a tab still open on the previous version
 * fails to load a chunk cleanly instead of parsing HTML as JavaScript. Deeper
 * paths stay the SPA's even with a dot: a listing such as
 * /marketplace/fabrikam.map is a page.
 */
const MISSING_FILE = /^\/assets\/|^\/[^/]+\.(js|mjs|css|map|json|svg|png|jpe?g|gif|webp|ico|woff2?|ttf|txt|xml|webmanifest)$/i;

/** Hashed files never change under their name; anything else is checked again within the hour. */
export function cacheControlFor(path: string, hashedFolder: string): string {
  if (path.startsWith(hashedFolder)) return 'public, max-age=31536000, immutable';
  if (basename(path) === 'index.html') return 'no-cache';
  return 'public, max-age=3600';
}

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
      const hashedFolder = join(dir, 'assets') + sep;
      await app.register(fastifyStatic, {
        root: dir,
        wildcard: false,
        index: false,
        // The build writes .br and .gz beside each file; the browser gets the best one it accepts.
        preCompressed: true,
        globIgnore: ['**/*.br', '**/*.gz'],
        cacheControl: false,
        setHeaders: (reply, path) => reply.header('cache-control', cacheControlFor(path, hashedFolder)),
      });
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
      if (NOT_BROWSER_PATHS.test(path) || MISSING_FILE.test(path)) {
        return sendProblem(reply, request, { title: 'Not found', status: 404, detail: `No route ${request.method} ${path}` });
      }
      return app.sendWebApp(reply);
    });
  },
  { name: 'web-app', dependencies: ['services'] },
);
