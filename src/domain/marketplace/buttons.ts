/**
 * The marketplace listing's buttons (AppSource's rules, PRODUCT.md "Marketplace
 * listing rules"): which of Get it now and Contact me a visitor sees, and why,
 * in sentences the listing page shows as they are. Pure: the caller loads the
 * offer's setup and what it knows about the visitor.
 */

export interface ListingOfferSetup {
  licenseManagement: boolean;
  allowInstallWithoutLicense: boolean;
}

export interface ListingVisitor {
  signedIn: boolean;
  /** The visitor's tenant holds at least one plan of the offer whose product is active or in grace (warning). */
  tenantHoldsLicense: boolean;
  /** The visitor may install apps in their tenant (Global or License admin). */
  isTenantAdmin: boolean;
}

/** What pressing Get it now leads to: installing, asking an admin, or signing in first. */
export type GetItNowAction = 'install' | 'askAdmin' | 'signIn';

export interface ListingButton {
  shown: boolean;
  /** Why the button is (not) there, as the listing page may show it. */
  reason: string;
}

export interface ListingButtons {
  getItNow: ListingButton & { action: GetItNowAction | null };
  contactMe: ListingButton;
}

const CONTACT_ME = 'Ask the publisher a question or for a quote: they will contact you';

export function listingButtons(offer: ListingOfferSetup, visitor: ListingVisitor): ListingButtons {
  const contactMe: ListingButton = { shown: true, reason: CONTACT_ME };
  const shown = (reason: string): ListingButtons => {
    const action: GetItNowAction = !visitor.signedIn ? 'signIn' : visitor.isTenantAdmin ? 'install' : 'askAdmin';
    const next = action === 'signIn' ? ' Sign in with a work account to install it.' : action === 'askAdmin' ? ' Ask an administrator of your organization to install it.' : '';
    return { getItNow: { shown: true, action, reason: reason + next }, contactMe };
  };
  const hidden = (reason: string): ListingButtons => ({ getItNow: { shown: false, action: null, reason }, contactMe });

  if (!offer.licenseManagement) return shown("This app's licenses are not managed by the marketplace: any organization can install it.");
  if (offer.allowInstallWithoutLicense) return shown('Any organization can install this app; some features need licenses from the publisher.');
  if (!visitor.signedIn) {
    return hidden('Sign in with a work account whose organization has licenses for this app to install it, or use Contact me to get licenses from the publisher.');
  }
  if (visitor.tenantHoldsLicense) return shown('Your organization has licenses for this app.');
  return hidden('Your organization has no licenses for this app yet: use Contact me to get them from the publisher, then install it.');
}
