import { sql, type Kysely } from 'kysely';

/** Tenants, their directory (users, groups, roles), identity and the audit log. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table tenants (
      id uuid primary key,
      display_name text not null,
      primary_domain text not null,
      country char(2) not null,
      kind text not null default 'customer' check (kind in ('operator', 'customer')),
      is_publisher boolean not null default false,
      partner_id text,
      program_status text not null default 'not_enrolled'
        check (program_status in ('not_enrolled', 'pending', 'approved', 'declined')),
      program_decision_reason text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index tenants_primary_domain_key on tenants (lower(primary_domain));
    create unique index tenants_partner_id_key on tenants (partner_id) where partner_id is not null;

    create table users (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      user_principal_name text not null,
      display_name text not null,
      usage_location char(2),
      enabled boolean not null default true,
      password_hash text,
      failed_sign_ins integer not null default 0,
      locked_until timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_upn_key on users (lower(user_principal_name));
    create index users_tenant_name_idx on users (tenant_id, display_name);

    create table groups (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      display_name text not null,
      description text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index groups_tenant_name_key on groups (tenant_id, lower(display_name));

    create table group_members (
      tenant_id uuid not null references tenants (id) on delete cascade,
      group_id uuid not null references groups (id) on delete cascade,
      member_user_id uuid references users (id) on delete cascade,
      member_group_id uuid references groups (id) on delete cascade,
      added_at timestamptz not null default now(),
      check ((member_user_id is null) <> (member_group_id is null)),
      check (member_group_id is distinct from group_id)
    );
    create unique index group_members_user_key on group_members (group_id, member_user_id) where member_user_id is not null;
    create unique index group_members_group_key on group_members (group_id, member_group_id) where member_group_id is not null;
    create index group_members_member_user_idx on group_members (member_user_id);
    create index group_members_member_group_idx on group_members (member_group_id);

    create table role_assignments (
      tenant_id uuid not null references tenants (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      role text not null check (role in ('global_admin', 'billing_admin', 'license_admin', 'user_admin', 'operator')),
      primary key (user_id, role)
    );

    create table sessions (
      id_hash text primary key,
      user_id uuid not null references users (id) on delete cascade,
      tenant_id uuid not null references tenants (id) on delete cascade,
      csrf_token text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions (user_id);

    create table api_tokens (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      scopes text[] not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index api_tokens_user_idx on api_tokens (user_id);

    create table audit_events (
      id bigserial primary key,
      tenant_id uuid references tenants (id) on delete cascade,
      actor_user_id uuid,
      actor_name text not null,
      action text not null,
      target_type text not null,
      target_id text,
      summary text not null,
      detail jsonb not null default '{}'::jsonb,
      occurred_at timestamptz not null default now()
    );
    create index audit_events_tenant_idx on audit_events (tenant_id, occurred_at desc);
  `.execute(db);
}
