import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { acceptInvitation } from '../../../commands/relationships/acceptInvitation.js';
import { declineInvitation } from '../../../commands/relationships/declineInvitation.js';
import { endRelationship } from '../../../commands/relationships/endRelationship.js';
import { notFound } from '../../../domain/problems.js';
import { hashSecret } from '../../../identity/secrets.js';
import { findCustomerRelationship, findInvitationByCodeHash, listCustomerRelationships } from '../../../store/licensing/relationships.js';
import { page, problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { listRelationshipsQuery, presentRelationship, relationshipParams, relationshipSchema } from '../../partner/relationships/schema.js';

const code = z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters');
const respondBody = z.strictObject({ code: code.optional().describe('The code from the invitation link; needed unless the invitation names your tenant') });

/** Admin Center → Relationships: the publishers the tenant consents to. */
export const relationshipRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/relationships';
  const tags = ['relationships'];

  app.get(
    base,
    {
      schema: { tags, operationId: 'listRelationships', summary: "List the tenant's relationships and the invitations sent to it", params: tenantParams, querystring: listRelationshipsQuery, response: { 200: page(relationshipSchema), ...problems(400, 401, 403, 404) } },
      config: { access: 'relationship.read' },
    },
    async (request) => {
      const result = await listCustomerRelationships(app.db, scopeOf(request), request.query, app.clock.now());
      return { items: result.items.map(presentRelationship), total: result.total };
    },
  );

  app.get(
    `${base}/invitation`,
    {
      schema: {
        tags,
        operationId: 'getInvitationByCode',
        summary: 'Look up the invitation behind a link',
        params: tenantParams,
        querystring: z.strictObject({ code }),
        response: { 200: relationshipSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'relationship.read' },
    },
    async (request) => {
      const invitation = await findInvitationByCodeHash(app.db, scopeOf(request), hashSecret(request.query.code), app.clock.now());
      if (!invitation) throw notFound('The invitation');
      return presentRelationship(invitation);
    },
  );

  app.get(
    `${base}/:relationshipId`,
    {
      schema: { tags, operationId: 'getRelationship', summary: 'Get a relationship', params: relationshipParams, response: { 200: relationshipSchema, ...problems(401, 403, 404) } },
      config: { access: 'relationship.read' },
    },
    async (request) => {
      const relationship = await findCustomerRelationship(app.db, scopeOf(request), request.params.relationshipId, app.clock.now());
      if (!relationship) throw notFound(`Relationship ${request.params.relationshipId}`);
      return presentRelationship(relationship);
    },
  );

  for (const [action, operationId, summary, command] of [
    ['accept', 'acceptInvitation', 'Accept an invitation: consent to the publisher provisioning licenses', acceptInvitation],
    ['decline', 'declineInvitation', 'Decline an invitation', declineInvitation],
  ] as const) {
    app.post(
      `${base}/:relationshipId/${action}`,
      {
        schema: { tags, operationId, summary, params: relationshipParams, body: respondBody.nullish(), response: { 200: relationshipSchema, ...problems(400, 401, 403, 404, 409) } },
        config: { access: 'relationship.respond' },
      },
      async (request) => {
        const scope = scopeOf(request);
        await runCommand(app, request, (ctx) =>
          command(ctx, { customer: scope, relationshipId: request.params.relationshipId, code: request.body?.code, responderId: actorOf(request).userId }),
        );
        return presentRelationship((await findCustomerRelationship(app.db, scope, request.params.relationshipId, app.clock.now()))!);
      },
    );
  }

  app.post(
    `${base}/:relationshipId/end`,
    {
      schema: {
        tags,
        operationId: 'endRelationship',
        summary: 'End a relationship',
        description: 'The publisher can no longer register deals or provision more licenses; licenses already provisioned stay until their deals end.',
        params: relationshipParams,
        response: { 200: relationshipSchema, ...problems(401, 403, 404, 409) },
      },
      config: { access: 'relationship.respond' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => endRelationship(ctx, { customer: scope, relationshipId: request.params.relationshipId }));
      return presentRelationship((await findCustomerRelationship(app.db, scope, request.params.relationshipId, app.clock.now()))!);
    },
  );
};
