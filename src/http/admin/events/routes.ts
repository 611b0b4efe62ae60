import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listLicenseEvents } from '../../../store/changeFeed.js';
import { problems, tenantParams } from '../../common/schemas.js';
import { feedPage, feedQuery, presentFeedPage } from '../../common/feedSchemas.js';
import { scopeOf } from '../../plugins/authentication.js';

/** The change feed as a customer tenant reads it: only its own events. */
export const tenantEventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/tenants/:tenantId/events',
    {
      schema: { operationId: 'listTenantEvents',
        tags: ['events'],
        summary: "The tenant's license events, oldest first, after a revision",
        description: 'Paged by revision: send the answer\'s `after` as the next `after`. A page never splits a revision.',
        params: tenantParams,
        querystring: feedQuery,
        response: { 200: feedPage, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'event.read' },
    },
    async (request) => {
      const { after, types, limit } = request.query;
      const rows = await listLicenseEvents(app.db, { tenantId: scopeOf(request).tenantId }, { after, types, limit });
      return presentFeedPage(rows, after);
    },
  );
};
