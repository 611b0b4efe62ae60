import { packageContextFor } from '../../domain/offers/offerSetup.js';
import { programPrerequisites } from '../../domain/offers/prerequisites.js';
import { publishProblems, type PublishProblem } from '../../domain/offers/publishReadiness.js';
import { checkStoredPackage, type PackageValidation } from '../../domain/packages/index.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { appModulesUsedElsewhere } from '../../store/partner/appModules.js';
import type { OfferRecord } from '../../store/partner/offers.js';
import { findPackageById, type PackageRecord } from '../../store/partner/packages.js';
import { listPlans, type PlanRecord } from '../../store/partner/plans.js';
import { getProgram } from '../../store/partner/program.js';
import type { Db, Tx } from '../../store/transaction.js';

export interface PublishReadiness {
  problems: PublishProblem[];
  plans: PlanRecord[];
  currentPackage: { record: PackageRecord; validation: PackageValidation } | null;
}

/**
 * Everything publishing checks, read-only: the publish-check endpoint shows
 * it as a checklist and publishOffer refuses on any problem. The current
 * package is checked again against the offer as it is now (plans may have
 * changed since the upload), from what its upload stored (checkStoredPackage:
 * the same problems as re-reading the zip, without inflating it again).
 */
export async function assessPublishReadiness(db: Db | Tx, scope: TenantScope, offer: OfferRecord): Promise<PublishReadiness> {
  const [program, plans] = await Promise.all([getProgram(db, scope), listPlans(db, scope, offer.id)]);
  let currentPackage: PublishReadiness['currentPackage'] = null;
  if (offer.currentPackageId) {
    const record = await findPackageById(db, scope, offer.id, offer.currentPackageId);
    if (record) currentPackage = { record, validation: checkStoredPackage(record.manifest, record.license, packageContextFor(offer, plans)) };
  }
  const appModules = currentPackage?.validation.manifest?.appModules.map((m) => m.uniqueName) ?? [];
  const problems = publishProblems({
    listing: { ...offer, hasLogo: offer.logoContentType !== null },
    licenseManagement: offer.licenseManagement,
    allowInstallWithoutLicenses: offer.allowInstallWithoutLicenses,
    prerequisites: programPrerequisites(program),
    plans,
    currentPackage: currentPackage ? { version: currentPackage.record.version, validation: currentPackage.validation } : null,
    appModulesTaken: await appModulesUsedElsewhere(db, offer.id, appModules),
  });
  return { problems, plans, currentPackage };
}
