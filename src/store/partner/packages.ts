import { compareSolutionVersions, type LicenseMetadata, type SolutionManifest } from '../../domain/packages/index.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db, Tx } from '../transaction.js';

export interface PackageRecord {
  id: string;
  offerUuid: string;
  uniqueName: string;
  version: string;
  manifest: SolutionManifest;
  license: LicenseMetadata;
  sizeBytes: number;
  sha256: string;
  uploadedBy: { userId: string; displayName: string } | null;
  uploadedAt: Date;
}

function baseQuery(db: Db | Tx, scope: TenantScope, offerUuid: string) {
  return db
    .selectFrom('solution_packages')
    .leftJoin('users', 'users.id', 'solution_packages.uploaded_by')
    .select([
      'solution_packages.id',
      'solution_packages.offer_id',
      'solution_packages.unique_name',
      'solution_packages.version',
      'solution_packages.manifest',
      'solution_packages.license',
      'solution_packages.size_bytes',
      'solution_packages.sha256',
      'solution_packages.uploaded_by',
      'users.display_name as uploader_name',
      'solution_packages.uploaded_at',
    ])
    .where('solution_packages.tenant_id', '=', scope.tenantId)
    .where('solution_packages.offer_id', '=', offerUuid);
}

type PackageRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

const toRecord = (row: PackageRow): PackageRecord => ({
  id: row.id,
  offerUuid: row.offer_id,
  uniqueName: row.unique_name,
  version: row.version,
  manifest: row.manifest as SolutionManifest,
  license: row.license as LicenseMetadata,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  uploadedBy: row.uploaded_by && row.uploader_name ? { userId: row.uploaded_by, displayName: row.uploader_name } : null,
  uploadedAt: row.uploaded_at,
});

/** Every version of an offer's package, newest version first. */
export async function listPackages(db: Db | Tx, scope: TenantScope, offerUuid: string): Promise<PackageRecord[]> {
  const rows = await baseQuery(db, scope, offerUuid).execute();
  return rows.map(toRecord).sort((a, b) => compareSolutionVersions(b.version, a.version));
}

export async function findPackage(db: Db | Tx, scope: TenantScope, offerUuid: string, version: string): Promise<PackageRecord | null> {
  const row = await baseQuery(db, scope, offerUuid).where('solution_packages.version', '=', version).executeTakeFirst();
  return row ? toRecord(row) : null;
}

export async function findPackageById(db: Db | Tx, scope: TenantScope, offerUuid: string, packageId: string): Promise<PackageRecord | null> {
  const row = await baseQuery(db, scope, offerUuid).where('solution_packages.id', '=', packageId).executeTakeFirst();
  return row ? toRecord(row) : null;
}

/** The highest version uploaded for the offer: a new upload must be greater. */
export async function latestPackageVersion(db: Db | Tx, scope: TenantScope, offerUuid: string): Promise<string | null> {
  const rows = await db
    .selectFrom('solution_packages')
    .select('version')
    .where('tenant_id', '=', scope.tenantId)
    .where('offer_id', '=', offerUuid)
    .execute();
  return rows.map((r) => r.version).sort(compareSolutionVersions).at(-1) ?? null;
}

/** The zip as uploaded. */
export async function readPackageBytes(db: Db | Tx, scope: TenantScope, packageId: string): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('solution_packages')
    .select('archive')
    .where('tenant_id', '=', scope.tenantId)
    .where('id', '=', packageId)
    .executeTakeFirst();
  return row ? new Uint8Array(row.archive.buffer, row.archive.byteOffset, row.archive.byteLength) : null;
}
