import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError, invalid } from '../../../domain/problems.js';
import { hashSecret } from '../../../identity/secrets.js';
import { actorOf } from '../../plugins/authentication.js';
import { problems } from '../../common/schemas.js';
import { StreamHub } from './streamHub.js';

declare module 'fastify' {
  interface FastifyInstance {
    runtimeStream: StreamHub;
  }
}

const revisionText = /^\d{1,19}$/;

/**
 * GET /api/v1/runtime/stream: Server-Sent Events for the SDK's local mode
 * (issue 17). A snapshot of what the publisher's apps need to decide, read
 * from the in-memory index, then every change as state messages, each
 * revision's last event with `id: <revision>`; `Last-Event-ID` resumes from
 * the ring of recent revisions (older: a new snapshot). See publisherView.ts
 * for the messages and docs/sdk.md for the protocol.
 */
export const runtimeStreamRoutes: FastifyPluginAsyncZod = async (app) => {
  const hub = new StreamHub(
    {
      get index() {
        return app.entitlements.index;
      },
      get revision() {
        return app.entitlements.revision;
      },
    },
    app.config.stream,
  );
  app.decorate('runtimeStream', hub);
  const unsubscribe = app.entitlements.subscribe(hub);
  app.addHook('preClose', async () => {
    unsubscribe();
    hub.closeAll();
  });

  app.get(
    '/api/v1/runtime/stream',
    {
      schema: { operationId: 'streamRuntimeState',
        tags: ['runtime'],
        summary: 'Live license state for the SDK local mode (Server-Sent Events)',
        description:
          'Send a runtime key as `Authorization: Bearer …` and `Accept: text/event-stream`. The stream opens with a `snapshot` ' +
          '(the publisher\'s app modules, then `tenant`, `users` and `product` events for every tenant that installed its apps) ended by `ready` ' +
          'with `id: <revision>`; then every change as state messages (`users`, `product`, `holders`, `installs`, `tenant`, `tenant.removed`, `modules`), ' +
          'the last event of each revision carrying `id: <revision>`, and `revision` events when a revision changed nothing of this publisher. ' +
          'Reconnect with `Last-Event-ID` to resume; when that revision is too old the stream starts with a new snapshot. `: ping` comments keep proxies open.',
        headers: z.object({
          'last-event-id': z.string().optional().describe('The id of the last event received, to resume'),
        }),
        response: { 200: z.string().describe('text/event-stream'), ...problems(400, 401, 403, 429, 503) },
      },
      config: { access: 'runtime.check' },
    },
    async (request, reply) => {
      if (!app.entitlements.loaded()) throw new DomainError(503, 'Starting up', 'The license index is still loading; retry in a few seconds', {}, { 'retry-after': '2' });
      const actor = actorOf(request);
      const lastEventIdText = request.headers['last-event-id']?.trim();
      if (lastEventIdText !== undefined && lastEventIdText !== '' && !revisionText.test(lastEventIdText)) {
        throw invalid('Last-Event-ID', 'must be the id of an event of this stream (a revision: digits)');
      }
      const key = actor.tokenId ?? actor.userId;
      if (!hub.admit(key)) {
        throw new DomainError(
          429,
          'Too many streams',
          `This runtime key already has ${hub.settings.maxConnectionsPerKey} open streams (LICENSEHUB_STREAM_MAX_CONNECTIONS_PER_KEY); close one or use another key`,
          {},
          { 'retry-after': '5' },
        );
      }
      const secretHash = hashSecret(/^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '');
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
        'x-content-type-options': 'nosniff',
        connection: 'keep-alive',
      });
      res.socket?.setNoDelay(true);
      hub.open({
        key,
        publisherTenantId: actor.tenantId,
        res,
        lastEventId: lastEventIdText ? BigInt(lastEventIdText) : null,
        stillAllowed: () => app.tokenCache.get(secretHash, app.clock.epochMillis()) !== undefined,
      });
    },
  );
};
