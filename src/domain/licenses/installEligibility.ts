/**
 * "Install this product": may a tenant install an offer's app? Yes when the
 * offer's licenses are not managed by the platform, when the publisher allows
 * installing without licenses (freemium), or when the tenant holds at least
 * one license of the offer that has not been removed. Otherwise the answer
 * says why, in words an admin can act on.
 */
export interface InstallQuestion {
  offerName: string;
  licenseManagement: boolean;
  allowInstallWithoutLicense: boolean;
  /** Products (plans) of this offer the tenant holds and that are not removed. */
  heldProducts: number;
}

export type InstallAnswer = { allowed: true; reason: 'no_license_management' | 'install_without_license' | 'licensed' } | { allowed: false; reason: 'no_license'; detail: string };

export function installEligibility(question: InstallQuestion): InstallAnswer {
  if (!question.licenseManagement) return { allowed: true, reason: 'no_license_management' };
  if (question.allowInstallWithoutLicense) return { allowed: true, reason: 'install_without_license' };
  if (question.heldProducts > 0) return { allowed: true, reason: 'licensed' };
  return {
    allowed: false,
    reason: 'no_license',
    detail: `${question.offerName} can only be installed by organizations that hold a license for it, and yours holds none. Buy licenses from the publisher; once they register the deal, you can install it.`,
  };
}
