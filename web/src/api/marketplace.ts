import { answer, api, type OperationAnswer, type Schemas } from './client';
import type { operations } from './openapi';

/** The public storefront: published offers, their listing pages, Contact me and Get it now. */

export type MarketplaceSort = NonNullable<MarketplaceQuery['sort']>;

/** A search result card, as the server answers it: `id` is the offer's GUID, `slug` the listing's address part. */
export type MarketplaceOfferCard = Schemas['OfferCard'];
export type MarketplaceSearch = OperationAnswer<'searchMarketplace'>;
export type CategoryFacet = MarketplaceSearch['facets']['categories'][number];
export type PublisherFacet = MarketplaceSearch['facets']['publishers'][number];

/** What the storefront is asked for (search words, category, publisher, sort, 1-based page). */
export type MarketplaceQuery = NonNullable<operations['searchMarketplace']['parameters']['query']>;

/** A listing page, as the server answers it. */
export type MarketplaceListing = Schemas['Listing'];
export type ListingButton = MarketplaceListing['buttons']['contactMe'];
/** What pressing Get it now leads to: installing, asking an admin, or signing in first (null while hidden). */
export type GetItNowAction = NonNullable<MarketplaceListing['buttons']['getItNow']['action']>;
export type MarketplaceVisitor = MarketplaceListing['visitor'];

/** Limits the API enforces on the Contact me form, in characters. */
export const LEAD_LIMITS = { name: 200, company: 200, email: 254, phone: 40, message: 2000 };

type LeadBody = NonNullable<operations['submitLead']['requestBody']>['content']['application/json'];
/** The Contact me form: the server's body, with every field but the phone filled in. */
export type NewLead = Required<Omit<LeadBody, 'phone'>> & Pick<LeadBody, 'phone'>;

export type InstallTargets = OperationAnswer<'listInstallTargets'>;
export type InstallTarget = InstallTargets['environments'][number];
/** The installed app, its environment and version. */
export type Installation = OperationAnswer<'installFromListing', 201>;

const OFFER = '/api/v1/marketplace/offers/{slug}';

export const searchMarketplace = (query: MarketplaceQuery, signal?: AbortSignal) => answer(api.GET('/api/v1/marketplace/offers', { params: { query }, signal }), signal);

/** 404 for an unknown, draft or stop-sold offer. */
export const getListing = (slug: string, signal?: AbortSignal) => answer(api.GET(OFFER, { params: { path: { slug } }, signal }), signal);

/** 201 with the lead's id; 422 with field errors; 429 when one visitor sends too many. */
export const sendLead = (slug: string, lead: NewLead) => answer(api.POST(`${OFFER}/leads`, { params: { path: { slug } }, body: lead }));

export const getInstallTargets = (slug: string, signal?: AbortSignal) => answer(api.GET(`${OFFER}/install-targets`, { params: { path: { slug } }, signal }), signal);

export const installFromListing = (slug: string, environmentId: string) => answer(api.POST(`${OFFER}/install`, { params: { path: { slug } }, body: { environmentId } }));

/** The listing's own address in this app. */
export const listingPath = (slug: string) => `/marketplace/offers/${encodeURIComponent(slug)}`;
