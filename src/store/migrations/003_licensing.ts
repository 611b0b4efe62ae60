import { sql, type Kysely } from 'kysely';

/**
 * Deals and seats: customer consent, registered deals with their licenses,
 * assignments, the seat holdings computed from them, environments and
 * installed apps, and the append-only license ledger reports read.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table relationships (
      id uuid primary key,
      publisher_tenant_id uuid not null references tenants (id) on delete cascade,
      customer_tenant_id uuid references tenants (id) on delete cascade,
      invitation_code_hash text not null unique,
      status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'ended', 'expired')),
      message text not null default '',
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      responded_at timestamptz,
      responded_by uuid references users (id) on delete set null,
      ended_at timestamptz,
      ended_by_tenant_id uuid
    );
    create unique index relationships_accepted_key on relationships (publisher_tenant_id, customer_tenant_id) where status = 'accepted';
    create index relationships_customer_idx on relationships (customer_tenant_id);

    create table deals (
      id uuid primary key,
      publisher_tenant_id uuid not null references tenants (id) on delete cascade,
      customer_tenant_id uuid not null references tenants (id) on delete cascade,
      offer_id uuid not null references offers (id) on delete restrict,
      customer_company text not null,
      customer_country char(2) not null,
      customer_city text not null,
      customer_state text not null default '',
      total_contract_value numeric(16, 2) not null,
      total_contract_currency char(3) not null,
      solution_value numeric(16, 2) not null,
      solution_currency char(3) not null,
      deployment text not null,
      signed_date date not null,
      start_date date not null,
      end_date date,
      contact_first_name text not null,
      contact_last_name text not null,
      contact_phone text not null,
      contact_email text not null,
      contract_type text not null check (contract_type in ('new', 'renewal')),
      status text not null default 'registered' check (status in ('registered', 'cancelled')),
      idempotency_key text,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      cancelled_at timestamptz,
      check (start_date >= signed_date),
      check (end_date is null or end_date > start_date)
    );
    create unique index deals_idempotency_key on deals (publisher_tenant_id, idempotency_key) where idempotency_key is not null;
    create index deals_customer_idx on deals (customer_tenant_id);

    create table deal_licenses (
      deal_id uuid not null references deals (id) on delete cascade,
      plan_id uuid not null references plans (id) on delete restrict,
      customer_tenant_id uuid not null references tenants (id) on delete cascade,
      quantity integer not null check (quantity > 0 and quantity <= 1000000),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      primary key (deal_id, plan_id)
    );
    create index deal_licenses_product_idx on deal_licenses (customer_tenant_id, plan_id);

    -- One row per (customer tenant, plan) ever provisioned: the lock that
    -- serializes seat changes, and the current purchased count and state.
    create table products (
      tenant_id uuid not null references tenants (id) on delete cascade,
      plan_id uuid not null references plans (id) on delete cascade,
      purchased integer not null default 0 check (purchased >= 0),
      assigned integer not null default 0 check (assigned >= 0),
      state text not null default 'active' check (state in ('active', 'warning', 'suspended', 'removed')),
      next_change_at timestamptz,
      updated_at timestamptz not null default now(),
      primary key (tenant_id, plan_id),
      check (assigned <= purchased)
    );

    create table license_assignments (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      plan_id uuid not null references plans (id) on delete cascade,
      user_id uuid references users (id) on delete cascade,
      group_id uuid references groups (id) on delete cascade,
      assigned_at timestamptz not null default now(),
      assigned_by uuid references users (id) on delete set null,
      check ((user_id is null) <> (group_id is null))
    );
    create unique index license_assignments_user_key on license_assignments (tenant_id, plan_id, user_id) where user_id is not null;
    create unique index license_assignments_group_key on license_assignments (tenant_id, plan_id, group_id) where group_id is not null;

    -- Who holds a seat of each product, as allocateSeats() computed it under the product's lock.
    create table seat_holdings (
      tenant_id uuid not null references tenants (id) on delete cascade,
      plan_id uuid not null references plans (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      state text not null check (state in ('active', 'not_enough_licenses')),
      since timestamptz not null,
      sources jsonb not null,
      primary key (tenant_id, plan_id, user_id)
    );
    create index seat_holdings_user_idx on seat_holdings (user_id);

    create table environments (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      name text not null,
      is_default boolean not null default false,
      created_at timestamptz not null default now()
    );
    create unique index environments_tenant_name_key on environments (tenant_id, lower(name));
    create unique index environments_default_key on environments (tenant_id) where is_default;

    create table installations (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      environment_id uuid not null references environments (id) on delete cascade,
      offer_id uuid not null references offers (id) on delete cascade,
      package_id uuid not null references solution_packages (id) on delete restrict,
      installed_by uuid references users (id) on delete set null,
      installed_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index installations_environment_offer_key on installations (environment_id, offer_id);
    create index installations_tenant_offer_idx on installations (tenant_id, offer_id);

    -- Append-only: every change to what is provisioned or assigned, written in
    -- the transaction that made it. Reports rebuild any past month from it.
    create table license_ledger (
      id bigserial primary key,
      occurred_at timestamptz not null,
      tenant_id uuid not null,
      publisher_tenant_id uuid not null,
      offer_id uuid not null,
      plan_id uuid not null,
      service_id text not null,
      deal_id uuid,
      user_id uuid,
      kind text not null check (kind in ('provisioned', 'deprovisioned', 'assigned', 'unassigned', 'state_changed')),
      delta integer not null,
      purchased_after integer not null,
      assigned_after integer not null,
      state_after text not null,
      actor_user_id uuid,
      reason text not null
    );
    create index license_ledger_publisher_idx on license_ledger (publisher_tenant_id, occurred_at);
    create index license_ledger_tenant_idx on license_ledger (tenant_id, plan_id, occurred_at);
  `.execute(db);
}
