import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addPlan } from '../../../commands/partner/addPlan.js';
import { removePlan } from '../../../commands/partner/removePlan.js';
import { updatePlan } from '../../../commands/partner/updatePlan.js';
import { notFound } from '../../../domain/problems.js';
import { findOffer } from '../../../store/partner/offers.js';
import { findPlan, listPlans } from '../../../store/partner/plans.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import type { Db } from '../../../store/transaction.js';
import { scopeOf } from '../../plugins/authentication.js';
import { problems } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { offerParams } from '../offers/schema.js';
import { createPlanBody, planParams, planSchema, presentPlan, updatePlanBody } from './schema.js';

async function offerOr404(db: Db, scope: TenantScope, offerRef: string) {
  const offer = await findOffer(db, scope, offerRef);
  if (!offer) throw notFound(`Offer ${offerRef}`);
  return offer;
}

/** Partner Center → Offer → Plans: the licensing plans customers buy, each with its Service ID. */
export const planRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/offers/:offerId/plans';
  const tags = ['partner: plans'];

  app.get(
    base,
    {
      schema: { tags, operationId: 'listPlans', summary: "List an offer's plans", params: offerParams, response: { 200: z.object({ items: z.array(planSchema) }), ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const offer = await offerOr404(app.db, scope, request.params.offerId);
      return { items: (await listPlans(app.db, scope, offer.id)).map(presentPlan) };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        operationId: 'addPlan',
        summary: 'Add a plan',
        description: 'The plan key is permanent (≤ 50 characters: lowercase letters, digits, "-", "_"); the answer carries the plan\'s GUID `id` and the Service ID `<publisherId>.<offerKey>.<planKey>`. Plans can be added to published offers; publish again to map them to app modules.',
        params: offerParams,
        body: createPlanBody,
        response: { 201: planSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'offer.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const plan = await runCommand(app, request, (ctx) => addPlan(ctx, { scope, offerRef: request.params.offerId, ...request.body }));
      reply.code(201);
      return presentPlan(plan);
    },
  );

  app.get(
    `${base}/:planId`,
    {
      schema: { tags, operationId: 'getPlan', summary: 'Get a plan', params: planParams, response: { 200: planSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const offer = await offerOr404(app.db, scope, request.params.offerId);
      const plan = await findPlan(app.db, scope, offer.id, request.params.planId);
      if (!plan) throw notFound(`Plan ${request.params.planId} of offer ${request.params.offerId}`);
      return presentPlan(plan);
    },
  );

  app.patch(
    `${base}/:planId`,
    {
      schema: { tags, operationId: 'updatePlan', summary: "Rename a plan, change its description or its free trial (its key and Service ID never change)", params: planParams, body: updatePlanBody, response: { 200: planSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { name, description, trialDays } = request.body;
      const plan = await runCommand(app, request, (ctx) =>
        updatePlan(ctx, { scope, offerRef: request.params.offerId, planRef: request.params.planId, changes: { name, description, trialDays } }),
      );
      return presentPlan(plan);
    },
  );

  app.delete(
    `${base}/:planId`,
    {
      schema: {
        tags,
        operationId: 'removePlan',
        summary: 'Remove a plan',
        description:
          'Refused with 409 while customers hold licenses for the plan (the response names how many: customerCount), or while the published package maps app modules to it (publish a package without it first).',
        params: planParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'offer.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => removePlan(ctx, { scope, offerRef: request.params.offerId, planRef: request.params.planId }));
      return reply.code(204).send(null);
    },
  );
};
