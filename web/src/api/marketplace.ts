import { apiRequest } from './client';

/** The public storefront: published offers, their listing pages, Contact me and Get it now. */

export type MarketplaceSort = 'relevance' | 'name' | 'newest';

export interface MarketplaceOfferCard {
  /** The listing's permanent address part: `/marketplace/offers/<slug>`. */
  slug: string;
  name: string;
  summary: string;
  categories: string[];
  publisher: { id: string; name: string };
  logoUrl: string | null;
  licenseManagement: boolean;
  publishedAt: string | null;
}

export interface CategoryFacet {
  id: string;
  label: string;
  count: number;
}

export interface PublisherFacet {
  id: string;
  name: string;
  count: number;
}

export interface MarketplaceSearch {
  items: MarketplaceOfferCard[];
  total: number;
  page: number;
  pageSize: number;
  facets: { categories: CategoryFacet[]; publishers: PublisherFacet[] };
}

export interface MarketplaceQuery {
  search?: string;
  category?: string;
  publisher?: string;
  sort?: MarketplaceSort;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

export interface ListingButton {
  shown: boolean;
  /** Why the button shows or not, in words for the visitor. */
  reason: string;
}

/** What pressing Get it now leads to: installing, asking an admin, or signing in first (null while hidden). */
export type GetItNowAction = 'install' | 'askAdmin' | 'signIn';

export interface MarketplaceVisitor {
  signedIn: boolean;
  displayName?: string;
  email?: string;
  tenantId?: string;
  tenantName?: string;
  /** ISO 3166-1 alpha-2 of the visitor's organization. */
  country?: string;
  isTenantAdmin: boolean;
  tenantHoldsLicense: boolean;
}

export interface MarketplaceListing {
  slug: string;
  name: string;
  summary: string;
  /** Plain text; shown as text, never as HTML. */
  description: string;
  categories: string[];
  logoUrl: string | null;
  publisher: { id: string; name: string };
  supportUrl: string | null;
  privacyUrl: string | null;
  plans: { planId: string; name: string; description: string }[];
  licenseManagement: boolean;
  allowInstallWithoutLicense: boolean;
  /** The published package version. */
  version: string | null;
  buttons: { getItNow: ListingButton & { action: GetItNowAction | null }; contactMe: ListingButton };
  visitor: MarketplaceVisitor;
}

/** Limits the API enforces on the Contact me form, in characters. */
export const LEAD_LIMITS = { name: 200, company: 200, email: 254, phone: 40, message: 2000 };

export interface NewLead {
  name: string;
  email: string;
  company: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  phone?: string;
  message: string;
  consent: boolean;
}

export interface InstallTarget {
  id: string;
  name: string;
  isDefault: boolean;
  /** The version of this app already in the environment, or null. */
  installedVersion: string | null;
}

export interface InstallTargets {
  canInstall: boolean;
  reason: string;
  environments: InstallTarget[];
  /** The organization's users who may install apps, for a visitor who may not. */
  admins: { displayName: string; email: string }[];
}

export interface Installation {
  /** The installed app. */
  id: string;
  environment: { id: string; name: string };
  version: string;
}

const OFFERS = '/api/v1/marketplace/offers';
const offerPath = (slug: string) => `${OFFERS}/${encodeURIComponent(slug)}`;

export const searchMarketplace = (query: MarketplaceQuery, signal?: AbortSignal) =>
  apiRequest<MarketplaceSearch>(OFFERS, { query: { ...query }, signal });

/** 404 for an unknown, draft or stop-sold offer. */
export const getListing = (slug: string, signal?: AbortSignal) => apiRequest<MarketplaceListing>(offerPath(slug), { signal });

/** 201 with the lead's id; 422 with field errors; 429 when one visitor sends too many. */
export const sendLead = (slug: string, lead: NewLead) =>
  apiRequest<{ id: string; receivedAt: string }>(`${offerPath(slug)}/leads`, { method: 'POST', body: lead });

export const getInstallTargets = (slug: string, signal?: AbortSignal) => apiRequest<InstallTargets>(`${offerPath(slug)}/install-targets`, { signal });

export const installFromListing = (slug: string, environmentId: string) =>
  apiRequest<Installation>(`${offerPath(slug)}/install`, { method: 'POST', body: { environmentId } });

/** The listing's own address in this app. */
export const listingPath = (slug: string) => `/marketplace/offers/${encodeURIComponent(slug)}`;
