import { decideSetup, type OfferSetup } from '../../domain/offers/offerSetup.js';
import { licenseManagementRefusal, programPrerequisites } from '../../domain/offers/prerequisites.js';
import { conflict, DomainError, invalid, type FieldProblem } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { getProgram } from '../../store/partner/program.js';
import type { OfferStatus } from '../../domain/offers/offerStatus.js';
import type { Tx } from '../../store/transaction.js';

/** What create and update share: the listing fields, the setup boxes and their rules. */

export interface ListingChanges {
  name?: string | undefined;
  summary?: string | undefined;
  description?: string | undefined;
  pricingText?: string | undefined;
  categories?: string[] | undefined;
  supportUrl?: string | null | undefined;
  privacyUrl?: string | null | undefined;
  launchUrl?: string | null | undefined;
}

export interface OfferChanges extends ListingChanges {
  licenseManagement?: boolean | undefined;
  allowInstallWithoutLicenses?: boolean | undefined;
}

/** Applies the check-box rules, and refuses to enable license management while a prerequisite is missing. */
export async function resolveSetup(
  tx: Tx,
  scope: TenantScope,
  before: (OfferSetup & { status: OfferStatus }) | null,
  changes: OfferChanges,
) {
  const decision = decideSetup(before, changes);
  if (!decision.ok) {
    const errors: FieldProblem[] = [{ field: decision.field, message: decision.message }];
    throw decision.status === 400
      ? invalid(decision.field, decision.message)
      : new DomainError(409, 'Conflict', `${decision.field}: ${decision.message}`, { errors });
  }
  if (decision.enablesLicenseManagement) {
    const program = await getProgram(tx, scope);
    const refusal = licenseManagementRefusal(program);
    if (refusal) {
      throw conflict(refusal, {
        errors: [{ field: 'licenseManagement', message: refusal }],
        prerequisites: programPrerequisites(program),
      });
    }
  }
  return decision;
}
