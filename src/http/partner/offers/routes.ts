import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createOffer } from '../../../commands/partner/createOffer.js';
import { deleteOffer } from '../../../commands/partner/deleteOffer.js';
import { updateOffer } from '../../../commands/partner/updateOffer.js';
import { OFFER_CATEGORIES, OFFER_CATEGORY_IDS } from '../../../domain/offers/categories.js';
import { notFound } from '../../../domain/problems.js';
import { findOffer, listOffers } from '../../../store/partner/offers.js';
import { scopeOf } from '../../plugins/authentication.js';
import { page, problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { createOfferBody, listOffersQuery, offerParams, offerSchema, presentOffer, updateOfferBody } from './schema.js';

/** Partner Center → Offers: create and edit offers, their setup check boxes and listing details. */
export const offerRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/offers';
  const tags = ['partner: offers'];

  app.get(
    '/api/v1/offer-categories',
    {
      schema: { tags: ['reference'], operationId: 'listOfferCategories', summary: 'The marketplace categories an offer can pick (one to three)', response: { 200: z.object({ items: z.array(z.object({ id: z.enum(OFFER_CATEGORY_IDS), name: z.string() })) }) } },
      config: { access: 'public' },
    },
    async () => ({ items: OFFER_CATEGORIES.map((c) => ({ ...c })) }),
  );

  app.get(
    base,
    {
      schema: { tags, operationId: 'listOffers', summary: "List the publisher's offers", params: tenantParams, querystring: listOffersQuery, response: { 200: page(offerSchema), ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.read' },
    },
    async (request) => {
      const result = await listOffers(app.db, scopeOf(request), request.query);
      return { items: result.items.map(presentOffer), total: result.total };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        operationId: 'createOffer',
        summary: 'Create a draft offer',
        description:
          'The answer carries the offer\'s GUID `id`. The offer key is permanent: lowercase letters, digits, "-" and "_", and publisher ID + offer key under 40 characters. ' +
          'Setting licenseManagement needs every partner program prerequisite (409 names the missing ones); ' +
          'allowInstallWithoutLicenses needs licenseManagement.',
        params: tenantParams,
        body: createOfferBody,
        response: { 201: offerSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'offer.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const offer = await runCommand(app, request, (ctx) => createOffer(ctx, { scope, ...request.body }));
      reply.code(201);
      return presentOffer(offer);
    },
  );

  app.get(
    `${base}/:offerId`,
    {
      schema: { tags, operationId: 'getOffer', summary: 'Get an offer', params: offerParams, response: { 200: offerSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.read' },
    },
    async (request) => {
      const offer = await findOffer(app.db, scopeOf(request), request.params.offerId);
      if (!offer) throw notFound(`Offer ${request.params.offerId}`);
      return presentOffer(offer);
    },
  );

  app.patch(
    `${base}/:offerId`,
    {
      schema: {
        tags,
        operationId: 'updateOffer',
        summary: "Edit an offer's setup or listing details",
        description:
          'The offer key never changes. licenseManagement is fixed once the offer is published (409). Turning licenseManagement off clears allowInstallWithoutLicenses. ' +
          'Listing edits of a published offer are live at once and may not empty a field the listing needs. ' +
          'A webhook lead destination keeps its secret when the secret is left out.',
        params: offerParams,
        body: updateOfferBody,
        response: { 200: offerSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'offer.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { offerKey: _ignored, ...changes } = request.body;
      return presentOffer(await runCommand(app, request, (ctx) => updateOffer(ctx, { scope, offerRef: request.params.offerId, changes })));
    },
  );

  app.delete(
    `${base}/:offerId`,
    {
      schema: {
        tags,
        operationId: 'deleteOffer',
        summary: 'Delete a draft offer with its plans and packages',
        description: 'Published and stop-sold offers cannot be deleted (409): customers rely on them. Stop selling instead.',
        params: offerParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'offer.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => deleteOffer(ctx, { scope, offerRef: request.params.offerId }));
      return reply.code(204).send(null);
    },
  );
};
