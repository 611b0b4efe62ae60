import { sql, type Kysely } from 'kysely';

/**
 * Deals and seats, second step: a publisher can withdraw a pending invitation
 * ('cancelled'); deal registration remembers what each Idempotency-Key was
 * used for, so a retry with a different body is told apart from a true retry;
 * the lifecycle job finds due products by index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table relationships drop constraint relationships_status_check;
    alter table relationships add constraint relationships_status_check
      check (status in ('pending', 'accepted', 'declined', 'ended', 'expired', 'cancelled'));

    alter table deals add column idempotency_fingerprint text;

    create index products_next_change_idx on products (next_change_at) where next_change_at is not null;
    create index license_assignments_group_idx on license_assignments (group_id) where group_id is not null;
    create index audit_events_target_idx on audit_events (tenant_id, target_type, target_id);
  `.execute(db);
}
