import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listLicenseEvents } from '../../../store/changeFeed.js';
import { problems } from '../../common/schemas.js';
import { eventCatalogue, eventCatalogueSchema, feedPage, feedQuery, presentFeedPage } from '../../common/feedSchemas.js';
import { scopeOf } from '../../plugins/authentication.js';

/** The change feed as a publisher reads it: events about its offers and its customers' licenses, by revision. */
export const partnerEventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/events/types',
    {
      schema: { operationId: 'listEventTypes',
        tags: ['events'],
        summary: 'The change-feed event types, what each means and what its data holds',
        response: { 200: eventCatalogueSchema },
      },
      config: { access: 'public' },
    },
    async () => eventCatalogue(),
  );

  app.get(
    '/api/v1/partner/events',
    {
      schema: { operationId: 'listPartnerEvents',
        tags: ['partner: events'],
        summary: 'Events about your offers and your customers, oldest first, after a revision',
        description:
          'Paged by revision: send the answer\'s `after` as the next `after`. A page never splits a revision. Only events about your own offers and your customers\' licenses of them.',
        querystring: feedQuery,
        response: { 200: feedPage, ...problems(400, 401, 403) },
      },
      config: { access: 'partnerEvent.read' },
    },
    async (request) => {
      const { after, types, limit } = request.query;
      const rows = await listLicenseEvents(app.db, { publisherTenantId: scopeOf(request).tenantId }, { after, types, limit });
      return presentFeedPage(rows, after);
    },
  );
};
