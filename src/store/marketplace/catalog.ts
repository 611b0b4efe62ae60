import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { OFFER_CATEGORIES } from '../../domain/offers/categories.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db, Tx } from '../transaction.js';
import { screenshotsOf, type ScreenshotInfo } from '../partner/screenshots.js';

/**
 * The marketplace's public reads: only published offers (never drafts, never
 * stop-sold ones) of publishers with a publisher ID. Nothing here needs a
 * tenant scope because it is what everyone may see; the visitor's own tenant
 * (holdings, environments, admins) is read with the scope authorize() gave.
 */

export interface ListedOfferSummary {
  id: string;
  publisherId: string;
  publisherName: string;
  offerKey: string;
  name: string;
  summary: string;
  description: string;
  categories: string[];
  hasLogo: boolean;
  licenseManagement: boolean;
  allowInstallWithoutLicense: boolean;
  pricingText: string;
  /** Each plan's free trial in days (null: none), for the pricing badge. */
  planTrials: (number | null)[];
  publishedAt: Date | null;
  updatedAt: Date;
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Category IDs whose name or ID contains the term: a search for "supply chain" finds offers filed under "Operations and supply chain". */
const categoriesMatching = (term: string): string[] => OFFER_CATEGORIES.filter((c) => c.name.toLowerCase().includes(term) || c.id.includes(term)).map((c) => c.id);

/** Every published offer whose text contains each search term (name, summary, description, publisher name or category). */
export async function listListedOffers(db: Db, terms: string[]): Promise<ListedOfferSummary[]> {
  let q = db
    .selectFrom('offers')
    .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
    .select([
      'offers.id',
      'tenants.publisher_id',
      'tenants.display_name as publisher_name',
      'offers.offer_id',
      'offers.name',
      'offers.summary',
      'offers.description',
      'offers.categories',
      'offers.license_management',
      'offers.allow_install_without_license',
      'offers.pricing_text',
      'offers.published_at',
      'offers.updated_at',
    ])
    .select(sql<boolean>`offers.logo is not null`.as('has_logo'))
    .select(sql<(number | null)[]>`array(select p.trial_days from plans p where p.offer_id = offers.id)`.as('plan_trials'))
    .where('offers.status', '=', 'published')
    .where('tenants.publisher_id', 'is not', null);
  for (const term of terms) {
    const pattern = `%${escapeLike(term.toLowerCase())}%`;
    const categories = categoriesMatching(term.toLowerCase());
    q = q.where((eb) =>
      eb.or([
        eb(sql`lower(offers.name)`, 'like', pattern),
        eb(sql`lower(offers.summary)`, 'like', pattern),
        eb(sql`lower(offers.description)`, 'like', pattern),
        eb(sql`lower(tenants.display_name)`, 'like', pattern),
        eb('offers.offer_id', 'like', pattern),
        ...(categories.length ? [sql<boolean>`offers.categories && array[${sql.join(categories)}]::text[]`] : []),
      ]),
    );
  }
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    publisherId: r.publisher_id!,
    publisherName: r.publisher_name,
    offerKey: r.offer_id,
    name: r.name,
    summary: r.summary,
    description: r.description,
    categories: r.categories,
    hasLogo: Boolean(r.has_logo),
    licenseManagement: r.license_management,
    allowInstallWithoutLicense: r.allow_install_without_license,
    pricingText: r.pricing_text,
    planTrials: r.plan_trials ?? [],
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
  }));
}

export interface ListedOffer extends ListedOfferSummary {
  tenantId: string;
  screenshots: ScreenshotInfo[];
  supportUrl: string | null;
  privacyUrl: string | null;
  publishedVersion: string | null;
  plans: { id: string; planKey: string; name: string; description: string; trialDays: number | null }[];
}

/** A published offer by its listing address, with its plans; null for unknown, draft and stop-sold offers. */
export async function findListedOffer(db: Db | Tx, publisherId: string, offerKey: string): Promise<ListedOffer | null> {
  const row = await db
    .selectFrom('offers')
    .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
    .leftJoin('solution_packages as live', 'live.id', 'offers.published_package_id')
    .select([
      'offers.id',
      'offers.tenant_id',
      'tenants.publisher_id',
      'tenants.display_name as publisher_name',
      'offers.offer_id',
      'offers.name',
      'offers.summary',
      'offers.description',
      'offers.categories',
      'offers.license_management',
      'offers.allow_install_without_license',
      'offers.support_url',
      'offers.privacy_url',
      'offers.pricing_text',
      'offers.published_at',
      'offers.updated_at',
      'live.version as published_version',
    ])
    .select(sql<boolean>`offers.logo is not null`.as('has_logo'))
    .select(screenshotsOf('offers.id').as('screenshots'))
    .where('tenants.publisher_id', '=', publisherId)
    .where('offers.offer_id', '=', offerKey)
    .where('offers.status', '=', 'published')
    .executeTakeFirst();
  if (!row) return null;
  const plans = await db
    .selectFrom('plans')
    .select(['id', 'plan_id', 'name', 'description', 'trial_days'])
    .where('offer_id', '=', row.id)
    .orderBy('created_at')
    .orderBy('plan_id')
    .execute();
  return {
    id: row.id,
    tenantId: row.tenant_id,
    publisherId: row.publisher_id!,
    publisherName: row.publisher_name,
    offerKey: row.offer_id,
    name: row.name,
    summary: row.summary,
    description: row.description,
    categories: row.categories,
    hasLogo: Boolean(row.has_logo),
    licenseManagement: row.license_management,
    allowInstallWithoutLicense: row.allow_install_without_license,
    supportUrl: row.support_url,
    privacyUrl: row.privacy_url,
    pricingText: row.pricing_text,
    planTrials: plans.map((p) => p.trial_days),
    screenshots: row.screenshots ?? [],
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
    publishedVersion: row.published_version,
    plans: plans.map((p) => ({ id: p.id, planKey: p.plan_id, name: p.name, description: p.description, trialDays: p.trial_days })),
  };
}

export interface ListedLogo {
  bytes: Buffer;
  contentType: string;
  etag: string;
  updatedAt: Date;
}

/** A published offer's logo with a strong ETag of its bytes. */
export async function findListedLogo(db: Db, publisherId: string, offerKey: string): Promise<ListedLogo | null> {
  const row = await db
    .selectFrom('offers')
    .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
    .select(['offers.logo', 'offers.logo_content_type', 'offers.updated_at'])
    .where('tenants.publisher_id', '=', publisherId)
    .where('offers.offer_id', '=', offerKey)
    .where('offers.status', '=', 'published')
    .executeTakeFirst();
  if (!row?.logo || !row.logo_content_type) return null;
  const bytes = Buffer.from(row.logo.buffer, row.logo.byteOffset, row.logo.byteLength);
  return { bytes, contentType: row.logo_content_type, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`, updatedAt: row.updated_at };
}

/** Does the tenant hold a plan of the offer whose product is active or in its grace period (warning)? */
export async function tenantHoldsLicense(db: Db | Tx, scope: TenantScope, offerUuid: string): Promise<boolean> {
  const row = await db
    .selectFrom('products')
    .innerJoin('plans', 'plans.id', 'products.plan_id')
    .select('products.plan_id')
    .where('products.tenant_id', '=', scope.tenantId)
    .where('plans.offer_id', '=', offerUuid)
    .where('products.state', 'in', ['active', 'warning'])
    .where('products.purchased', '>', 0)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

export interface VisitorRecord {
  displayName: string;
  email: string;
  tenantId: string;
  tenantName: string;
  /** The user's usage location, else the tenant's country. */
  country: string;
}

export async function describeVisitor(db: Db, scope: TenantScope, userId: string): Promise<VisitorRecord | null> {
  const row = await db
    .selectFrom('users')
    .innerJoin('tenants', 'tenants.id', 'users.tenant_id')
    .select(['users.display_name', 'users.user_principal_name', 'users.usage_location', 'tenants.id', 'tenants.display_name as tenant_name', 'tenants.country'])
    .where('users.tenant_id', '=', scope.tenantId)
    .where('users.id', '=', userId)
    .executeTakeFirst();
  return row
    ? { displayName: row.display_name, email: row.user_principal_name, tenantId: row.id, tenantName: row.tenant_name, country: row.usage_location ?? row.country }
    : null;
}

/** The tenant's enabled users who may install apps (Global and License admins), for "ask an administrator". */
export async function listInstallAdmins(db: Db, scope: TenantScope): Promise<{ displayName: string; email: string }[]> {
  const rows = await db
    .selectFrom('role_assignments')
    .innerJoin('users', 'users.id', 'role_assignments.user_id')
    .select(['users.display_name', 'users.user_principal_name'])
    .distinct()
    .where('role_assignments.tenant_id', '=', scope.tenantId)
    .where('role_assignments.role', 'in', ['global_admin', 'license_admin'])
    .where('users.enabled', '=', true)
    .orderBy('users.display_name')
    .orderBy('users.user_principal_name')
    .execute();
  return rows.map((r) => ({ displayName: r.display_name, email: r.user_principal_name }));
}

/** The tenant's environments with the version of this offer installed in each (or null). */
export async function listInstallTargets(db: Db, scope: TenantScope, offerUuid: string) {
  const rows = await db
    .selectFrom('environments')
    .leftJoin('installations', (join) => join.onRef('installations.environment_id', '=', 'environments.id').on('installations.offer_id', '=', offerUuid))
    .leftJoin('solution_packages', 'solution_packages.id', 'installations.package_id')
    .select(['environments.id', 'environments.name', 'environments.is_default', 'solution_packages.version'])
    .where('environments.tenant_id', '=', scope.tenantId)
    .orderBy('environments.is_default', 'desc')
    .orderBy('environments.name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, isDefault: r.is_default, installedVersion: r.version ?? null }));
}
