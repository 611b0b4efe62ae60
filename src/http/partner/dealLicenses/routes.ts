import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addDealLicenses } from '../../../commands/deals/addDealLicenses.js';
import { changeDealLicenses } from '../../../commands/deals/changeDealLicenses.js';
import type { DealPolicy } from '../../../commands/deals/dealRules.js';
import { removeDealLicenses } from '../../../commands/deals/removeDealLicenses.js';
import { licenseTermsOf } from '../../../jobs/licenseLifecycle.js';
import { problems } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { scopeOf } from '../../plugins/authentication.js';
import { dealParams, licenseLine, productEffectSchema, quantity, refOf } from '../deals/schema.js';
import { guidOrKey } from '../offers/schema.js';
import { PLAN_KEY_MAX } from '../../../domain/packages/serviceId.js';

const dealLicenseParams = dealParams.extend({ planId: guidOrKey('plan', 'gold', PLAN_KEY_MAX) });

const provisioningSchema = z.object({
  planId: z.string().meta({ format: 'uuid' }).describe("The plan's GUID"),
  planKey: z.string(),
  planName: z.string(),
  serviceId: z.string(),
  quantity: z.number().int().nullable().describe('null once removed'),
  product: productEffectSchema.describe("The customer's product (all deals for this plan together) after the change"),
});

const present = (result: { plan: { id: string; plan_id: string; name: string; service_id: string }; quantity?: number; product: z.infer<typeof productEffectSchema> }) => ({
  planId: result.plan.id,
  planKey: result.plan.plan_id,
  planName: result.plan.name,
  serviceId: result.plan.service_id,
  quantity: result.quantity ?? null,
  product: result.product,
});

/**
 * Partner Center → Deals → Licenses: what a deal provisions into the
 * customer's tenant, plan by plan. Several deals for the same plan add up.
 */
export const dealLicenseRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/deals/:dealId/licenses';
  const tags = ['partner: deals'];
  const policy = (): DealPolicy => ({ thresholdUsd: app.config.dealThresholdUsd, terms: licenseTermsOf(app.config) });

  app.post(
    base,
    {
      schema: { tags, operationId: 'addDealLicenses', summary: 'Provision licenses of a plan', params: dealParams, body: licenseLine, response: { 201: provisioningSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'deal.write' },
    },
    async (request, reply) => {
      const publisher = scopeOf(request);
      const result = await runCommand(app, request, (ctx) => addDealLicenses(ctx, { publisher, dealId: request.params.dealId, planRef: refOf(request.body.planId, request.body.planKey), quantity: request.body.quantity, policy: policy() }));
      reply.code(201);
      return present(result);
    },
  );

  app.patch(
    `${base}/:planId`,
    {
      schema: {
        tags,
        operationId: 'changeDealLicenses',
        summary: 'Change the number of licenses',
        description: 'Going below what the customer has assigned is allowed: the users beyond the new count are marked "not enough licenses", and product.overAssigned says how many.',
        params: dealLicenseParams,
        body: z.strictObject({ quantity }),
        response: { 200: provisioningSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'deal.write' },
    },
    async (request) => {
      const publisher = scopeOf(request);
      const { dealId, planId } = request.params;
      return present(await runCommand(app, request, (ctx) => changeDealLicenses(ctx, { publisher, dealId, planRef: planId, quantity: request.body.quantity, policy: policy() })));
    },
  );

  app.delete(
    `${base}/:planId`,
    {
      schema: { tags, operationId: 'removeDealLicenses', summary: "Remove a plan's licenses from the deal", params: dealLicenseParams, response: { 200: provisioningSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'deal.write' },
    },
    async (request) => {
      const publisher = scopeOf(request);
      const { dealId, planId } = request.params;
      return present(await runCommand(app, request, (ctx) => removeDealLicenses(ctx, { publisher, dealId, planRef: planId, policy: policy() })));
    },
  );
};
