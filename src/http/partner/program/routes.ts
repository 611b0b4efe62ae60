import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { applyToProgram } from '../../../commands/partner/applyToProgram.js';
import { getProgram } from '../../../store/partner/program.js';
import { scopeOf } from '../../plugins/authentication.js';
import { problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { applicationBody, presentProgram, programSchema } from './schema.js';

/** Partner Center → Program: the publisher's partner program enrollment and its prerequisites. */
export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/program';
  const tags = ['partner: program'];

  app.get(
    base,
    {
      schema: {
        tags,
        operationId: 'getProgramStanding',
        summary: "The publisher's partner program standing",
        description: 'Each prerequisite of app license management (partner ID, marketplace enrollment, program approval) as met or missing, with a message saying what to do.',
        params: tenantParams,
        response: { 200: programSchema, ...problems(401, 403, 404) },
      },
      config: { access: 'partnerProgram.read' },
    },
    async (request) => presentProgram(await getProgram(app.db, scopeOf(request))),
  );

  app.post(
    `${base}/application`,
    {
      schema: {
        tags,
        operationId: 'applyToProgram',
        summary: 'Apply to the partner program (or apply again after a decline)',
        description:
          'Sets the publisher ID (unique; it can no longer change once the publisher has offers), the partner ID when none is on file, and marketplace enrollment; ' +
          'the application then waits for the operator. Resubmitting a pending application corrects it; an approved publisher gets 409.',
        params: tenantParams,
        body: applicationBody,
        response: { 200: programSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'partnerProgram.apply' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { publisherId, partnerId } = request.body;
      return presentProgram(await runCommand(app, request, (ctx) => applyToProgram(ctx, { scope, publisherId, partnerId })));
    },
  );
};
