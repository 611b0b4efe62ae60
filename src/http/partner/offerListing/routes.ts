import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addOfferScreenshot, removeOfferScreenshot } from '../../../commands/partner/offerScreenshots.js';
import { offerSlug } from '../../../domain/marketplace/slug.js';
import { pricingBadge } from '../../../domain/offers/pricingBadge.js';
import { readScreenshot, SCREENSHOT_ALT_MAX, SCREENSHOT_MAX, SCREENSHOT_MAX_BYTES, SCREENSHOT_MIN, SCREENSHOTS_PER_OFFER } from '../../../domain/offers/screenshotImage.js';
import { formatSize } from '../../../domain/packages/index.js';
import { DomainError, notFound } from '../../../domain/problems.js';
import { findOffer, findPublisherName } from '../../../store/partner/offers.js';
import { listPlans } from '../../../store/partner/plans.js';
import { findOfferScreenshot } from '../../../store/partner/screenshots.js';
import { fileBody, guid, problems } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { readUpload, registerUploads, type UploadRules } from '../../common/uploads.js';
import { listingSchema } from '../../marketplace/schema.js';
import { scopeOf } from '../../plugins/authentication.js';
import { offerParams, offerSchema, presentOffer } from '../offers/schema.js';
import { sendScreenshot } from './sendScreenshot.js';

const SCREENSHOT_UPLOAD: UploadRules = { contentTypes: ['image/png', 'image/jpeg', 'application/octet-stream'], maxBytes: SCREENSHOT_MAX_BYTES, what: 'screenshot' };
const screenshotParams = offerParams.extend({ screenshotId: guid('screenshot ID') });
const altText = z
  .string()
  .trim()
  .min(1, 'describe what the screenshot shows: screen readers read it out')
  .max(SCREENSHOT_ALT_MAX, `must be at most ${SCREENSHOT_ALT_MAX} characters`)
  .describe('What the image shows, read out by screen readers');

const PREVIEW_REASON = 'This is a preview: the button works once the offer is live';

/** A listing's screenshots (publisher side), and the preview of the listing page before it goes live. */
export const offerListingRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/offers/:offerId';
  const tags = ['partner: offers'];

  await app.register(async (uploads) => {
    await registerUploads(uploads, SCREENSHOT_UPLOAD);
    uploads.withTypeProvider<ZodTypeProvider>().post(
      `${base}/screenshots`,
      {
        schema: {
          tags,
          operationId: 'addOfferScreenshot',
          summary: 'Add a screenshot to the listing',
          description:
            `A PNG or JPEG of at most ${formatSize(SCREENSHOT_MAX_BYTES)}, between ${SCREENSHOT_MIN.width} × ${SCREENSHOT_MIN.height} and ${SCREENSHOT_MAX.width} × ${SCREENSHOT_MAX.height} pixels, ` +
            `as the raw body (Content-Type image/png or image/jpeg) or the "file" field of multipart/form-data, with its alt text in the query. ` +
            `The type and size are read from the image's header (415 for anything else, 422 for a damaged header or a size out of bounds); at most ${SCREENSHOTS_PER_OFFER} per offer (409). ` +
            'On a published offer the screenshot is live at once.',
          params: offerParams,
          querystring: z.object({ altText }),
          response: { 201: offerSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
        config: { access: 'offer.write' },
      },
      async (request, reply) => {
        const scope = scopeOf(request);
        const upload = await readUpload(request, SCREENSHOT_UPLOAD);
        const image = readScreenshot(upload.bytes);
        if (!image.ok) {
          const title = image.status === 413 ? 'Payload too large' : image.status === 415 ? 'Unsupported media type' : 'Unusable image';
          throw new DomainError(image.status, title, image.message, image.status === 422 ? { errors: [{ field: 'file', message: image.message }] } : {});
        }
        const offer = await runCommand(app, request, (ctx) =>
          addOfferScreenshot(ctx, { scope, offerRef: request.params.offerId, altText: request.query.altText, image: { ...image, bytes: upload.bytes } }),
        );
        return reply.code(201).send(presentOffer(offer));
      },
    );
  });

  app.delete(
    `${base}/screenshots/:screenshotId`,
    {
      schema: { tags, operationId: 'removeOfferScreenshot', summary: 'Remove a screenshot from the listing', params: screenshotParams, response: { 200: offerSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return presentOffer(await runCommand(app, request, (ctx) => removeOfferScreenshot(ctx, { scope, offerRef: request.params.offerId, screenshotId: request.params.screenshotId })));
    },
  );

  app.get(
    `${base}/screenshots/:screenshotId`,
    {
      schema: {
        tags,
        operationId: 'getOfferScreenshot',
        summary: 'One of the listing’s screenshots, whatever the offer’s status (for Partner Center)',
        'x-file-response': fileBody(['image/png', 'image/jpeg'], 'The screenshot'),
        params: screenshotParams,
        response: { 200: z.any().describe('The PNG or JPEG image'), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'offer.read' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const offer = await findOffer(app.db, scope, request.params.offerId);
      const image = offer ? await findOfferScreenshot(app.db, scope, offer.id, request.params.screenshotId) : null;
      if (!image) throw notFound(`Screenshot ${request.params.screenshotId} of offer ${request.params.offerId}`);
      return sendScreenshot(reply, image, 'private, no-cache');
    },
  );

  app.get(
    `${base}/listing-preview`,
    {
      schema: {
        tags,
        operationId: 'previewListing',
        summary: 'The marketplace listing page as it would look, from the offer as it is now (a draft too)',
        description:
          'Only for the publisher\'s own members (offer.read): the listing is built from the offer\'s current details, plans, logo and screenshots, whatever its status, ' +
          'with preview: true and both buttons shown but inactive. Images come from the publisher\'s own (signed-in) URLs, so nothing of a draft is public.',
        params: offerParams,
        response: { 200: listingSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'offer.read' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const offer = await findOffer(app.db, scope, request.params.offerId);
      if (!offer) throw notFound(`Offer ${request.params.offerId}`);
      const [plans, publisherName] = await Promise.all([listPlans(app.db, scope, offer.id), findPublisherName(app.db, scope)]);
      const presented = presentOffer(offer);
      const badge = pricingBadge({ licenseManagement: offer.licenseManagement, allowInstallWithoutLicense: offer.allowInstallWithoutLicenses }, plans);
      reply.header('cache-control', 'private, no-store');
      return {
        id: offer.id,
        slug: offerSlug(offer),
        name: offer.name,
        summary: offer.summary,
        description: offer.description,
        categories: offer.categories,
        logoUrl: presented.logo?.url ?? null,
        publisher: { publisherId: offer.publisherId, name: publisherName },
        supportUrl: offer.supportUrl,
        privacyUrl: offer.privacyUrl,
        pricingText: offer.pricingText,
        badge: badge ? { kind: badge.kind, label: badge.label } : null,
        screenshots: presented.screenshots.map((s) => ({ id: s.id, altText: s.altText, width: s.width, height: s.height, url: s.url })),
        plans: plans.map((p) => ({ id: p.id, planKey: p.planKey, name: p.name, description: p.description, trialDays: p.trialDays })),
        preview: true,
        licenseManagement: offer.licenseManagement,
        allowInstallWithoutLicense: offer.allowInstallWithoutLicenses,
        version: offer.currentPackageVersion,
        buttons: { getItNow: { shown: true, reason: PREVIEW_REASON, action: null }, contactMe: { shown: true, reason: PREVIEW_REASON } },
        visitor: { signedIn: true, isTenantAdmin: false, tenantHoldsLicense: false },
      };
    },
  );
};
