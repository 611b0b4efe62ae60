import { sql, type Kysely } from 'kysely';

/**
 * Marketplace leads: what visitors send with "Contact me", the publisher's
 * notes on them, and the webhook outbox with its delivery log. A lead and its
 * outbox row are written in one transaction, so a lead is never lost when the
 * publisher's webhook is down.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table leads (
      id uuid primary key,
      publisher_tenant_id uuid not null references tenants (id) on delete cascade,
      offer_id uuid not null references offers (id) on delete cascade,
      name text not null,
      email text not null,
      company text not null,
      country text not null,
      phone text not null default '',
      message text not null,
      consent boolean not null,
      status text not null default 'new' check (status in ('new', 'contacted', 'won', 'lost')),
      -- inbox: nothing to deliver; pending/delivered/failed: the webhook outbox's state.
      delivery text not null default 'inbox' check (delivery in ('inbox', 'pending', 'delivered', 'failed')),
      visitor_user_id uuid references users (id) on delete set null,
      visitor_tenant_id uuid references tenants (id) on delete set null,
      -- SHA-256 of the client address: enough to limit floods, without keeping the address.
      visitor_key text not null,
      received_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index leads_publisher_idx on leads (publisher_tenant_id, received_at desc);
    create index leads_visitor_key_idx on leads (visitor_key, received_at);
    create index leads_visitor_user_idx on leads (visitor_user_id, received_at) where visitor_user_id is not null;

    create table lead_notes (
      id uuid primary key,
      lead_id uuid not null references leads (id) on delete cascade,
      publisher_tenant_id uuid not null references tenants (id) on delete cascade,
      text text not null,
      author_user_id uuid references users (id) on delete set null,
      author_name text not null,
      created_at timestamptz not null
    );
    create index lead_notes_lead_idx on lead_notes (lead_id, created_at);

    -- The outbox: one row per lead to deliver to a webhook, until it is delivered or given up.
    create table lead_deliveries (
      lead_id uuid primary key references leads (id) on delete cascade,
      publisher_tenant_id uuid not null references tenants (id) on delete cascade,
      state text not null default 'pending' check (state in ('pending', 'delivered', 'failed')),
      attempts integer not null default 0,
      -- When the next attempt is due (pending) or claimed until (a server is attempting it).
      next_attempt_at timestamptz,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index lead_deliveries_due_idx on lead_deliveries (next_attempt_at) where state = 'pending';

    create table lead_delivery_attempts (
      id bigint generated always as identity primary key,
      lead_id uuid not null references leads (id) on delete cascade,
      attempt integer not null,
      at timestamptz not null,
      url text not null,
      status_code integer,
      error text,
      next_attempt_at timestamptz
    );
    create index lead_delivery_attempts_lead_idx on lead_delivery_attempts (lead_id, attempt);
  `.execute(db);
}
