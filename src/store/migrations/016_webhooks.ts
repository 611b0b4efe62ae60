import { sql, type Kysely } from 'kysely';

/**
 * Publisher webhooks on the change feed (issue 17).
 *
 * `webhook_endpoints`: where a publisher's events go, which types, the signing
 * secret sealed with the server's secret key (and the previous one for a day
 * after a rotation, so receivers can switch without dropping deliveries), and
 * `cursor`: the last feed revision turned into deliveries. `lease_until` is
 * the dispatcher's claim: one server works an endpoint at a time, one
 * delivery in flight. `paused_at` is set when a delivery was parked (every
 * attempt failed): later events wait in the feed until the publisher re-sends.
 *
 * `webhook_deliveries`: one message to one endpoint (an event, or a test),
 * with the exact body signed, sent in id order; `webhook_delivery_attempts`
 * is the delivery log (status and time, never what a name resolved to).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table webhook_endpoints (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      url text not null,
      description text not null default '',
      event_types jsonb not null,
      enabled boolean not null default true,
      secret_sealed text not null,
      previous_secret_sealed text,
      previous_secret_until timestamptz,
      cursor bigint not null,
      lease_until timestamptz,
      paused_at timestamptz,
      paused_reason text,
      created_by uuid,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index webhook_endpoints_tenant_idx on webhook_endpoints (tenant_id, created_at);

    create table webhook_deliveries (
      id bigserial primary key,
      endpoint_id uuid not null references webhook_endpoints (id) on delete cascade,
      message_id text not null,
      event_type text not null,
      revision bigint,
      body text not null,
      state text not null check (state in ('pending', 'delivered', 'parked')),
      attempts integer not null default 0,
      tries integer not null default 0,
      next_attempt_at timestamptz,
      last_status integer,
      last_error text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index webhook_deliveries_queue_idx on webhook_deliveries (endpoint_id, id) where state = 'pending';
    create index webhook_deliveries_log_idx on webhook_deliveries (endpoint_id, id desc);

    create table webhook_delivery_attempts (
      delivery_id bigint not null references webhook_deliveries (id) on delete cascade,
      attempt integer not null,
      at timestamptz not null,
      status_code integer,
      error text,
      duration_ms integer not null,
      primary key (delivery_id, attempt)
    );
  `.execute(db);
}
