import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessPublishReadiness } from '../../../commands/partner/publishReadiness.js';
import { publishOffer } from '../../../commands/partner/publishOffer.js';
import { setOfferOnSale } from '../../../commands/partner/setOfferOnSale.js';
import { notFound } from '../../../domain/problems.js';
import { findOffer } from '../../../store/partner/offers.js';
import { scopeOf } from '../../plugins/authentication.js';
import { problemListing, problems } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { offerParams, offerSchema, presentOffer } from '../offers/schema.js';

export const publishProblemSchema = z.object({
  code: z.string().describe('e.g. listing.incomplete, plans.required, package.required, program.prerequisite_missing, freemium.every_app_module_mapped, app_module.taken, or a package validation code'),
  field: z.string().optional().describe('What to fix: an offer field, a prerequisite (partnerId, marketplaceEnrollment, programApproval), "plans" or "package"'),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  path: z.string().optional(),
}).meta({ id: 'PublishProblem' });

/** A publish refused (422): everything to fix at once; nothing changed. */
const publishRefusal = problemListing('PublishRefusal', 'A problem whose `problems` lists everything that keeps the offer from going live; nothing changed', publishProblemSchema);

const CHECKS =
  'Publishing checks, all at once: every partner program prerequisite; the listing (name, summary, description, logo, a category, support, privacy and launch URLs); ' +
  'with license management at least one plan, each in the package license metadata; a current package that is valid against the offer as it is now; ' +
  'the freemium rule (installs without licenses need an app module no plan maps); app module unique names not used by another offer.';

/** Partner Center → Offer → Publish: the checklist, going live, stop-selling and resuming. */
export const publishingRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/offers/:offerId';
  const tags = ['partner: publishing'];

  app.get(
    `${base}/publish-check`,
    {
      schema: {
        tags,
        operationId: 'checkPublishReadiness',
        summary: 'What publishing would say now, without publishing',
        description: `${CHECKS} ready is true when there is no problem.`,
        params: offerParams,
        response: { 200: z.object({ ready: z.boolean(), problems: z.array(publishProblemSchema) }), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'offer.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const offer = await findOffer(app.db, scope, request.params.offerId);
      if (!offer) throw notFound(`Offer ${request.params.offerId}`);
      const readiness = await assessPublishReadiness(app.db, scope, offer);
      return { ready: readiness.problems.length === 0, problems: readiness.problems };
    },
  );

  app.post(
    `${base}/publish`,
    {
      schema: {
        tags,
        operationId: 'publishOffer',
        summary: 'Publish the offer with its current package',
        description:
          `${CHECKS} Any problem: 422 with every problem in \`problems\`, and nothing changes. ` +
          'On success the offer is published, its current package becomes the published one, and the app modules (with the plans that unlock each) are rewritten from it. ' +
          'Publish again after uploading a new version or adding plans; publishing a stop-sold offer also resumes it.',
        params: offerParams,
        response: { 200: offerSchema, ...problems(400, 401, 403, 404), 422: publishRefusal },
      },
      config: { access: 'offer.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return presentOffer(await runCommand(app, request, (ctx) => publishOffer(ctx, { scope, offerRef: request.params.offerId })));
    },
  );

  app.post(
    `${base}/stop-sell`,
    {
      schema: {
        tags,
        operationId: 'stopSellingOffer',
        summary: 'Stop selling a published offer',
        description: 'It leaves the marketplace and takes no new customers; customers who have it keep their licenses and apps. 409 unless published.',
        params: offerParams,
        response: { 200: offerSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'offer.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return presentOffer(await runCommand(app, request, (ctx) => setOfferOnSale(ctx, { scope, offerRef: request.params.offerId, onSale: false })));
    },
  );

  app.post(
    `${base}/resume`,
    {
      schema: {
        tags,
        operationId: 'resumeSellingOffer',
        summary: 'Put a stop-sold offer back on sale with its published version',
        description: '409 unless stop-sold. To go live with a newer package at the same time, publish instead.',
        params: offerParams,
        response: { 200: offerSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'offer.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return presentOffer(await runCommand(app, request, (ctx) => setOfferOnSale(ctx, { scope, offerRef: request.params.offerId, onSale: true })));
    },
  );
};
