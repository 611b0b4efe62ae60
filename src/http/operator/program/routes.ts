import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { decideProgramApplication } from '../../../commands/partner/decideProgramApplication.js';
import { notFound } from '../../../domain/problems.js';
import { operatorProgramQueries } from '../../../store/partner/program.js';
import { page, problems } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { applicationParams, applicationSchema, declineBody, listApplicationsQuery, presentApplication } from './schema.js';

/** Operator console → Partner program: review publishers' applications. */
export const operatorProgramRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/operator/program/applications';
  const tags = ['operator'];

  app.get(
    base,
    {
      schema: { tags, operationId: 'listProgramApplications', summary: 'List partner program applications (pending first by default)', querystring: listApplicationsQuery, response: { 200: page(applicationSchema), ...problems(400, 401, 403) } },
      config: { access: 'operator.program.read' },
    },
    async (request) => {
      const result = await operatorProgramQueries.list(app.db, request.query);
      return { items: result.items.map(presentApplication), total: result.total };
    },
  );

  app.get(
    `${base}/:tenantId`,
    {
      schema: { tags, operationId: 'getProgramApplication', summary: "A publisher's application", params: applicationParams, response: { 200: applicationSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'operator.program.read' },
    },
    async (request) => {
      const application = await operatorProgramQueries.find(app.db, request.params.tenantId);
      if (!application) throw notFound(`Publisher ${request.params.tenantId}`);
      return presentApplication(application);
    },
  );

  app.post(
    `${base}/:tenantId/approve`,
    {
      schema: {
        tags,
        operationId: 'approveProgramApplication',
        summary: 'Approve a pending application',
        description: 'The publisher may then enable app license management. 409 unless pending, or while its partner ID or marketplace enrollment is missing.',
        params: applicationParams,
        response: { 200: applicationSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'operator.program.decide' },
    },
    async (request) =>
      presentApplication(await runCommand(app, request, (ctx) => decideProgramApplication(ctx, { tenantId: request.params.tenantId, decision: { approve: true } }))),
  );

  app.post(
    `${base}/:tenantId/decline`,
    {
      schema: {
        tags,
        operationId: 'declineProgramApplication',
        summary: 'Decline a pending application with a reason the publisher sees',
        params: applicationParams,
        body: declineBody,
        response: { 200: applicationSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'operator.program.decide' },
    },
    async (request) =>
      presentApplication(
        await runCommand(app, request, (ctx) =>
          decideProgramApplication(ctx, { tenantId: request.params.tenantId, decision: { approve: false, reason: request.body.reason } }),
        ),
      ),
  );
};
