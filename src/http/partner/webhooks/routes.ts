import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createWebhookEndpoint } from '../../../commands/webhooks/createWebhookEndpoint.js';
import { deleteWebhookEndpoint } from '../../../commands/webhooks/deleteWebhookEndpoint.js';
import { replayWebhookEvents } from '../../../commands/webhooks/replayWebhookEvents.js';
import { resendWebhookDelivery } from '../../../commands/webhooks/resendWebhookDelivery.js';
import { rotateWebhookSecret } from '../../../commands/webhooks/rotateWebhookSecret.js';
import { sendTestEvent } from '../../../commands/webhooks/sendTestEvent.js';
import { updateWebhookEndpoint } from '../../../commands/webhooks/updateWebhookEndpoint.js';
import { notFound } from '../../../domain/problems.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import { findWebhookEndpoint, listWebhookDeliveries, listWebhookEndpoints, webhookQueueState } from '../../../store/webhooks.js';
import { runCommand } from '../../common/runCommand.js';
import { isoDate, problems } from '../../common/schemas.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import {
  createdEndpointSchema,
  createEndpointBody,
  deliveriesQuery,
  deliveryPage,
  deliveryParams,
  endpointParams,
  endpointSchema,
  presentEndpoint,
  replayBody,
  updateEndpointBody,
} from './schema.js';

/**
 * Partner Center → Webhooks: where the publisher's change-feed events are
 * sent, signed per Standard Webhooks (docs/events.md). Reading is for the
 * publisher's admins; changing (the secrets go with it) for its Global admins.
 */
export const partnerWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/partner/webhooks';
  const tags = ['partner: webhooks'];
  const privateNetworks = () => app.config.webhooksToPrivateNetworks;

  const present = async (scope: TenantScope, id: string) => {
    const row = await findWebhookEndpoint(app.db, scope, id);
    if (!row) throw notFound(`Webhook endpoint ${id}`);
    return presentEndpoint(row, await webhookQueueState(app.db, row.id));
  };
  const kick = () => app.jobs.kick('webhook-dispatch');

  app.get(
    base,
    {
      schema: { operationId: 'listWebhookEndpoints', tags, summary: 'Your webhook endpoints', response: { 200: z.object({ items: z.array(endpointSchema) }), ...problems(401, 403) } },
      config: { access: 'webhook.read' },
    },
    async (request) => {
      const rows = await listWebhookEndpoints(app.db, scopeOf(request));
      return { items: await Promise.all(rows.map(async (row) => presentEndpoint(row, await webhookQueueState(app.db, row.id)))) };
    },
  );

  app.post(
    base,
    {
      schema: { operationId: 'createWebhookEndpoint',
        tags,
        summary: 'Add a webhook endpoint; the answer holds its signing secret, shown this once',
        description:
          'Events that happen from now on are sent (replay sends older ones). The URL must be https:// on the public internet (unless the operator allows private networks).',
        body: createEndpointBody,
        response: { 201: createdEndpointSchema, ...problems(400, 401, 403) },
      },
      config: { access: 'webhook.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { id, secret } = await runCommand(app, request, (ctx) =>
        createWebhookEndpoint(ctx, { scope, ...request.body, box: app.secretBox, privateNetworks: privateNetworks(), createdBy: actorOf(request).userId }),
      );
      reply.code(201).header('cache-control', 'no-store');
      return { ...(await present(scope, id)), secret };
    },
  );

  app.get(
    `${base}/:endpointId`,
    {
      schema: { operationId: 'getWebhookEndpoint', tags, summary: 'A webhook endpoint', params: endpointParams, response: { 200: endpointSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'webhook.read' },
    },
    async (request) => present(scopeOf(request), request.params.endpointId),
  );

  app.patch(
    `${base}/:endpointId`,
    {
      schema: { operationId: 'updateWebhookEndpoint',
        tags,
        summary: "Change an endpoint's URL, event types or description, or turn it off and on",
        description: 'Turning a paused endpoint on again re-sends its parked delivery first, then what waited.',
        params: endpointParams,
        body: updateEndpointBody,
        response: { 200: endpointSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'webhook.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => updateWebhookEndpoint(ctx, { scope, endpointId: request.params.endpointId, changes: request.body, privateNetworks: privateNetworks() }));
      kick();
      return present(scope, request.params.endpointId);
    },
  );

  app.delete(
    `${base}/:endpointId`,
    {
      schema: { operationId: 'deleteWebhookEndpoint', tags, summary: 'Remove a webhook endpoint with its queue and delivery log', params: endpointParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
      config: { access: 'webhook.write' },
    },
    async (request, reply) => {
      await runCommand(app, request, (ctx) => deleteWebhookEndpoint(ctx, { scope: scopeOf(request), endpointId: request.params.endpointId }));
      return reply.code(204).send(null);
    },
  );

  app.post(
    `${base}/:endpointId/rotate-secret`,
    {
      schema: { operationId: 'rotateWebhookSecret',
        tags,
        summary: 'A new signing secret, shown this once; the previous one also signs for 24 hours',
        params: endpointParams,
        response: { 200: z.object({ secret: z.string(), previousSecretValidUntil: isoDate }), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'webhook.write' },
    },
    async (request, reply) => {
      const result = await runCommand(app, request, (ctx) => rotateWebhookSecret(ctx, { scope: scopeOf(request), endpointId: request.params.endpointId, box: app.secretBox }));
      reply.header('cache-control', 'no-store');
      return { secret: result.secret, previousSecretValidUntil: result.previousSecretUntil.toISOString() };
    },
  );

  app.post(
    `${base}/:endpointId/test`,
    {
      schema: { operationId: 'sendWebhookTest',
        tags,
        summary: 'Send a webhook.test event, signed like any other (it queues behind deliveries waiting)',
        params: endpointParams,
        response: { 202: z.object({ deliveryId: z.string(), messageId: z.string() }), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'webhook.write' },
    },
    async (request, reply) => {
      const result = await runCommand(app, request, (ctx) => sendTestEvent(ctx, { scope: scopeOf(request), endpointId: request.params.endpointId }));
      kick();
      reply.code(202);
      return result;
    },
  );

  app.post(
    `${base}/:endpointId/replay`,
    {
      schema: { operationId: 'replayWebhookEvents',
        tags,
        summary: "Send the endpoint's events again from a revision on, in order, with their original ids",
        params: endpointParams,
        body: replayBody,
        response: { 202: z.object({ cursor: z.string() }), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'webhook.write' },
    },
    async (request, reply) => {
      const result = await runCommand(app, request, (ctx) => replayWebhookEvents(ctx, { scope: scopeOf(request), endpointId: request.params.endpointId, fromRevision: request.body.fromRevision }));
      kick();
      reply.code(202);
      return result;
    },
  );

  app.get(
    `${base}/:endpointId/deliveries`,
    {
      schema: { operationId: 'listWebhookDeliveries',
        tags,
        summary: "The endpoint's delivery log, newest first: each delivery with its attempts (status and time)",
        params: endpointParams,
        querystring: deliveriesQuery,
        response: { 200: deliveryPage, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'webhook.read' },
    },
    async (request) => {
      const endpoint = await findWebhookEndpoint(app.db, scopeOf(request), request.params.endpointId);
      if (!endpoint) throw notFound(`Webhook endpoint ${request.params.endpointId}`);
      const rows = await listWebhookDeliveries(app.db, endpoint.id, request.query);
      return {
        items: rows.map((d) => ({
          id: d.id,
          messageId: d.message_id,
          eventType: d.event_type,
          revision: d.revision === null ? null : String(d.revision),
          state: d.state,
          attempts: d.attempts,
          nextAttemptAt: d.next_attempt_at ? d.next_attempt_at.toISOString() : null,
          lastStatus: d.last_status,
          lastError: d.last_error,
          createdAt: d.created_at.toISOString(),
          attemptLog: d.attemptLog.map((a) => ({ attempt: a.attempt, at: a.at.toISOString(), statusCode: a.status_code, error: a.error, durationMs: a.duration_ms })),
        })),
        nextBefore: rows.length === request.query.limit ? rows.at(-1)!.id : null,
      };
    },
  );

  app.post(
    `${base}/:endpointId/deliveries/:deliveryId/resend`,
    {
      schema: { operationId: 'resendWebhookDelivery',
        tags,
        summary: 'Send a parked (or delivered) delivery again, with a fresh round of tries; a paused endpoint resumes',
        params: deliveryParams,
        response: { 202: z.null(), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'webhook.write' },
    },
    async (request, reply) => {
      await runCommand(app, request, (ctx) => resendWebhookDelivery(ctx, { scope: scopeOf(request), endpointId: request.params.endpointId, deliveryId: request.params.deliveryId }));
      kick();
      return reply.code(202).send(null);
    },
  );
};
