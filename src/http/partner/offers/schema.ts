import { z } from 'zod';
import { MAX_OFFER_CATEGORIES, OFFER_CATEGORY_IDS } from '../../../domain/offers/categories.js';
import { isWebUrl, OFFER_DESCRIPTION_MAX, OFFER_NAME_MAX, OFFER_SUMMARY_MAX, WEB_URL_MAX } from '../../../domain/offers/listing.js';
import type { OfferRecord } from '../../../store/partner/offers.js';
import { displayName, isoDate, pagination, tenantParams } from '../../common/schemas.js';

const ID_RULE = 'lowercase letters, digits, "-" and "_"';

export const offerParams = tenantParams.extend({
  offerId: z.string().regex(/^[a-z0-9_-]{1,40}$/, `must be an offer ID: ${ID_RULE}`).describe('The offer ID chosen at creation, e.g. fieldops'),
});

const webUrl = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => isWebUrl(v), `must be an absolute http:// or https:// address of at most ${WEB_URL_MAX} characters`)
    .meta({ format: 'uri', description: what });

const leadDestinationInput = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('inbox') }),
    z.strictObject({
      kind: z.literal('webhook'),
      url: z
        .string()
        .trim()
        .refine((v) => isWebUrl(v, { httpsOnly: true }), 'must be an absolute https:// address'),
      secret: z.string().min(16, 'must be at least 16 characters').max(256, 'must be at most 256 characters').optional().describe('Leads are signed with it; omit to keep the current one'),
    }),
  ],
  { error: 'must be {"kind":"inbox"} or {"kind":"webhook","url":"https://…","secret":"…"}' },
);

/** The editable fields of an offer; every one optional, create requires offerId and name on top. */
const offerFields = {
  name: displayName(OFFER_NAME_MAX).describe('Shown in the marketplace and the Admin Center'),
  summary: z.string().trim().max(OFFER_SUMMARY_MAX, `must be at most ${OFFER_SUMMARY_MAX} characters`),
  description: z.string().trim().max(OFFER_DESCRIPTION_MAX, `must be at most ${OFFER_DESCRIPTION_MAX} characters`),
  categories: z
    .array(z.enum(OFFER_CATEGORY_IDS, { message: `must be one of: ${OFFER_CATEGORY_IDS.join(', ')}` }))
    .max(MAX_OFFER_CATEGORIES, `pick at most ${MAX_OFFER_CATEGORIES} categories`)
    .refine((list) => new Set(list).size === list.length, 'must not repeat a category')
    .describe('Category IDs from GET /api/v1/offer-categories'),
  supportUrl: webUrl('Support link').nullable(),
  privacyUrl: webUrl('Privacy policy link').nullable(),
  launchUrl: webUrl('Where the app opens').nullable(),
  leadDestination: leadDestinationInput,
  licenseManagement: z.boolean().describe('Enable app license management through the platform (needs every partner program prerequisite; fixed once published)'),
  allowInstallWithoutLicenses: z.boolean().describe('Allow customers to install the app even if licenses are not assigned (only with license management)'),
};

const optionalFields = Object.fromEntries(Object.entries(offerFields).map(([k, v]) => [k, v.optional()])) as {
  [K in keyof typeof offerFields]: z.ZodOptional<(typeof offerFields)[K]>;
};

export const createOfferBody = z.strictObject({
  ...optionalFields,
  offerId: z.string().max(100, 'must be at most 100 characters').describe(`Permanent: ${ID_RULE}; publisher ID + offer ID under 40 characters`),
  name: offerFields.name,
});

export const updateOfferBody = z
  .strictObject({
    ...optionalFields,
    offerId: z.never({ error: "can't be changed: the offer ID is permanent once the offer exists, because every plan's Service ID is built on it" }).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'send at least one field to change' });

export const listOffersQuery = z.strictObject({
  status: z.enum(['draft', 'published', 'stop_sold'], { message: 'must be draft, published or stop_sold' }).optional(),
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  ...pagination,
});

export const offerSchema = z.object({
  offerId: z.string(),
  publisherId: z.string(),
  status: z.enum(['draft', 'published', 'stop_sold']),
  licenseManagement: z.boolean(),
  allowInstallWithoutLicenses: z.boolean(),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  categories: z.array(z.string()),
  logo: z
    .object({
      contentType: z.string(),
      url: z.string().meta({ format: 'uri-reference' }).describe("The publisher's own URL for the logo (any status)"),
      publicUrl: z.string().meta({ format: 'uri-reference' }).nullable().describe('Public URL, once the offer is published'),
    })
    .nullable(),
  supportUrl: z.string().meta({ format: 'uri' }).nullable(),
  privacyUrl: z.string().meta({ format: 'uri' }).nullable(),
  launchUrl: z.string().meta({ format: 'uri' }).nullable(),
  leadDestination: z.object({ kind: z.enum(['inbox', 'webhook']), url: z.string().meta({ format: 'uri' }).nullable(), secretSet: z.boolean() }).describe('The webhook secret is never returned'),
  planCount: z.number().int(),
  currentPackageVersion: z.string().nullable().describe('The version the next publish makes live'),
  publishedPackageVersion: z.string().nullable().describe('The version customers get'),
  hasUnpublishedPackage: z.boolean().describe('A live offer whose current package is not the published one: publish again to make it live'),
  publishedAt: isoDate.nullable(),
  stopSoldAt: isoDate.nullable(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const offerLogoPath = (o: Pick<OfferRecord, 'tenantId' | 'offerId'>) => `/api/v1/tenants/${o.tenantId}/partner/offers/${o.offerId}/logo`;
export const publicLogoPath = (o: Pick<OfferRecord, 'publisherId' | 'offerId'>) => `/api/v1/offer-logos/${o.publisherId}/${o.offerId}`;

export const presentOffer = (o: OfferRecord): z.infer<typeof offerSchema> => {
  const version = `?v=${o.updatedAt.getTime()}`;
  return {
    offerId: o.offerId,
    publisherId: o.publisherId,
    status: o.status,
    licenseManagement: o.licenseManagement,
    allowInstallWithoutLicenses: o.allowInstallWithoutLicenses,
    name: o.name,
    summary: o.summary,
    description: o.description,
    categories: o.categories,
    logo: o.logoContentType
      ? { contentType: o.logoContentType, url: offerLogoPath(o) + version, publicUrl: o.status === 'draft' ? null : publicLogoPath(o) + version }
      : null,
    supportUrl: o.supportUrl,
    privacyUrl: o.privacyUrl,
    launchUrl: o.launchUrl,
    leadDestination:
      o.leadDestination.kind === 'webhook' ? { kind: 'webhook', url: o.leadDestination.url, secretSet: true } : { kind: 'inbox', url: null, secretSet: false },
    planCount: o.planCount,
    currentPackageVersion: o.currentPackageVersion,
    publishedPackageVersion: o.publishedPackageVersion,
    hasUnpublishedPackage: o.status !== 'draft' && o.currentPackageId !== o.publishedPackageId,
    publishedAt: iso(o.publishedAt),
    stopSoldAt: iso(o.stopSoldAt),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
};
