import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { makePackageCurrent } from '../../../commands/partner/makePackageCurrent.js';
import { packageUploadContext } from '../../../commands/partner/uploadPackage.js';
import { packageContextFor } from '../../../domain/offers/offerSetup.js';
import { PACKAGE_UPLOAD_MAX_BYTES } from '../../../domain/offers/packageUpload.js';
import { DEFAULT_ZIP_LIMITS, checkStoredPackage, formatSize, freemiumProblem } from '../../../domain/packages/index.js';
import { notFound } from '../../../domain/problems.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import { findOffer, type OfferRecord } from '../../../store/partner/offers.js';
import { findPackage, listPackages, readPackageBytes, type PackageRecord } from '../../../store/partner/packages.js';
import { listPlans } from '../../../store/partner/plans.js';
import type { Db } from '../../../store/transaction.js';
import { scopeOf } from '../../plugins/authentication.js';
import { fileBody, problems } from '../../common/schemas.js';
import { runCommand, runCommandOffThread } from '../../common/runCommand.js';
import { readUpload, registerUploads, type UploadRules } from '../../common/uploads.js';
import { offerParams, offerSchema, presentOffer } from '../offers/schema.js';
import { packageDetailSchema, packageRefusal, packageParams, packageSummarySchema, presentPackageDetail, presentPackageSummary, uploadQuery } from './schema.js';

const PACKAGE_UPLOAD: UploadRules = {
  contentTypes: ['application/zip', 'application/x-zip-compressed', 'application/octet-stream'],
  maxBytes: PACKAGE_UPLOAD_MAX_BYTES,
  what: 'package',
};

async function offerOr404(db: Db, scope: TenantScope, offerId: string) {
  const offer = await findOffer(db, scope, offerId);
  if (!offer) throw notFound(`Offer ${offerId}`);
  return offer;
}

/**
 * A stored package checked against the offer as it is now, as publishing
 * would check it: from the manifest and license metadata its upload stored,
 * so reading a package never inflates its zip again.
 */
async function validateStored(db: Db, scope: TenantScope, offer: OfferRecord, pkg: PackageRecord) {
  const plans = await listPlans(db, scope, offer.id);
  const validation = checkStoredPackage(pkg.manifest, pkg.license, packageContextFor(offer, plans));
  const freemium = offer.allowInstallWithoutLicenses ? freemiumProblem(pkg.manifest, pkg.license) : null;
  return freemium ? [...validation.problems, freemium] : validation.problems;
}

/** Partner Center → Offer → Packages: upload solution package versions, inspect, download, pick the current one. */
export const packageRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/offers/:offerId/packages';
  const tags = ['partner: packages'];

  await app.register(async (uploads) => {
    await registerUploads(uploads, PACKAGE_UPLOAD);
    uploads.withTypeProvider<ZodTypeProvider>().post(
      base,
      {
        schema: {
          tags,
          operationId: 'uploadPackage',
          summary: 'Upload a new solution package version',
          description:
            `The zip (at most ${formatSize(PACKAGE_UPLOAD_MAX_BYTES)}) as the raw body (Content-Type application/zip) or the "file" field of multipart/form-data. ` +
            "It is validated against the offer: every plan in its license metadata must be one of the offer's plans (with license management), " +
            "the manifest's publisher must be the offer's, and its version must be greater than every version uploaded before. " +
            'An invalid package is not stored: 422 lists every problem (`problems`, each with file, line and column or JSON path). ' +
            'A valid one is stored and made current; warnings come back in validation.problems. Customers keep the published version until the offer is published again. ' +
            'The zip is checked on a worker thread within a budget: its content may expand to at most the configured size and number of files (422 problems), ' +
            'its check may take at most the configured time (422), and an organization may have only a few large files in progress at once (429 with Retry-After; 503 when the whole server is busy).',
          params: offerParams,
          querystring: uploadQuery,
          response: { 201: packageDetailSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 429, 503), 422: packageRefusal },
        },
        config: { access: 'offer.write' },
      },
      async (request, reply) => {
        const scope = scopeOf(request);
        const upload = await readUpload(request, PACKAGE_UPLOAD, request.query.fileName);
        const context = await packageUploadContext(app.db, scope, await offerOr404(app.db, scope, request.params.offerId));
        // Inflating and parsing happen on a worker thread, within the tenant's budget; the command stores the result.
        const checked = await app.heavyWork.run(
          'checkPackageUpload',
          { archive: upload.bytes, archiveName: upload.fileName ?? 'package.zip', context, limits: { ...DEFAULT_ZIP_LIMITS, ...app.config.packageLimits } },
          { tenantId: scope.tenantId, what: 'the package', remedy: 'make it smaller (fewer or smaller files) and upload it again' },
        );
        const result = await runCommandOffThread(app, request, 'uploadPackage', {
          scope,
          offerRef: request.params.offerId,
          archive: upload.bytes,
          checked: { ...checked, context },
        });
        const offer = await offerOr404(app.db, scope, request.params.offerId);
        reply.code(201);
        return presentPackageDetail(result.package, offer, result.problems);
      },
    );
  });

  app.get(
    base,
    {
      schema: { tags, operationId: 'listPackages', summary: "List an offer's package versions, newest first", params: offerParams, response: { 200: z.object({ items: z.array(packageSummarySchema) }), ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const offer = await offerOr404(app.db, scope, request.params.offerId);
      return { items: (await listPackages(app.db, scope, offer.id)).map((p) => presentPackageSummary(p, offer)) };
    },
  );

  app.get(
    `${base}/:version`,
    {
      schema: {
        tags,
        operationId: 'getPackage',
        summary: 'Get a package version with its app modules, plans and validation',
        description:
          'The validation is run again against the offer as it is now (its plans may have changed since the upload), including the freemium rule when the offer allows installs without licenses. ' +
          'It works from what the upload stored (manifest and license metadata), so it gives the problems re-reading the zip would give without inflating it again.',
        params: packageParams,
        response: { 200: packageDetailSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'offer.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const offer = await offerOr404(app.db, scope, request.params.offerId);
      const pkg = await findPackage(app.db, scope, offer.id, request.params.version);
      if (!pkg) throw notFound(`Package version ${request.params.version} of offer ${offer.offerKey}`);
      return presentPackageDetail(pkg, offer, await validateStored(app.db, scope, offer, pkg));
    },
  );

  app.get(
    `${base}/:version/archive`,
    {
      schema: { tags, operationId: 'downloadPackage', summary: 'Download a package version (the zip as uploaded)', 'x-file-response': fileBody(['application/zip'], 'The package zip as uploaded'), params: packageParams, response: { 200: z.any().describe('application/zip'), ...problems(400, 401, 403, 404) } },
      config: { access: 'offer.read' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const offer = await offerOr404(app.db, scope, request.params.offerId);
      const pkg = await findPackage(app.db, scope, offer.id, request.params.version);
      const bytes = pkg ? await readPackageBytes(app.db, scope, pkg.id) : null;
      if (!pkg || !bytes) throw notFound(`Package version ${request.params.version} of offer ${offer.offerKey}`);
      const fileName = `${pkg.uniqueName}_${pkg.version.replaceAll('.', '_')}.zip`;
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(bytes));
    },
  );

  app.post(
    `${base}/:version/make-current`,
    {
      schema: {
        tags,
        operationId: 'makePackageCurrent',
        summary: 'Make a stored version the current one',
        description: 'The current version is the one the next publish makes live; use it to go back to an earlier version.',
        params: packageParams,
        response: { 200: offerSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'offer.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { offerId: offerRef, version } = request.params;
      return presentOffer(await runCommand(app, request, (ctx) => makePackageCurrent(ctx, { scope, offerRef, version })));
    },
  );
};
