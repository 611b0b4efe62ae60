import { sql } from 'kysely';
import { parseRef } from '../../domain/identifiers.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { OfferStatus } from '../schema.js';
import type { Db, Tx } from '../transaction.js';
import { screenshotsOf, type ScreenshotInfo } from './screenshots.js';

/** An offer as Partner Center shows it (without the logo's bytes). */
export interface OfferRecord {
  id: string;
  tenantId: string;
  /** The readable key the publisher chose (e.g. fieldops); the GUID is `id`. */
  offerKey: string;
  publisherId: string;
  status: OfferStatus;
  licenseManagement: boolean;
  allowInstallWithoutLicenses: boolean;
  name: string;
  summary: string;
  description: string;
  categories: string[];
  logoContentType: string | null;
  /** The listing's price line, '' when none. */
  pricingText: string;
  /** The listing's screenshots in the order shown (without their bytes). */
  screenshots: ScreenshotInfo[];
  supportUrl: string | null;
  privacyUrl: string | null;
  launchUrl: string | null;
  currentPackageId: string | null;
  currentPackageVersion: string | null;
  publishedPackageId: string | null;
  publishedPackageVersion: string | null;
  planCount: number;
  publishedAt: Date | null;
  stopSoldAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

function baseQuery(db: Db | Tx, scope: TenantScope) {
  return db
    .selectFrom('offers')
    .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
    .leftJoin('solution_packages as current', 'current.id', 'offers.current_package_id')
    .leftJoin('solution_packages as live', 'live.id', 'offers.published_package_id')
    .select([
      'offers.id',
      'offers.tenant_id',
      'offers.offer_id as offer_key',
      'tenants.publisher_id',
      'offers.status',
      'offers.license_management',
      'offers.allow_install_without_license',
      'offers.name',
      'offers.summary',
      'offers.description',
      'offers.categories',
      'offers.logo_content_type',
      'offers.pricing_text',
      'offers.support_url',
      'offers.privacy_url',
      'offers.launch_url',
      'offers.current_package_id',
      'current.version as current_version',
      'offers.published_package_id',
      'live.version as published_version',
      'offers.published_at',
      'offers.stop_sold_at',
      'offers.created_at',
      'offers.updated_at',
    ])
    .select((eb) => eb.selectFrom('plans').select((e) => e.fn.countAll<number>().as('c')).whereRef('plans.offer_id', '=', 'offers.id').as('plan_count'))
    .select(screenshotsOf('offers.id').as('screenshots'))
    .where('offers.tenant_id', '=', scope.tenantId);
}

type OfferRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: OfferRow): OfferRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  offerKey: row.offer_key,
  publisherId: row.publisher_id ?? '',
  status: row.status,
  licenseManagement: row.license_management,
  allowInstallWithoutLicenses: row.allow_install_without_license,
  name: row.name,
  summary: row.summary,
  description: row.description,
  categories: row.categories,
  logoContentType: row.logo_content_type,
  pricingText: row.pricing_text,
  screenshots: row.screenshots ?? [],
  supportUrl: row.support_url,
  privacyUrl: row.privacy_url,
  launchUrl: row.launch_url,
  currentPackageId: row.current_package_id,
  currentPackageVersion: row.current_version,
  publishedPackageId: row.published_package_id,
  publishedPackageVersion: row.published_version,
  planCount: Number(row.plan_count ?? 0),
  publishedAt: row.published_at,
  stopSoldAt: row.stop_sold_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * The one resolver of an offer reference: a GUID names the offer itself, anything else is read as
 * the publisher's readable offer key (keys never look like GUIDs).
 */
function whereRef<Q extends { where: (column: 'offers.id' | 'offers.offer_id', op: '=', value: string) => Q }>(q: Q, offerRef: string): Q {
  const ref = parseRef(offerRef);
  return 'guid' in ref ? q.where('offers.id', '=', ref.guid) : q.where('offers.offer_id', '=', ref.key);
}

/** The publisher's offer by its GUID or its offer key. */
export async function findOffer(db: Db | Tx, scope: TenantScope, offerRef: string): Promise<OfferRecord | null> {
  const row = await whereRef(baseQuery(db, scope), offerRef).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/**
 * Locks the offer's row (by its GUID or offer key) for the rest of the transaction, so uploads,
 * publishing and setup changes of one offer happen one after another.
 */
export async function lockOffer(tx: Tx, scope: TenantScope, offerRef: string): Promise<OfferRecord | null> {
  const locked = await whereRef(tx.selectFrom('offers').select('offers.id').where('offers.tenant_id', '=', scope.tenantId), offerRef).forUpdate().executeTakeFirst();
  return locked ? findOffer(tx, scope, locked.id) : null;
}

export interface OfferListQuery {
  status?: OfferStatus | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

export async function listOffers(db: Db, scope: TenantScope, query: OfferListQuery) {
  let q = baseQuery(db, scope);
  if (query.status) q = q.where('offers.status', '=', query.status);
  if (query.search) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(offers.name)`, 'like', pattern), eb('offers.offer_id', 'like', pattern)]));
  }
  const [rows, total] = await Promise.all([
    q.orderBy('offers.created_at', 'desc').orderBy('offers.offer_id').limit(query.limit).offset(query.offset).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toRecord), total: Number(total.count) };
}

export interface LogoRecord {
  bytes: Buffer;
  contentType: string;
  updatedAt: Date;
}

const toLogo = (row: { logo: Uint8Array | null; logo_content_type: string | null; updated_at: Date } | undefined): LogoRecord | null =>
  row?.logo && row.logo_content_type
    ? { bytes: Buffer.from(row.logo.buffer, row.logo.byteOffset, row.logo.byteLength), contentType: row.logo_content_type, updatedAt: row.updated_at }
    : null;

/** The publisher's own offer logo (by the offer's GUID or key), whatever the offer's status. */
export async function findOfferLogo(db: Db, scope: TenantScope, offerRef: string): Promise<LogoRecord | null> {
  const row = await whereRef(db.selectFrom('offers').select(['offers.logo', 'offers.logo_content_type', 'offers.updated_at']).where('offers.tenant_id', '=', scope.tenantId), offerRef).executeTakeFirst();
  return toLogo(row);
}

/** The logo of an offer customers can see (published or stop-sold): public, so never a draft's. */
export async function findListedOfferLogo(db: Db, publisherId: string, offerKey: string): Promise<LogoRecord | null> {
  const row = await db
    .selectFrom('offers')
    .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
    .select(['offers.logo', 'offers.logo_content_type', 'offers.updated_at'])
    .where('tenants.publisher_id', '=', publisherId)
    .where('offers.offer_id', '=', offerKey)
    .where('offers.status', 'in', ['published', 'stop_sold'])
    .executeTakeFirst();
  return toLogo(row);
}

/** The publisher's display name, as the marketplace shows it on listings. */
export async function findPublisherName(db: Db, scope: TenantScope): Promise<string> {
  const row = await db.selectFrom('tenants').select('display_name').where('id', '=', scope.tenantId).executeTakeFirst();
  return row?.display_name ?? '';
}
