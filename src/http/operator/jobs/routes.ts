import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runLicenseLifecycle } from '../../../jobs/licenseLifecycle.js';
import { problems } from '../../common/schemas.js';

/** Operator console → Jobs: run background work now (tests and operations). */
export const operatorJobRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/operator/jobs/license-lifecycle',
    {
      schema: {
        tags: ['operator'],
        operationId: 'runLicenseLifecycle',
        summary: 'Run the license lifecycle job now',
        description: 'Moves every product whose deals passed a boundary into its grace period, suspension or removal, and sends the expiry notices due 30, 7 and 0 days before a deal ends (it also runs on a timer).',
        response: { 200: z.object({ due: z.number().int(), changed: z.number().int(), expiryNotices: z.number().int() }), ...problems(401, 403) },
      },
      config: { access: 'operator.jobs.run' },
    },
    async () => runLicenseLifecycle(app),
  );
};
