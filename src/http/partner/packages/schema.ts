import { z } from 'zod';
import { SOLUTION_VERSION_PATTERN, SOLUTION_VERSION_RULE } from '../../../domain/packages/solutionVersion.js';
import { unmappedAppModules, type PackageProblem } from '../../../domain/packages/index.js';
import type { OfferRecord } from '../../../store/partner/offers.js';
import type { PackageRecord } from '../../../store/partner/packages.js';
import { isoDate, problemListing } from '../../common/schemas.js';
import { offerParams } from '../offers/schema.js';

export const packageParams = offerParams.extend({ version: z.string().regex(SOLUTION_VERSION_PATTERN, SOLUTION_VERSION_RULE) });

export const uploadQuery = z.strictObject({
  fileName: z.string().max(255, 'must be at most 255 characters').optional().describe('The file name archive-level problems are reported against (default package.zip)'),
});

export const packageProblemSchema = z
  .object({
    code: z.string(),
    severity: z.enum(['error', 'warning']),
    message: z.string(),
    file: z.string(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
    path: z.string().optional(),
  })
  .meta({ id: 'PackageProblem' });

/** An upload refused (422): every problem of the package at once; nothing was stored. */
export const packageRefusal = problemListing(
  'PackageRefusal',
  'A problem whose `problems` lists every problem of the package, each with its file and a line and column or a JSON path; nothing was stored. A 422 over the processing budget has `limit` instead.',
  packageProblemSchema,
);

export const packageSummarySchema = z.object({
  version: z.string(),
  uniqueName: z.string(),
  displayName: z.string(),
  publisher: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  appModuleCount: z.number().int(),
  isCurrent: z.boolean().describe('The version the next publish makes live'),
  isPublished: z.boolean().describe('The version customers get'),
  uploadedBy: z.object({ userId: z.string(), displayName: z.string() }).nullable(),
  uploadedAt: isoDate,
});

export const packageDetailSchema = packageSummarySchema.extend({
  appModules: z.array(
    z.object({
      uniqueName: z.string(),
      displayName: z.string(),
      needsLicense: z.boolean().describe('False for an app module no plan maps'),
      plans: z.array(z.string()).describe('Service IDs of the plans that unlock it'),
    }),
  ),
  servicePlans: z.array(z.object({ serviceId: z.string(), displayName: z.string(), moreInfoUrl: z.string().meta({ format: 'uri' }) })),
  validation: z
    .object({ valid: z.boolean(), problems: z.array(packageProblemSchema) })
    .describe('The package checked against the offer as it is now (its plans, publisher and freemium setting)'),
});

export const presentPackageSummary = (p: PackageRecord, offer: OfferRecord): z.infer<typeof packageSummarySchema> => ({
  version: p.version,
  uniqueName: p.uniqueName,
  displayName: p.manifest.displayName,
  publisher: p.manifest.publisher,
  sizeBytes: p.sizeBytes,
  sha256: p.sha256,
  appModuleCount: p.manifest.appModules.length,
  isCurrent: offer.currentPackageId === p.id,
  isPublished: offer.publishedPackageId === p.id,
  uploadedBy: p.uploadedBy,
  uploadedAt: p.uploadedAt.toISOString(),
});

export function presentPackageDetail(p: PackageRecord, offer: OfferRecord, problems: PackageProblem[]): z.infer<typeof packageDetailSchema> {
  const free = new Set(unmappedAppModules(p.manifest, p.license).map((m) => m.uniqueName));
  return {
    ...presentPackageSummary(p, offer),
    appModules: p.manifest.appModules.map((m) => ({
      uniqueName: m.uniqueName,
      displayName: m.displayName,
      needsLicense: !free.has(m.uniqueName),
      plans: p.license.mappings.filter((x) => x.appModule === m.uniqueName).map((x) => x.serviceId),
    })),
    servicePlans: p.license.servicePlans,
    validation: { valid: !problems.some((x) => x.severity === 'error'), problems },
  };
}
