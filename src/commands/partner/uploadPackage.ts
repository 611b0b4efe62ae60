import { createHash, randomUUID } from 'node:crypto';
import { packageContextFor } from '../../domain/offers/offerSetup.js';
import { hasErrors, readPackageArchive, type PackageProblem } from '../../domain/packages/index.js';
import { conflict, DomainError, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { lockOffer } from '../../store/partner/offers.js';
import { findPackage, latestPackageVersion, type PackageRecord } from '../../store/partner/packages.js';
import { listPlans } from '../../store/partner/plans.js';
import type { CommandContext } from '../context.js';

/** Every problem of a refused package, at once, each pointing into the package. */
export const invalidPackage = (problems: PackageProblem[]) => {
  const errors = problems.filter((p) => p.severity === 'error');
  return new DomainError(422, 'Invalid solution package', `The package has ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.map((p) => p.message).join('; ')}`, {
    problems,
  });
};

/**
 * Stores a new version of the offer's solution package after validating it
 * against the offer (its plans' Service IDs, its publisher, the latest
 * version), and makes it current. Invalid packages are not stored. Customers
 * keep the published version until the offer is published again.
 */
export async function uploadPackage(
  ctx: CommandContext,
  props: { scope: TenantScope; offerId: string; archive: Uint8Array; archiveName?: string | undefined },
): Promise<{ package: PackageRecord; problems: PackageProblem[] }> {
  const { scope } = props;
  const offer = await lockOffer(ctx.tx, scope, props.offerId);
  if (!offer) throw notFound(`Offer ${props.offerId}`);
  const plans = await listPlans(ctx.tx, scope, offer.id);
  const latest = await latestPackageVersion(ctx.tx, scope, offer.id);
  const validation = readPackageArchive(
    props.archive,
    { ...packageContextFor(offer, plans), ...(latest ? { previousVersion: latest } : {}) },
    { archiveName: props.archiveName ?? 'package.zip' },
  );
  if (hasErrors(validation.problems) || !validation.manifest || !validation.license) throw invalidPackage(validation.problems);

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
        archive: Buffer.from(props.archive),
        size_bytes: props.archive.length,
        sha256: createHash('sha256').update(props.archive).digest('hex'),
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
    targetType: 'offer',
    targetId: offer.offerId,
    summary: `Uploaded package ${manifest.uniqueName} ${manifest.version} for offer ${offer.offerId}`,
    detail: { version: manifest.version, sizeBytes: props.archive.length, appModules: manifest.appModules.length, warnings: validation.problems.length },
  });
  return { package: (await findPackage(ctx.tx, scope, offer.id, manifest.version))!, problems: validation.problems };
}
