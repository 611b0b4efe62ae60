import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listCountries } from '../../domain/countries.js';

/** Reference data the forms need. */
export const referenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/countries',
    {
      schema: { tags: ['reference'], operationId: 'listCountries', summary: 'ISO 3166-1 alpha-2 countries with English names', response: { 200: z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) }) } },
      config: { access: 'public' },
    },
    async () => ({ items: listCountries() }),
  );
};
