import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db } from '../transaction.js';

export interface EnvironmentRecord {
  id: string;
  name: string;
  isDefault: boolean;
  installedApps: number;
  createdAt: Date;
}

export async function listEnvironments(db: Db, scope: TenantScope): Promise<EnvironmentRecord[]> {
  const rows = await db
    .selectFrom('environments')
    .select(['id', 'name', 'is_default', 'created_at'])
    .select((eb) => eb.selectFrom('installations').select((e) => e.fn.countAll<number>().as('c')).whereRef('installations.environment_id', '=', 'environments.id').as('apps'))
    .where('tenant_id', '=', scope.tenantId)
    .orderBy('is_default', 'desc')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, isDefault: r.is_default, installedApps: Number(r.apps ?? 0), createdAt: r.created_at }));
}

export async function findEnvironment(db: Db, scope: TenantScope, environmentId: string): Promise<EnvironmentRecord | null> {
  return (await listEnvironments(db, scope)).find((e) => e.id === environmentId) ?? null;
}

export interface InstalledAppRecord {
  id: string;
  environment: { id: string; name: string };
  offer: { id: string; name: string; publisherName: string };
  version: string;
  /** The version the publisher publishes now; null when the offer is no longer published. */
  latestVersion: string | null;
  updateAvailable: boolean;
  installedAt: Date;
  updatedAt: Date;
}

function installedQuery(db: Db, scope: TenantScope) {
  return db
    .selectFrom('installations')
    .innerJoin('environments', 'environments.id', 'installations.environment_id')
    .innerJoin('offers', 'offers.id', 'installations.offer_id')
    .innerJoin('tenants as publisher', 'publisher.id', 'offers.tenant_id')
    .innerJoin('solution_packages as installed', 'installed.id', 'installations.package_id')
    .leftJoin('solution_packages as latest', 'latest.id', 'offers.published_package_id')
    .select([
      'installations.id',
      'installations.installed_at',
      'installations.updated_at',
      'environments.id as environment_id',
      'environments.name as environment_name',
      'offers.id as offer_id',
      'offers.name as offer_name',
      'publisher.display_name as publisher_name',
      'installed.id as installed_package',
      'installed.version',
      'latest.id as latest_package',
      'latest.version as latest_version',
    ])
    .where('installations.tenant_id', '=', scope.tenantId);
}

const toInstalled = (r: Awaited<ReturnType<ReturnType<typeof installedQuery>['execute']>>[number]): InstalledAppRecord => ({
  id: r.id,
  environment: { id: r.environment_id, name: r.environment_name },
  offer: { id: r.offer_id, name: r.offer_name, publisherName: r.publisher_name },
  version: r.version,
  latestVersion: r.latest_version,
  updateAvailable: r.latest_package !== null && r.latest_package !== r.installed_package,
  installedAt: r.installed_at,
  updatedAt: r.updated_at,
});

export async function listInstalledApps(db: Db, scope: TenantScope, environmentId: string): Promise<InstalledAppRecord[]> {
  return (await installedQuery(db, scope).where('installations.environment_id', '=', environmentId).orderBy('offers.name').execute()).map(toInstalled);
}

/** Where an offer is installed in the tenant (for a product's "Install" panel). */
export async function listInstallationsOfOffer(db: Db, scope: TenantScope, offerId: string): Promise<InstalledAppRecord[]> {
  return (await installedQuery(db, scope).where('installations.offer_id', '=', offerId).orderBy('environments.name').execute()).map(toInstalled);
}
