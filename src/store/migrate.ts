import { Migrator, type Kysely } from 'kysely';
import { migrations } from './migrations/index.js';

/** Brings the schema up to date. Safe with several servers starting at once (Kysely takes a lock). */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw newerDatabase(error) ?? (error instanceof Error ? error : new Error(String(error)));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Kysely refuses a database that has run a migration this version does not
 * know ("corrupted migrations"): that is a database of a newer LicenseHub,
 * typically after a rollback. Say so, and what to do.
 */
function newerDatabase(error: unknown): Error | null {
  const unknown = /previously executed migration (\S+) is missing/.exec(error instanceof Error ? error.message : String(error))?.[1];
  if (!unknown) return null;
  return new Error(
    `this database was migrated by a newer LicenseHub (its migration ${unknown} is unknown to this version); run that version, or restore a backup taken before the upgrade`,
  );
}
