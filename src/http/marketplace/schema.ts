import { z } from 'zod';
import { OFFER_CATEGORY_IDS } from '../../domain/offers/categories.js';
import { offerSlug } from '../../domain/marketplace/slug.js';
import type { ListedOfferSummary } from '../../store/marketplace/catalog.js';
import { guid, isoDate } from '../common/schemas.js';

export const slugParams = z.object({ slug: z.string().max(100).describe('The listing: <publisherId>.<offerId>, e.g. fabrikam.fieldops') });

/** An empty query parameter (`?category=`) means "any", as in a shared link with a cleared filter. */
const blankAsMissing = (value: unknown) => (value === '' ? undefined : value);

export const listQuery = z.object({
  search: z.string().trim().max(200, 'must be at most 200 characters').optional().describe('Words to find in the name, summary, description, publisher or category'),
  category: z.preprocess(blankAsMissing, z.enum(OFFER_CATEGORY_IDS, { message: `must be one of: ${OFFER_CATEGORY_IDS.join(', ')}` }).optional()),
  publisher: z.string().trim().max(40, 'must be at most 40 characters').optional().describe('A publisher ID, e.g. fabrikam'),
  sort: z.preprocess(blankAsMissing, z.enum(['relevance', 'name', 'newest'], { message: 'must be relevance, name or newest' }).default('relevance')),
  page: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10000').default(1),
  pageSize: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(24),
});

const publisherRef = z.object({ id: z.string().describe('The publisher ID'), name: z.string() });

export const offerCardSchema = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  categories: z.array(z.string()),
  publisher: publisherRef,
  logoUrl: z.string().meta({ format: 'uri-reference' }).nullable(),
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
    publishers: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
  }),
});

const button = z.object({ shown: z.boolean(), reason: z.string() });

export const listingSchema = z.object({
  slug: z.string(),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  categories: z.array(z.string()),
  logoUrl: z.string().meta({ format: 'uri-reference' }).nullable(),
  publisher: publisherRef,
  supportUrl: z.string().meta({ format: 'uri' }).nullable(),
  privacyUrl: z.string().meta({ format: 'uri' }).nullable(),
  plans: z.array(z.object({ planId: z.string(), name: z.string(), description: z.string() })),
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

export const leadCreated = z.object({ id: z.string(), receivedAt: isoDate });

export const installTargetsSchema = z.object({
  canInstall: z.boolean(),
  reason: z.string(),
  environments: z.array(z.object({ id: z.string(), name: z.string(), isDefault: z.boolean(), installedVersion: z.string().nullable() })),
  admins: z.array(z.object({ displayName: z.string(), email: z.string().meta({ format: 'email' }) })).describe("The tenant's users who may install apps (shown to a non-admin)"),
});

export const installBody = z.strictObject({ environmentId: guid('environment ID') });

export const installedSchema = z.object({
  id: z.string().describe('The installed app'),
  environment: z.object({ id: z.string(), name: z.string() }),
  version: z.string(),
});

export const logoUrlOf = (o: Pick<ListedOfferSummary, 'publisherId' | 'offerId' | 'hasLogo' | 'updatedAt'>) =>
  o.hasLogo ? `/api/v1/marketplace/offers/${offerSlug(o)}/logo?v=${o.updatedAt.getTime()}` : null;

export const presentCard = (o: ListedOfferSummary): z.infer<typeof offerCardSchema> => ({
  slug: offerSlug(o),
  name: o.name,
  summary: o.summary,
  categories: o.categories,
  publisher: { id: o.publisherId, name: o.publisherName },
  logoUrl: logoUrlOf(o),
  licenseManagement: o.licenseManagement,
  publishedAt: o.publishedAt ? o.publishedAt.toISOString() : null,
});
