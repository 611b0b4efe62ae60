import { sql, type Kysely } from 'kysely';

/**
 * The package an offer runs live. `current_package_id` is the version the
 * publisher works on (the latest upload, or one they picked); publishing makes
 * it live by copying it here, so uploading never changes what customers get.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table offers add column published_package_id uuid references solution_packages (id);
  `.execute(db);
}
