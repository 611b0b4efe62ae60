import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { cancelInvitation } from '../../../commands/relationships/cancelInvitation.js';
import { createInvitation } from '../../../commands/relationships/createInvitation.js';
import { notFound } from '../../../domain/problems.js';
import { findPublisherRelationship, listPublisherRelationships } from '../../../store/licensing/relationships.js';
import { page, problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { createInvitationBody, invitationSchema, listRelationshipsQuery, presentRelationship, relationshipParams, relationshipSchema } from './schema.js';

/** Partner Center → Customers: invitation links and the relationships customers consented to. */
export const partnerRelationshipRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/relationships';
  const tags = ['partner: relationships'];

  app.get(
    base,
    {
      schema: { tags, operationId: 'listPartnerRelationships', summary: 'List invitations and relationships', params: tenantParams, querystring: listRelationshipsQuery, response: { 200: page(relationshipSchema), ...problems(400, 401, 403, 404) } },
      config: { access: 'partnerRelationship.read' },
    },
    async (request) => {
      const result = await listPublisherRelationships(app.db, scopeOf(request), request.query, app.clock.now());
      return { items: result.items.map(presentRelationship), total: result.total };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createInvitation',
        summary: 'Create an invitation link',
        description: 'The link is valid for 14 days. A Global or Billing admin of the customer tenant accepts it in the Admin Center; only then can deals provision licenses into that tenant.',
        params: tenantParams,
        body: createInvitationBody,
        response: { 201: invitationSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'partnerRelationship.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const invitation = await runCommand(app, request, (ctx) =>
        createInvitation(ctx, { publisher: scope, ...request.body, publicUrl: app.config.publicUrl, createdBy: actorOf(request).userId }),
      );
      const relationship = (await findPublisherRelationship(app.db, scope, invitation.relationshipId, app.clock.now()))!;
      reply.code(201);
      return { ...presentRelationship(relationship), invitationUrl: invitation.url, code: invitation.code };
    },
  );

  app.get(
    `${base}/:relationshipId`,
    {
      schema: { tags, operationId: 'getPartnerRelationship', summary: 'Get an invitation or relationship', params: relationshipParams, response: { 200: relationshipSchema, ...problems(401, 403, 404) } },
      config: { access: 'partnerRelationship.read' },
    },
    async (request) => {
      const relationship = await findPublisherRelationship(app.db, scopeOf(request), request.params.relationshipId, app.clock.now());
      if (!relationship) throw notFound(`Relationship ${request.params.relationshipId}`);
      return presentRelationship(relationship);
    },
  );

  app.post(
    `${base}/:relationshipId/cancel`,
    {
      schema: { tags, operationId: 'cancelInvitation', summary: 'Cancel a pending invitation', params: relationshipParams, response: { 200: relationshipSchema, ...problems(401, 403, 404, 409) } },
      config: { access: 'partnerRelationship.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => cancelInvitation(ctx, { publisher: scope, relationshipId: request.params.relationshipId }));
      return presentRelationship((await findPublisherRelationship(app.db, scope, request.params.relationshipId, app.clock.now()))!);
    },
  );
};
