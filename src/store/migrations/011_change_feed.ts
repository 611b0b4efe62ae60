import { sql, type Kysely } from 'kysely';

/**
 * The change feed (issue 17). Every transaction that changes license state
 * takes one revision from `license_revision` as its last step, under a
 * transaction-scoped advisory lock, so revisions become visible in the order
 * they were taken: a reader that has seen revision N never later finds a
 * committed N-1. Its events share that revision and are ordered by
 * `position`; each is a CloudEvents 1.0 envelope. `tenant_id` (the customer
 * tenant) and `publisher_tenant_id` (the publisher whose offer it concerns)
 * decide who may read an event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create sequence license_revision;

    create table license_events (
      revision bigint not null,
      position integer not null,
      id text not null unique,
      type text not null,
      source text not null,
      subject text not null,
      time timestamptz not null,
      tenant_id uuid,
      publisher_tenant_id uuid,
      data jsonb not null,
      primary key (revision, position)
    );
    create index license_events_tenant_idx on license_events (tenant_id, revision) where tenant_id is not null;
    create index license_events_publisher_idx on license_events (publisher_tenant_id, revision) where publisher_tenant_id is not null;
    create index license_events_type_idx on license_events (type, revision);
  `.execute(db);
}
