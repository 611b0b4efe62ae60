import { createHash, randomUUID } from 'node:crypto';
import { packageContextFor } from '../../domain/offers/offerSetup.js';
import { hasErrors, readPackageArchive, type PackageProblem, type PackageValidation, type PackageValidationContext } from '../../domain/packages/index.js';
import { conflict, DomainError, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { findOffer, lockOffer, type OfferRecord } from '../../store/partner/offers.js';
import { findPackage, latestPackageVersion, type PackageRecord } from '../../store/partner/packages.js';
import { listPlans } from '../../store/partner/plans.js';
import type { Db, Tx } from '../../store/transaction.js';
import type { CommandContext } from '../context.js';
import { offerTarget } from './offerAuditTargets.js';

/** Every problem of a refused package, at once, each pointing into the package. */
export const invalidPackage = (problems: PackageProblem[]) => {
  const errors = problems.filter((p) => p.severity === 'error');
  return new DomainError(422, 'Invalid solution package', `The package has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.map((p) => p.message).join('; ')}`, {
    problems,
  });
};

/** What a new package is checked against: the offer's plans and publisher, and the version it must exceed. */
export async function packageUploadContext(db: Db | Tx, scope: TenantScope, offer: OfferRecord): Promise<PackageValidationContext> {
  const [plans, latest] = await Promise.all([listPlans(db, scope, offer.id), latestPackageVersion(db, scope, offer.id)]);
  return { ...packageContextFor(offer, plans), ...(latest ? { previousVersion: latest } : {}) };
}

const sameContext = (a: PackageValidationContext, b: PackageValidationContext) =>
  a.publisherId === b.publisherId && a.previousVersion === b.previousVersion && JSON.stringify([...(a.offerServiceIds ?? [])].sort()) === JSON.stringify([...(b.offerServiceIds ?? [])].sort()) && (a.offerServiceIds === undefined) === (b.offerServiceIds === undefined);

/** A package checked (off the request thread) against the offer as it was just before. */
export interface CheckedPackage {
  validation: PackageValidation;
  sha256: string;
  /** The context it was checked against; the offer must still be so when the package is stored. */
  context: PackageValidationContext;
}

/**
 * Checks a package on this thread, for the one caller without a worker pool:
 * the demo loader, before the server listens. Requests go through the pool.
 */
export async function checkPackageInline(db: Db | Tx, scope: TenantScope, offerId: string, archive: Uint8Array, archiveName: string): Promise<CheckedPackage> {
  const offer = await findOffer(db, scope, offerId);
  if (!offer) throw notFound(`Offer ${offerId}`);
  const context = await packageUploadContext(db, scope, offer);
  const validation = await readPackageArchive(archive, context, { archiveName });
  return { validation, sha256: createHash('sha256').update(archive).digest('hex'), context };
}

/**
 * Stores a new version of the offer's solution package after validating it
 * against the offer (its plans' Service IDs, its publisher, the latest
 * version), and makes it current. Invalid packages are not stored. Customers
 * keep the published version until the offer is published again. The
 * validation itself (inflating, parsing) is done by the caller, off the
 * request thread; under the offer's lock this checks that the offer is still
 * what the package was checked against.
 */
export async function uploadPackage(
  ctx: CommandContext,
  props: { scope: TenantScope; offerRef: string; archive: Uint8Array; checked: CheckedPackage },
): Promise<{ package: PackageRecord; problems: PackageProblem[] }> {
  const { scope, checked } = props;
  const offer = await lockOffer(ctx.tx, scope, props.offerRef);
  if (!offer) throw notFound(`Offer ${props.offerRef}`);
  const validation = checked.validation;
  if (hasErrors(validation.problems) || !validation.manifest || !validation.license) throw invalidPackage(validation.problems);
  if (!sameContext(await packageUploadContext(ctx.tx, scope, offer), checked.context)) {
    throw conflict("The offer's plans or package versions changed while this package was being checked; upload it again");
  }

  const { manifest, license } = validation;
  const id = randomUUID();
  try {
    await ctx.tx
      .insertInto('solution_packages')
      .values({
        id,
        tenant_id: scope.tenantId,
        offer_id: offer.id,
        unique_name: manifest.uniqueName,
        version: manifest.version,
        manifest: JSON.stringify(manifest),
        license: JSON.stringify(license),
        archive: Buffer.from(props.archive.buffer, props.archive.byteOffset, props.archive.byteLength),
        size_bytes: props.archive.length,
        sha256: checked.sha256,
        uploaded_by: ctx.actor === 'system' ? null : ctx.actor.userId,
        uploaded_at: ctx.now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'solution_packages_offer_version_key')) throw conflict(`Version ${manifest.version} was uploaded at the same time; upload a greater version`);
    throw error;
  }
  await ctx.tx.updateTable('offers').set({ current_package_id: id, updated_at: ctx.now }).where('id', '=', offer.id).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: scope.tenantId,
    action: 'package.uploaded',
    summary: `Uploaded package ${manifest.uniqueName} ${manifest.version} for offer ${offer.offerKey}`,
    ...offerTarget(offer, { version: manifest.version, sizeBytes: props.archive.length, appModules: manifest.appModules.length, warnings: validation.problems.length }),
  });
  return { package: (await findPackage(ctx.tx, scope, offer.id, manifest.version))!, problems: validation.problems };
}
