import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { setOfferLogo } from '../../../commands/partner/setOfferLogo.js';
import { LOGO_MAX_BYTES, readLogo } from '../../../domain/offers/logoImage.js';
import { formatSize } from '../../../domain/packages/index.js';
import { DomainError, notFound } from '../../../domain/problems.js';
import { findListedOfferLogo, findOfferLogo, type LogoRecord } from '../../../store/partner/offers.js';
import { scopeOf } from '../../plugins/authentication.js';
import { fileBody, problems } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { readUpload, registerUploads, type UploadRules } from '../../common/uploads.js';
import { offerParams, offerSchema, presentOffer } from '../offers/schema.js';

const LOGO_UPLOAD: UploadRules = { contentTypes: ['image/png', 'image/jpeg', 'application/octet-stream'], maxBytes: LOGO_MAX_BYTES, what: 'logo' };

/** Images are served so that a browser can only ever show them: never sniffed, never scripted. */
function sendLogo(reply: FastifyReply, logo: LogoRecord, cacheControl: string) {
  return reply
    .header('content-type', logo.contentType)
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', cacheControl)
    .header('last-modified', logo.updatedAt.toUTCString())
    .send(logo.bytes);
}

const imageResponse = z.any().describe('The PNG or JPEG image');

/** Offer logos: uploaded by the publisher, shown publicly once the offer is live. */
export const offerLogoRoutes: FastifyPluginAsyncZod = async (app) => {
  const path = '/api/v1/tenants/:tenantId/partner/offers/:offerId/logo';
  const tags = ['partner: offers'];

  await app.register(async (uploads) => {
    await registerUploads(uploads, LOGO_UPLOAD);
    uploads.withTypeProvider<ZodTypeProvider>().put(
      path,
      {
        schema: {
          tags,
          operationId: 'setOfferLogo',
          summary: "Upload or replace the offer's logo",
          description: `A PNG or JPEG image of at most ${formatSize(LOGO_MAX_BYTES)}, as the raw body (Content-Type image/png or image/jpeg) or the "file" field of multipart/form-data. The type is read from the image's bytes; SVG is refused because it can carry scripts (415).`,
          params: offerParams,
          response: { 200: offerSchema, ...problems(400, 401, 403, 404, 413, 415) },
        },
        config: { access: 'offer.write' },
      },
      async (request) => {
        const scope = scopeOf(request);
        const upload = await readUpload(request, LOGO_UPLOAD);
        const logo = readLogo(upload.bytes);
        if (!logo.ok) throw new DomainError(logo.status, logo.status === 413 ? 'Payload too large' : 'Unsupported media type', logo.message);
        return presentOffer(
          await runCommand(app, request, (ctx) => setOfferLogo(ctx, { scope, offerRef: request.params.offerId, logo: { bytes: upload.bytes, contentType: logo.contentType } })),
        );
      },
    );
  });

  app.delete(
    path,
    {
      schema: { tags, operationId: 'removeOfferLogo', summary: "Remove a draft offer's logo", params: offerParams, response: { 200: offerSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'offer.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return presentOffer(await runCommand(app, request, (ctx) => setOfferLogo(ctx, { scope, offerRef: request.params.offerId, logo: null })));
    },
  );

  app.get(
    path,
    {
      schema: { tags, operationId: 'getOfferLogo', summary: "The offer's logo, whatever its status (for Partner Center)", 'x-file-response': fileBody(['image/png', 'image/jpeg'], 'The logo image'), params: offerParams, response: { 200: imageResponse, ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.read' },
    },
    async (request, reply) => {
      const logo = await findOfferLogo(app.db, scopeOf(request), request.params.offerId);
      if (!logo) throw notFound(`The logo of offer ${request.params.offerId}`);
      return sendLogo(reply, logo, 'private, no-cache');
    },
  );

  app.get(
    '/api/v1/offer-logos/:publisherId/:offerKey',
    {
      schema: {
        tags: ['marketplace'],
        operationId: 'getPublishedOfferLogo',
        summary: 'The logo of a published or stop-sold offer (public)',
        description: 'Draft offers have no public logo (404).',
        'x-file-response': fileBody(['image/png', 'image/jpeg'], 'The logo image'),
        params: z.object({ publisherId: z.string().max(40).describe("The publisher's ID"), offerKey: z.string().max(40).describe("The offer's readable key (offerKey)") }),
        response: { 200: imageResponse, ...problems(400, 404) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const logo = await findListedOfferLogo(app.db, request.params.publisherId, request.params.offerKey);
      if (!logo) throw notFound(`The logo of offer ${request.params.publisherId}.${request.params.offerKey}`);
      return sendLogo(reply, logo, 'public, max-age=300');
    },
  );
};
