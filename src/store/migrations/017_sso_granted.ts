import { sql, type Kysely } from 'kysely';

/**
 * Where a group membership or an admin role came from (issue 16): a row an
 * identity provider's group mapping granted at sign-in names the provider in
 * `granted_by_provider_id`; a row an admin (or SCIM) granted has none. A later
 * sign-in whose ID token no longer carries the mapped group takes away only
 * the provider's own grants. Deleting the provider keeps what it granted, as
 * if granted by hand.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table group_members add column granted_by_provider_id uuid references identity_providers (id) on delete set null;
    alter table role_assignments add column granted_by_provider_id uuid references identity_providers (id) on delete set null;
    create index group_members_granted_by_idx on group_members (granted_by_provider_id, member_user_id) where granted_by_provider_id is not null;
  `.execute(db);
}
