/** The listing details an offer shows in the marketplace, and what "complete" means for publishing. */

export const OFFER_NAME_MAX = 100;
export const OFFER_SUMMARY_MAX = 250;
export const OFFER_DESCRIPTION_MAX = 5000;
export const WEB_URL_MAX = 2048;

export interface Listing {
  name: string;
  summary: string;
  description: string;
  categories: readonly string[];
  hasLogo: boolean;
  supportUrl: string | null;
  privacyUrl: string | null;
  launchUrl: string | null;
}

export type ListingField = 'name' | 'summary' | 'description' | 'logo' | 'categories' | 'supportUrl' | 'privacyUrl' | 'launchUrl';

/** A plain absolute web address: customers click these links, so nothing like `javascript:` or `https:example.com`. */
export function isWebUrl(value: string, { httpsOnly = false } = {}): boolean {
  if (value.length > WEB_URL_MAX || !(httpsOnly ? /^https:\/\//i : /^https?:\/\//i).test(value)) return false;
  return URL.canParse(value) && new URL(value).hostname !== '';
}

const REQUIRED: { field: ListingField; missing: (l: Listing) => boolean; message: string }[] = [
  { field: 'name', missing: (l) => l.name.trim() === '', message: 'Add the offer name' },
  { field: 'summary', missing: (l) => l.summary.trim() === '', message: 'Add a summary: the marketplace shows it under the name' },
  { field: 'description', missing: (l) => l.description.trim() === '', message: 'Add a description of what the app does' },
  { field: 'logo', missing: (l) => !l.hasLogo, message: 'Upload a logo (PNG or JPEG)' },
  { field: 'categories', missing: (l) => l.categories.length === 0, message: 'Pick at least one category' },
  { field: 'supportUrl', missing: (l) => !l.supportUrl, message: 'Add a support link' },
  { field: 'privacyUrl', missing: (l) => !l.privacyUrl, message: 'Add a privacy policy link' },
  { field: 'launchUrl', missing: (l) => !l.launchUrl, message: 'Add the app launch URL' },
];

/** Every listing field publishing needs that is still empty, in form order. */
export function missingListingFields(listing: Listing): { field: ListingField; message: string }[] {
  return REQUIRED.filter((rule) => rule.missing(listing)).map(({ field, message }) => ({ field, message }));
}
