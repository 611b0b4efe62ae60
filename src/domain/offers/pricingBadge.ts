/**
 * The badge a listing and its offer card show about price, derived from the offer and its plans
 * (LicenseHub does not hold prices; the pricing text is the publisher's own words):
 *
 * - **Free**: the offer lets customers install and use the app without any license
 *   (allowInstallWithoutLicense: its live package leaves at least one app module free of plans).
 *   An offer without license management gets no Free badge: its publisher may sell it elsewhere.
 * - **Free trial**: otherwise, when at least one plan offers a trial (the plan's trialDays);
 *   the longest trial is named, e.g. "30-day free trial".
 * - none: every module needs a license and no plan has a trial.
 */

export const PRICING_TEXT_MAX = 80;
export const TRIAL_DAYS_MAX = 365;

export type PricingBadge = { kind: 'free'; label: string } | { kind: 'freeTrial'; label: string; trialDays: number } | null;

export function pricingBadge(offer: { licenseManagement: boolean; allowInstallWithoutLicense: boolean }, plans: readonly { trialDays: number | null }[]): PricingBadge {
  if (offer.licenseManagement && offer.allowInstallWithoutLicense) return { kind: 'free', label: 'Free' };
  const longest = Math.max(0, ...plans.map((p) => p.trialDays ?? 0));
  if (longest > 0) return { kind: 'freeTrial', label: `${longest}-day free trial`, trialDays: longest };
  return null;
}
