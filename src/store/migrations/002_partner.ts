import { sql, type Kysely } from 'kysely';

/** Partner Center: program enrollment, offers, licensing plans and solution packages. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table tenants add column publisher_id text;
    alter table tenants add column marketplace_enrolled boolean not null default false;
    alter table tenants add column program_applied_at timestamptz;
    alter table tenants add column program_decided_at timestamptz;
    create unique index tenants_publisher_id_key on tenants (publisher_id) where publisher_id is not null;

    create table offers (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      offer_id text not null,
      license_management boolean not null default false,
      allow_install_without_license boolean not null default false,
      status text not null default 'draft' check (status in ('draft', 'published', 'stop_sold')),
      name text not null,
      summary text not null default '',
      description text not null default '',
      categories text[] not null default '{}',
      logo bytea,
      logo_content_type text,
      support_url text,
      privacy_url text,
      launch_url text,
      lead_destination jsonb not null default '{"kind":"inbox"}'::jsonb,
      current_package_id uuid,
      published_at timestamptz,
      stop_sold_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check (license_management or not allow_install_without_license)
    );
    create unique index offers_tenant_offer_key on offers (tenant_id, offer_id);
    create index offers_status_idx on offers (status);

    create table plans (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      offer_id uuid not null references offers (id) on delete cascade,
      plan_id text not null,
      service_id text not null,
      name text not null,
      description text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index plans_offer_plan_key on plans (offer_id, plan_id);
    create unique index plans_service_id_key on plans (service_id);

    create table solution_packages (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      offer_id uuid not null references offers (id) on delete cascade,
      unique_name text not null,
      version text not null,
      manifest jsonb not null,
      license jsonb not null,
      archive bytea not null,
      size_bytes integer not null,
      sha256 text not null,
      uploaded_by uuid references users (id) on delete set null,
      uploaded_at timestamptz not null default now()
    );
    create unique index solution_packages_offer_version_key on solution_packages (offer_id, version);

    alter table offers add constraint offers_current_package_fk
      foreign key (current_package_id) references solution_packages (id) on delete set null;

    -- The app modules of each published offer's current package, and which plans map them:
    -- what the launch page and the runtime check look up. Rewritten on publish.
    create table app_modules (
      offer_id uuid not null references offers (id) on delete cascade,
      unique_name text not null,
      display_name text not null,
      primary key (offer_id, unique_name)
    );
    create unique index app_modules_unique_name_key on app_modules (unique_name);

    create table app_module_plans (
      offer_id uuid not null references offers (id) on delete cascade,
      app_module text not null,
      plan_id uuid not null references plans (id) on delete cascade,
      display_name text not null,
      more_info_url text not null,
      primary key (offer_id, app_module, plan_id)
    );
  `.execute(db);
}
