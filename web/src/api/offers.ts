import { answer, api, fileBody, type OperationAnswer, type Schemas } from './client';
import type { operations } from './openapi';
import { isOptionalNumber, isOptionalString, isRecord } from './jsonShape';

/** As the server answers it (generated from the OpenAPI document): `id` is the offer's GUID, `offerKey` the readable key chosen at creation. */
export type Offer = Schemas['Offer'];
export type OfferStatus = Offer['status'];
export type OfferScreenshot = Offer['screenshots'][number];

export type NewOffer = Schemas['CreateOfferInput'];
/** The editable fields (the offer key is permanent). */
export type OfferFields = Required<Omit<Schemas['UpdateOfferInput'], 'offerKey'>>;

export type OfferQuery = NonNullable<operations['listOffers']['parameters']['query']>;

export type OfferCategory = OperationAnswer<'listOfferCategories'>['items'][number];

export type PublishCheck = OperationAnswer<'checkPublishReadiness'>;
/** One thing that keeps an offer from going live, with where to fix it. */
export type PublishProblem = PublishCheck['problems'][number];

/** Whether a refusal's listed item is a publish problem (publishing's 422 lists them in `problems`). */
export function isPublishProblem(value: unknown): value is PublishProblem {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    isOptionalString(value.field) &&
    isOptionalString(value.file) &&
    isOptionalNumber(value.line) &&
    isOptionalNumber(value.column) &&
    isOptionalString(value.path)
  );
}

/** Limits the API enforces, shown next to the fields. */
export const OFFER_LIMITS = {
  name: 100,
  summary: 250,
  description: 5000,
  pricingText: 80,
  categories: 3,
  logoBytes: 256 * 1024,
  offerKeyAndPublisherId: 39,
  screenshots: 5,
  screenshotBytes: 1024 * 1024,
  screenshotAlt: 200,
};

export const offersPath = (tenantId: string) => `/api/v1/tenants/${tenantId}/partner/offers`;
/** The partner offer routes take the offer's GUID (or its key); the web app always sends the GUID. */
export const offerPath = (tenantId: string, offerId: string) => `${offersPath(tenantId)}/${encodeURIComponent(offerId)}`;

const base = '/api/v1/tenants/{tenantId}/partner/offers';
const one = `${base}/{offerId}` as const;
const at = (tenantId: string, offerId: string) => ({ params: { path: { tenantId, offerId } } });

export const listOffers = (tenantId: string, query: OfferQuery, signal?: AbortSignal) =>
  answer(api.GET(base, { params: { path: { tenantId }, query }, signal }), signal);

export const getOffer = (tenantId: string, offerId: string, signal?: AbortSignal) => answer(api.GET(one, { ...at(tenantId, offerId), signal }), signal);

export const createOffer = (tenantId: string, offer: NewOffer) => answer(api.POST(base, { params: { path: { tenantId } }, body: offer }));

export const updateOffer = (tenantId: string, offerId: string, changes: Partial<OfferFields>) => answer(api.PATCH(one, { ...at(tenantId, offerId), body: changes }));

/** Drafts only; published and stop-sold offers answer 409. */
export const deleteOffer = (tenantId: string, offerId: string) => answer(api.DELETE(one, at(tenantId, offerId))).then(() => undefined);

/** A PNG or JPEG of at most 256 KB (413 larger, 415 for anything else). */
export const uploadOfferLogo = (tenantId: string, offerId: string, file: File) => answer(api.PUT(`${one}/logo`, { ...at(tenantId, offerId), ...fileBody(file) }));

/** A PNG or JPEG of at most 1 MB, 320 × 200 to 3840 × 2160 pixels (413, 415, 422), with what it shows; at most 5 per offer (409). */
export const addOfferScreenshot = (tenantId: string, offerId: string, file: File, altText: string) =>
  answer(api.POST(`${one}/screenshots`, { params: { path: { tenantId, offerId }, query: { altText } }, ...fileBody(file) }));

export const removeOfferScreenshot = (tenantId: string, offerId: string, screenshotId: string) =>
  answer(api.DELETE(`${one}/screenshots/{screenshotId}`, { params: { path: { tenantId, offerId, screenshotId } } }));

/** The marketplace listing page built from the offer as it is now, for its publisher's members only. */
export const previewListing = (tenantId: string, offerId: string, signal?: AbortSignal) => answer(api.GET(`${one}/listing-preview`, { ...at(tenantId, offerId), signal }), signal);

export const deleteOfferLogo = (tenantId: string, offerId: string) => answer(api.DELETE(`${one}/logo`, at(tenantId, offerId)));

export const listOfferCategories = (signal?: AbortSignal) => answer(api.GET('/api/v1/offer-categories', { signal }), signal);

export const checkPublish = (tenantId: string, offerId: string, signal?: AbortSignal) => answer(api.GET(`${one}/publish-check`, { ...at(tenantId, offerId), signal }), signal);

/** 422 with every problem in `problems` when something is missing; nothing changes then. */
export const publishOffer = (tenantId: string, offerId: string) => answer(api.POST(`${one}/publish`, at(tenantId, offerId)));

export const stopSellingOffer = (tenantId: string, offerId: string) => answer(api.POST(`${one}/stop-sell`, at(tenantId, offerId)));

export const resumeSellingOffer = (tenantId: string, offerId: string) => answer(api.POST(`${one}/resume`, at(tenantId, offerId)));
