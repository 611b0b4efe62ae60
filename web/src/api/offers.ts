import { apiRequest, type Page, type PageQuery } from './client';

export type OfferStatus = 'draft' | 'published' | 'stop_sold';

export type LeadDestination = { kind: 'inbox'; url: null; secretSet: false } | { kind: 'webhook'; url: string; secretSet: boolean };

export interface Offer {
  /** Chosen at creation and permanent. */
  offerId: string;
  publisherId: string;
  status: OfferStatus;
  licenseManagement: boolean;
  allowInstallWithoutLicenses: boolean;
  name: string;
  summary: string;
  description: string;
  categories: string[];
  logo: { contentType: string; url: string; publicUrl: string | null } | null;
  supportUrl: string | null;
  privacyUrl: string | null;
  launchUrl: string | null;
  leadDestination: LeadDestination;
  planCount: number;
  /** The version the next publish makes live. */
  currentPackageVersion: string | null;
  /** The version customers get. */
  publishedPackageVersion: string | null;
  /** A live offer whose current package is not the published one. */
  hasUnpublishedPackage: boolean;
  publishedAt: string | null;
  stopSoldAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type LeadDestinationInput = { kind: 'inbox' } | { kind: 'webhook'; url: string; secret?: string };

export interface OfferFields {
  name: string;
  summary: string;
  description: string;
  categories: string[];
  supportUrl: string | null;
  privacyUrl: string | null;
  launchUrl: string | null;
  leadDestination: LeadDestinationInput;
  licenseManagement: boolean;
  allowInstallWithoutLicenses: boolean;
}

export interface NewOffer extends Partial<OfferFields> {
  offerId: string;
  name: string;
}

export interface OfferQuery extends PageQuery {
  status?: OfferStatus;
  search?: string;
}

export interface OfferCategory {
  id: string;
  name: string;
}

/** One thing that keeps an offer from going live, with where to fix it. */
export interface PublishProblem {
  code: string;
  /** An offer field, a prerequisite, "plans" or "package". */
  field?: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
  path?: string;
}

export interface PublishCheck {
  ready: boolean;
  problems: PublishProblem[];
}

/** Limits the API enforces, shown next to the fields. */
export const OFFER_LIMITS = { name: 100, summary: 250, description: 5000, categories: 3, logoBytes: 256 * 1024, offerIdAndPublisherId: 39 };

export const offersPath = (tenantId: string) => `/api/v1/tenants/${tenantId}/partner/offers`;
export const offerPath = (tenantId: string, offerId: string) => `${offersPath(tenantId)}/${encodeURIComponent(offerId)}`;

export const listOffers = (tenantId: string, query: OfferQuery, signal?: AbortSignal) =>
  apiRequest<Page<Offer>>(offersPath(tenantId), { query: { ...query }, signal });

export const getOffer = (tenantId: string, offerId: string, signal?: AbortSignal) => apiRequest<Offer>(offerPath(tenantId, offerId), { signal });

export const createOffer = (tenantId: string, offer: NewOffer) => apiRequest<Offer>(offersPath(tenantId), { method: 'POST', body: offer });

export const updateOffer = (tenantId: string, offerId: string, changes: Partial<OfferFields>) =>
  apiRequest<Offer>(offerPath(tenantId, offerId), { method: 'PATCH', body: changes });

/** Drafts only; published and stop-sold offers answer 409. */
export const deleteOffer = (tenantId: string, offerId: string) => apiRequest<void>(offerPath(tenantId, offerId), { method: 'DELETE' });

/** A PNG or JPEG of at most 256 KB (413 larger, 415 for anything else). */
export const uploadOfferLogo = (tenantId: string, offerId: string, file: File) =>
  apiRequest<Offer>(`${offerPath(tenantId, offerId)}/logo`, { method: 'PUT', body: file, contentType: file.type || 'application/octet-stream' });

export const deleteOfferLogo = (tenantId: string, offerId: string) => apiRequest<Offer>(`${offerPath(tenantId, offerId)}/logo`, { method: 'DELETE' });

export const listOfferCategories = (signal?: AbortSignal) => apiRequest<{ items: OfferCategory[] }>('/api/v1/offer-categories', { signal });

export const checkPublish = (tenantId: string, offerId: string, signal?: AbortSignal) =>
  apiRequest<PublishCheck>(`${offerPath(tenantId, offerId)}/publish-check`, { signal });

/** 422 with every problem in `problems` when something is missing; nothing changes then. */
export const publishOffer = (tenantId: string, offerId: string) => apiRequest<Offer>(`${offerPath(tenantId, offerId)}/publish`, { method: 'POST' });

export const stopSellingOffer = (tenantId: string, offerId: string) => apiRequest<Offer>(`${offerPath(tenantId, offerId)}/stop-sell`, { method: 'POST' });

export const resumeSellingOffer = (tenantId: string, offerId: string) => apiRequest<Offer>(`${offerPath(tenantId, offerId)}/resume`, { method: 'POST' });
