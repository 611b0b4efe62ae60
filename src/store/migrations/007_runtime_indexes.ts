import { sql, type Kysely } from 'kysely';

/**
 * Runtime: the entitlement index loads every user at start in pages ordered by
 * (tenant_id, id), continuing after the last row of the previous page with a
 * row comparison `(tenant_id, id) > ($1, $2)`. This index turns that into an
 * index range scan, so each page costs the same and start-up is linear in the
 * directory size. (seat_holdings pages by its primary key, which already serves.)
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index users_tenant_id_id_idx on users (tenant_id, id)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index if exists users_tenant_id_id_idx`.execute(db);
}
