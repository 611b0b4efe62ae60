import { z } from 'zod';
import { OFFER_CATEGORY_IDS } from '../../domain/offers/categories.js';
import { offerSlug } from '../../domain/marketplace/slug.js';
import { pricingBadge } from '../../domain/offers/pricingBadge.js';
import type { ListedOfferSummary } from '../../store/marketplace/catalog.js';
import { guid, isoDate } from '../common/schemas.js';

export const slugParams = z.object({ slug: z.string().max(100).describe("The listing's slug: <publisherId>.<offerKey>, e.g. fabrikam.fieldops") });

/** An empty query parameter (`?category=`) means "any", as in a shared link with a cleared filter. */
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

export const listQuery = z.object({
  search: z.string().trim().max(200, 'must be at most 200 characters').optional().describe('Words to find in the name, summary, description, publisher or category'),
  // A string checked against the list (not an enum in the contract): links carry it from the address bar.
  category: z.preprocess(
    blankAsMissing,
    z
      .string()
      .refine((v) => (OFFER_CATEGORY_IDS as readonly string[]).includes(v), `must be one of: ${OFFER_CATEGORY_IDS.join(', ')}`)
      .optional()
      .describe('A category ID from GET /api/v1/offer-categories'),
  ),
  publisher: z.string().trim().max(40, 'must be at most 40 characters').optional().describe('A publisher ID, e.g. fabrikam'),
  sort: z.preprocess(blankAsMissing, z.enum(['relevance', 'name', 'newest'], { message: 'must be relevance, name or newest' }).default('relevance')),
  page: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10000').default(1),
  pageSize: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(24),
});

export const pricingBadgeSchema = z
  .object({ kind: z.enum(['free', 'freeTrial']), label: z.string().describe('e.g. Free, 30-day free trial') })
  .nullable()
  .describe('Free: customers can install and use part of the app without a license (the offer allows installing without licenses). Free trial: a plan offers a trial (its trialDays), the longest named. null: neither');

const publisherRef = z.object({ publisherId: z.string().describe('The publisher ID, e.g. fabrikam'), name: z.string() });

export const offerCardSchema = z.object({
  id: z.string().meta({ format: 'uuid' }).describe("The offer's GUID"),
  slug: z.string().describe('<publisherId>.<offerKey>: the listing routes take it'),
  name: z.string(),
  summary: z.string(),
  categories: z.array(z.string()),
  publisher: publisherRef,
  logoUrl: z.string().meta({ format: 'uri-reference' }).nullable(),
  pricingText: z.string().describe("The publisher's price line, e.g. From $8 per user/month; empty when none"),
  badge: pricingBadgeSchema,
  licenseManagement: z.boolean(),
  publishedAt: isoDate.nullable(),
});

export const listResponse = z.object({
  items: z.array(offerCardSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  facets: z.object({
    categories: z.array(z.object({ id: z.string(), label: z.string(), count: z.number().int() })),
    publishers: z.array(z.object({ publisherId: z.string(), name: z.string(), count: z.number().int() })),
  }),
});

const button = z.object({ shown: z.boolean(), reason: z.string() });

export const listingSchema = z.object({
  id: z.string().meta({ format: 'uuid' }).describe("The offer's GUID: install and license requests name the offer by it"),
  slug: z.string().describe('<publisherId>.<offerKey>: the listing routes take it'),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  categories: z.array(z.string()),
  logoUrl: z.string().meta({ format: 'uri-reference' }).nullable(),
  publisher: publisherRef,
  supportUrl: z.string().meta({ format: 'uri' }).nullable(),
  privacyUrl: z.string().meta({ format: 'uri' }).nullable(),
  pricingText: z.string().describe("The publisher's price line; empty when none"),
  badge: pricingBadgeSchema,
  screenshots: z
    .array(z.object({ id: z.string().meta({ format: 'uuid' }), altText: z.string(), width: z.number().int(), height: z.number().int(), url: z.string().meta({ format: 'uri-reference' }) }))
    .describe('At most 5, in the order the publisher added them'),
  plans: z.array(
    z.object({
      id: z.string().meta({ format: 'uuid' }).describe("The plan's GUID"),
      planKey: z.string(),
      name: z.string(),
      description: z.string(),
      trialDays: z.number().int().nullable().describe('Days of free trial the publisher offers, or null'),
    }),
  ),
  preview: z.boolean().describe('true for a publisher previewing a listing before it goes live (Partner Center): buttons do nothing'),
  licenseManagement: z.boolean(),
  allowInstallWithoutLicense: z.boolean(),
  version: z.string().nullable().describe('The published package version'),
  buttons: z.object({
    getItNow: button.extend({ action: z.enum(['install', 'askAdmin', 'signIn']).nullable().describe('What pressing it leads to') }),
    contactMe: button,
  }),
  visitor: z.object({
    signedIn: z.boolean(),
    displayName: z.string().optional(),
    email: z.string().meta({ format: 'email' }).optional(),
    tenantId: z.string().optional(),
    tenantName: z.string().optional(),
    country: z.string().optional(),
    isTenantAdmin: z.boolean().describe('May install apps (Global or License admin)'),
    tenantHoldsLicense: z.boolean(),
  }),
});

export const leadBody = z.strictObject({
  name: z.string().optional(),
  email: z.string().meta({ format: 'email' }).optional(),
  company: z.string().optional(),
  country: z.string().optional().describe('ISO 3166-1 alpha-2'),
  phone: z.string().nullable().optional(),
  message: z.string().optional(),
  consent: z.boolean().optional().describe('Must be true: the visitor agrees to be contacted by the publisher'),
});

export const leadCreated = z.object({ id: z.string().meta({ format: 'uuid' }), receivedAt: isoDate });

export const installTargetsSchema = z.object({
  canInstall: z.boolean(),
  reason: z.string(),
  environments: z.array(z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string(), isDefault: z.boolean(), installedVersion: z.string().nullable() })),
  admins: z.array(z.object({ displayName: z.string(), email: z.string().meta({ format: 'email' }) })).describe("The tenant's users who may install apps (shown to a non-admin)"),
});

export const installBody = z.strictObject({ environmentId: guid('environment ID') });

export const installedSchema = z.object({
  id: z.string().meta({ format: 'uuid' }).describe('The installed app'),
  environment: z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string() }),
  version: z.string(),
});

export const logoUrlOf = (o: Pick<ListedOfferSummary, 'publisherId' | 'offerKey' | 'hasLogo' | 'updatedAt'>) =>
  o.hasLogo ? `/api/v1/marketplace/offers/${offerSlug(o)}/logo?v=${o.updatedAt.getTime()}` : null;

export const badgeOf = (o: Pick<ListedOfferSummary, 'licenseManagement' | 'allowInstallWithoutLicense' | 'planTrials'>) => {
  const badge = pricingBadge(o, o.planTrials.map((trialDays) => ({ trialDays })));
  return badge ? { kind: badge.kind, label: badge.label } : null;
};

export const presentCard = (o: ListedOfferSummary): z.infer<typeof offerCardSchema> => ({
  id: o.id,
  slug: offerSlug(o),
  name: o.name,
  summary: o.summary,
  categories: o.categories,
  publisher: { publisherId: o.publisherId, name: o.publisherName },
  logoUrl: logoUrlOf(o),
  pricingText: o.pricingText,
  badge: badgeOf(o),
  licenseManagement: o.licenseManagement,
  publishedAt: o.publishedAt ? o.publishedAt.toISOString() : null,
});
