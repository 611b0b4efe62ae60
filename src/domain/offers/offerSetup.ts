import type { PackageValidationContext } from '../packages/index.js';
import type { OfferStatus } from './offerStatus.js';

/**
 * The two setup check boxes: "Enable app license management through the
 * platform" (fixed once the offer is published) and "Allow customers to
 * install my app even if licenses are not assigned", which only exists while
 * the first is checked. Turning the first off clears the second.
 */

export interface OfferSetup {
  licenseManagement: boolean;
  allowInstallWithoutLicenses: boolean;
}

export type SetupDecision =
  | { ok: true; setup: OfferSetup; enablesLicenseManagement: boolean; enablesFreemium: boolean }
  | { ok: false; status: 400 | 409; field: keyof OfferSetup; message: string };

export function decideSetup(before: (OfferSetup & { status: OfferStatus }) | null, changes: Partial<OfferSetup>): SetupDecision {
  if (before && before.status !== 'draft' && changes.licenseManagement !== undefined && changes.licenseManagement !== before.licenseManagement) {
    return {
      ok: false,
      status: 409,
      field: 'licenseManagement',
      message: `can't be changed once the offer is published; license management stays ${before.licenseManagement ? 'enabled' : 'disabled'}`,
    };
  }
  const licenseManagement = changes.licenseManagement ?? before?.licenseManagement ?? false;
  if (changes.allowInstallWithoutLicenses === true && !licenseManagement) {
    return {
      ok: false,
      status: 400,
      field: 'allowInstallWithoutLicenses',
      message: 'can only be turned on while "Enable app license management through the platform" (licenseManagement) is on',
    };
  }
  const allowInstallWithoutLicenses = licenseManagement && (changes.allowInstallWithoutLicenses ?? before?.allowInstallWithoutLicenses ?? false);
  return {
    ok: true,
    setup: { licenseManagement, allowInstallWithoutLicenses },
    enablesLicenseManagement: licenseManagement && !before?.licenseManagement,
    enablesFreemium: allowInstallWithoutLicenses && !before?.allowInstallWithoutLicenses,
  };
}

/**
 * What a package is validated against. With license management on, every
 * plan in its license metadata must be one of the offer's plans; without it,
 * the metadata is not used, so only the publisher is checked (as offline).
 */
export function packageContextFor(
  offer: { publisherId: string; licenseManagement: boolean },
  plans: readonly { serviceId: string }[],
): Pick<PackageValidationContext, 'offerServiceIds' | 'publisherId'> {
  return offer.licenseManagement ? { publisherId: offer.publisherId, offerServiceIds: plans.map((p) => p.serviceId) } : { publisherId: offer.publisherId };
}
