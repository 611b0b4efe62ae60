import { z } from 'zod';
import { MAX_OFFER_CATEGORIES, OFFER_CATEGORY_IDS, type OfferCategory } from '../../../domain/offers/categories.js';
import { offerSlug } from '../../../domain/marketplace/slug.js';
import { PRICING_TEXT_MAX } from '../../../domain/offers/pricingBadge.js';
import { isWebUrl, OFFER_DESCRIPTION_MAX, OFFER_NAME_MAX, OFFER_SUMMARY_MAX, WEB_URL_MAX } from '../../../domain/offers/listing.js';
import type { OfferRecord } from '../../../store/partner/offers.js';
import { displayName, isoDate, pagination, tenantParams } from '../../common/schemas.js';

const KEY_RULE = 'lowercase letters, digits, "-" and "_"';
const GUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** A path parameter that takes a resource's GUID or, on the partner offer and plan routes, its readable key. */
export const guidOrKey = (what: 'offer' | 'plan', example: string, maxKey: number) =>
  z
    .string()
    .regex(new RegExp(`^(?:${GUID_PATTERN}|[a-z0-9_-]{1,${maxKey}})$`), `must be the ${what}'s GUID or its ${what} key (${KEY_RULE})`)
    .describe(`The ${what}'s GUID (its \`id\`), or its readable ${what} key (\`${what}Key\`, e.g. ${example}); a GUID-shaped value is always read as the GUID`);

export const offerParams = tenantParams.extend({ offerId: guidOrKey('offer', 'fieldops', 40) });

const webUrl = (what: string) =>
  z
    .string()
    .trim()
    .refine((v) => isWebUrl(v), `must be an absolute http:// or https:// address of at most ${WEB_URL_MAX} characters`)
    .meta({ format: 'uri', description: what });

/** The editable fields of an offer; every one optional, create requires offerKey and name on top. */
const offerFields = {
  name: displayName(OFFER_NAME_MAX).describe('Shown in the marketplace and the Admin Center'),
  summary: z.string().trim().max(OFFER_SUMMARY_MAX, `must be at most ${OFFER_SUMMARY_MAX} characters`),
  description: z.string().trim().max(OFFER_DESCRIPTION_MAX, `must be at most ${OFFER_DESCRIPTION_MAX} characters`),
  pricingText: z
    .string()
    .trim()
    .max(PRICING_TEXT_MAX, `must be at most ${PRICING_TEXT_MAX} characters`)
    .refine((v) => !/[\r\n]/.test(v), 'must be one line')
    .describe('A short price line the listing and its card show, e.g. "From $8 per user/month"; empty for none'),
  categories: z
    .array(z.enum(OFFER_CATEGORY_IDS, { message: `must be one of: ${OFFER_CATEGORY_IDS.join(', ')}` }))
    .max(MAX_OFFER_CATEGORIES, `pick at most ${MAX_OFFER_CATEGORIES} categories`)
    .refine((list) => new Set(list).size === list.length, 'must not repeat a category')
    .describe('Category IDs from GET /api/v1/offer-categories'),
  supportUrl: webUrl('Support link').nullable(),
  privacyUrl: webUrl('Privacy policy link').nullable(),
  launchUrl: webUrl('Where the app opens').nullable(),
  licenseManagement: z.boolean().describe('Enable app license management through the platform (needs every partner program prerequisite; fixed once published)'),
  allowInstallWithoutLicenses: z.boolean().describe('Allow customers to install the app even if licenses are not assigned (only with license management)'),
};

const optionalFields = Object.fromEntries(Object.entries(offerFields).map(([k, v]) => [k, v.optional()])) as {
  [K in keyof typeof offerFields]: z.ZodOptional<(typeof offerFields)[K]>;
};

export const createOfferBody = z.strictObject({
  ...optionalFields,
  offerKey: z.string().max(100, 'must be at most 100 characters').describe(`The readable offer key, permanent: ${KEY_RULE}; publisher ID + offer key under 40 characters; not GUID-shaped`),
  name: offerFields.name,
});

export const updateOfferBody = z
  .strictObject({
    ...optionalFields,
    offerKey: z.never({ error: "can't be changed: the offer key is permanent once the offer exists, because every plan's Service ID is built on it" }).optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'send at least one field to change' });

export const listOffersQuery = z.strictObject({
  status: z.enum(['draft', 'published', 'stop_sold'], { message: 'must be draft, published or stop_sold' }).optional(),
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  ...pagination,
});

export const offerSchema = z.object({
  id: z.string().meta({ format: 'uuid' }).describe('The offer\'s GUID: routes and other resources refer to the offer by it'),
  offerKey: z.string().describe('The readable key chosen at creation (e.g. fieldops); the partner offer routes accept it in place of the GUID'),
  publisherId: z.string(),
  status: z.enum(['draft', 'published', 'stop_sold']),
  licenseManagement: z.boolean(),
  allowInstallWithoutLicenses: z.boolean(),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  pricingText: z.string().describe('The listing\'s price line; empty when none'),
  categories: z.array(z.enum(OFFER_CATEGORY_IDS)),
  screenshots: z
    .array(
      z.object({
        id: z.string().meta({ format: 'uuid' }),
        altText: z.string().describe('What the image shows, read out by screen readers'),
        contentType: z.enum(['image/png', 'image/jpeg']),
        width: z.number().int(),
        height: z.number().int(),
        url: z.string().meta({ format: 'uri-reference' }).describe("The publisher's own URL for the image (any status)"),
        publicUrl: z.string().meta({ format: 'uri-reference' }).nullable().describe('Public URL, once the offer is published'),
      }),
    )
    .describe('At most 5, in the order the listing shows them'),
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

export const offerLogoPath = (o: Pick<OfferRecord, 'tenantId' | 'id'>) => `/api/v1/tenants/${o.tenantId}/partner/offers/${o.id}/logo`;
export const offerScreenshotPath = (o: Pick<OfferRecord, 'tenantId' | 'id'>, screenshotId: string) => `/api/v1/tenants/${o.tenantId}/partner/offers/${o.id}/screenshots/${screenshotId}`;
export const publicScreenshotPath = (o: Pick<OfferRecord, 'publisherId' | 'offerKey'>, screenshotId: string) =>
  `/api/v1/marketplace/offers/${offerSlug(o)}/screenshots/${screenshotId}`;
export const publicLogoPath = (o: Pick<OfferRecord, 'publisherId' | 'offerKey'>) => `/api/v1/offer-logos/${o.publisherId}/${o.offerKey}`;

export const presentOffer = (o: OfferRecord): z.infer<typeof offerSchema> => {
  const version = `?v=${o.updatedAt.getTime()}`;
  return {
    id: o.id,
    offerKey: o.offerKey,
    publisherId: o.publisherId,
    status: o.status,
    licenseManagement: o.licenseManagement,
    allowInstallWithoutLicenses: o.allowInstallWithoutLicenses,
    name: o.name,
    summary: o.summary,
    description: o.description,
    pricingText: o.pricingText,
    screenshots: o.screenshots.map((s) => ({
      ...s,
      url: `${offerScreenshotPath(o, s.id)}${version}`,
      publicUrl: o.status === 'published' ? `${publicScreenshotPath(o, s.id)}${version}` : null,
    })),
    categories: o.categories.filter((c): c is OfferCategory => (OFFER_CATEGORY_IDS as readonly string[]).includes(c)),
    logo: o.logoContentType
      ? { contentType: o.logoContentType, url: offerLogoPath(o) + version, publicUrl: o.status === 'draft' ? null : publicLogoPath(o) + version }
      : null,
    supportUrl: o.supportUrl,
    privacyUrl: o.privacyUrl,
    launchUrl: o.launchUrl,
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
