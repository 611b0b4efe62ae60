import { sql } from 'kysely';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { LeadDestination, OfferStatus } from '../schema.js';
import type { Db, Tx } from '../transaction.js';

/** An offer as Partner Center shows it (without the logo's bytes). */
export interface OfferRecord {
  id: string;
  tenantId: string;
  offerId: string;
  publisherId: string;
  status: OfferStatus;
  licenseManagement: boolean;
  allowInstallWithoutLicenses: boolean;
  name: string;
  summary: string;
  description: string;
  categories: string[];
  logoContentType: string | null;
  supportUrl: string | null;
  privacyUrl: string | null;
  launchUrl: string | null;
  leadDestination: LeadDestination;
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
      'offers.offer_id',
      'tenants.publisher_id',
      'offers.status',
      'offers.license_management',
      'offers.allow_install_without_license',
      'offers.name',
      'offers.summary',
      'offers.description',
      'offers.categories',
      'offers.logo_content_type',
      'offers.support_url',
      'offers.privacy_url',
      'offers.launch_url',
      'offers.lead_destination',
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
    .where('offers.tenant_id', '=', scope.tenantId);
}

type OfferRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: OfferRow): OfferRecord => ({
  id: row.id,
  tenantId: row.tenant_id,
  offerId: row.offer_id,
  publisherId: row.publisher_id ?? '',
  status: row.status,
  licenseManagement: row.license_management,
  allowInstallWithoutLicenses: row.allow_install_without_license,
  name: row.name,
  summary: row.summary,
  description: row.description,
  categories: row.categories,
  logoContentType: row.logo_content_type,
  supportUrl: row.support_url,
  privacyUrl: row.privacy_url,
  launchUrl: row.launch_url,
  leadDestination: row.lead_destination,
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

export async function findOffer(db: Db | Tx, scope: TenantScope, offerId: string): Promise<OfferRecord | null> {
  const row = await baseQuery(db, scope).where('offers.offer_id', '=', offerId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/**
 * Locks the offer's row for the rest of the transaction, so uploads,
 * publishing and setup changes of one offer happen one after another.
 */
export async function lockOffer(tx: Tx, scope: TenantScope, offerId: string): Promise<OfferRecord | null> {
  const locked = await tx
    .selectFrom('offers')
    .select('id')
    .where('tenant_id', '=', scope.tenantId)
    .where('offer_id', '=', offerId)
    .forUpdate()
    .executeTakeFirst();
  return locked ? findOffer(tx, scope, offerId) : null;
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

/** The publisher's own offer logo, whatever the offer's status. */
export async function findOfferLogo(db: Db, scope: TenantScope, offerId: string): Promise<LogoRecord | null> {
  const row = await db
    .selectFrom('offers')
    .select(['logo', 'logo_content_type', 'updated_at'])
    .where('tenant_id', '=', scope.tenantId)
    .where('offer_id', '=', offerId)
    .executeTakeFirst();
  return toLogo(row);
}

/** The logo of an offer customers can see (published or stop-sold): public, so never a draft's. */
export async function findListedOfferLogo(db: Db, publisherId: string, offerId: string): Promise<LogoRecord | null> {
  const row = await db
    .selectFrom('offers')
    .innerJoin('tenants', 'tenants.id', 'offers.tenant_id')
    .select(['offers.logo', 'offers.logo_content_type', 'offers.updated_at'])
    .where('tenants.publisher_id', '=', publisherId)
    .where('offers.offer_id', '=', offerId)
    .where('offers.status', 'in', ['published', 'stop_sold'])
    .executeTakeFirst();
  return toLogo(row);
}
