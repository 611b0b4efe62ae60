import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createLicenseRequest } from '../../../commands/licenseRequests/createLicenseRequest.js';
import { declineLicenseRequest } from '../../../commands/licenseRequests/declineLicenseRequest.js';
import { approveLicenseRequest } from '../../../commands/licenseRequests/approveLicenseRequest.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { guid, page, pagination, problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { listLicenseRequests } from '../../../store/licenseRequests.js';
import { licenseRequestSchema } from './schema.js';

const requestParams = tenantParams.extend({ requestId: guid('request ID') });

/** License requests: users ask from the launch page; admins approve or decline in the Admin Center. */
export const licenseRequestRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/license-requests';
  const tags = ['licenses'];

  app.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createLicenseRequest',
        summary: 'Ask your admins for a license to an app module',
        params: tenantParams,
        body: z.strictObject({
          appModule: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
          message: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
        }),
        response: { 201: z.object({ id: z.string().meta({ format: 'uuid' }) }), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'licenseRequest.create' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const actor = actorOf(request);
      const id = await runCommand(app, request, (ctx) =>
        createLicenseRequest(ctx, { scope, userId: actor.userId, appModule: request.body.appModule, message: request.body.message, index: app.entitlements.index }),
      );
      reply.code(201);
      return { id };
    },
  );

  app.get(
    `${base}/mine`,
    {
      schema: { tags, operationId: 'listMyLicenseRequests', summary: 'My license requests and their outcome', params: tenantParams, response: { 200: page(licenseRequestSchema), ...problems(401, 404) } },
      config: { access: 'licenseRequest.create' },
    },
    async (request) => listLicenseRequests(app.db, scopeOf(request), { userId: actorOf(request).userId, limit: 100, offset: 0 }),
  );

  app.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listLicenseRequests',
        summary: "The tenant's license requests (admins)",
        params: tenantParams,
        querystring: z.strictObject({ status: z.enum(['pending', 'approved', 'declined']).optional(), ...pagination }),
        response: { 200: page(licenseRequestSchema), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'licenseRequest.manage' },
    },
    async (request) => listLicenseRequests(app.db, scopeOf(request), request.query),
  );

  app.post(
    `${base}/:requestId/approve`,
    {
      schema: {
        tags,
        operationId: 'approveLicenseRequest',
        summary: 'Approve a license request: assigns the requester a seat of the product and tells them (409 when no seat is free)',
        params: requestParams,
        body: z.strictObject({
          planId: guid('plan ID').optional().describe('Which plan to assign; by default the first granting plan with a free seat'),
          note: z.string().trim().max(1000, 'must be at most 1000 characters').default(''),
        }),
        response: { 200: z.object({ planId: z.string().meta({ format: 'uuid' }) }), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'licenseRequest.manage' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return runCommand(app, request, (ctx) =>
        approveLicenseRequest(ctx, { scope, requestId: request.params.requestId, deciderId: actorOf(request).userId, planId: request.body.planId, note: request.body.note }),
      );
    },
  );

  app.post(
    `${base}/:requestId/decline`,
    {
      schema: {
        tags,
        operationId: 'declineLicenseRequest',
        summary: 'Decline a license request, with an optional reason the requester sees (in-app and by email)',
        params: requestParams,
        body: z.strictObject({ note: z.string().trim().max(1000, 'must be at most 1000 characters').default('').describe('Why, optional: the requester reads it in My apps and in the email') }),
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'licenseRequest.manage' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) =>
        declineLicenseRequest(ctx, { scope, requestId: request.params.requestId, deciderId: actorOf(request).userId, note: request.body.note }),
      );
      return reply.code(204).send(null);
    },
  );
};
