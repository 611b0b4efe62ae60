import { sql, type Kysely } from 'kysely';

/**
 * Identity (issue 16):
 * - where each user and group comes from (`source`: local, scim, sso), the
 *   identity provider's id for it (`external_id`, unique per tenant) and what
 *   SCIM sends that the directory does not model (`scim_profile`: name parts,
 *   e-mail addresses, addresses, phone numbers, title, the enterprise
 *   extension's other attributes), with the enterprise extension's department
 *   and manager as columns;
 * - `scim_deleted_at`: a SCIM DELETE disables the person (the license check
 *   answers USER_DISABLED, seats are released) and hides them from SCIM;
 * - SCIM bearer tokens, owned by the tenant (not by the admin who made them),
 *   stored hashed, revocable;
 * - the provisioning log: one row per SCIM request with its outcome;
 * - OpenID Connect sign-in: a tenant's domains (one domain, one tenant;
 *   verified by a DNS TXT record or by the operator), its identity providers
 *   (client secret sealed with the server's secret key, the issuer's
 *   discovery document kept), and sign-ins under way (state, nonce and PKCE
 *   verifier; each used once).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    alter table users add column source text not null default 'local' check (source in ('local', 'scim', 'sso'));
    alter table users add column external_id text;
    alter table users add column department text;
    alter table users add column manager_id text;
    alter table users add column scim_profile jsonb not null default '{}'::jsonb;
    alter table users add column scim_deleted_at timestamptz;
    create unique index users_external_id_key on users (tenant_id, external_id) where external_id is not null;

    alter table groups add column source text not null default 'local' check (source in ('local', 'scim'));
    alter table groups add column external_id text;
    create unique index groups_external_id_key on groups (tenant_id, external_id) where external_id is not null;

    create table scim_tokens (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      name text not null,
      token_hash text not null unique,
      prefix text not null,
      created_by_name text not null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );
    create index scim_tokens_tenant_idx on scim_tokens (tenant_id);

    create table scim_operations (
      id bigserial primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      token_id uuid,
      method text not null,
      path text not null,
      resource_type text,
      resource_id text,
      status integer not null,
      outcome text not null,
      duration_ms integer not null,
      occurred_at timestamptz not null default now()
    );
    create index scim_operations_tenant_idx on scim_operations (tenant_id, occurred_at desc, id desc);

    create table tenant_domains (
      domain text primary key check (domain = lower(domain)),
      tenant_id uuid not null references tenants (id) on delete cascade,
      verification_token text not null,
      verified_at timestamptz,
      verified_by text,
      created_at timestamptz not null default now()
    );
    create index tenant_domains_tenant_idx on tenant_domains (tenant_id);

    create table identity_providers (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      type text not null check (type in ('oidc')),
      display_name text not null,
      issuer text not null,
      client_id text not null,
      client_secret_sealed text not null,
      domains text[] not null default '{}',
      jit boolean not null default false,
      passwords_allowed boolean not null default true,
      claim_mappings jsonb not null default '{}'::jsonb,
      group_mappings jsonb not null default '[]'::jsonb,
      discovery jsonb not null,
      last_test_at timestamptz,
      last_test_outcome text,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index identity_providers_tenant_idx on identity_providers (tenant_id);
    create index identity_providers_domains_idx on identity_providers using gin (domains);

    create table oidc_sign_ins (
      state_hash text primary key,
      provider_id uuid not null references identity_providers (id) on delete cascade,
      nonce text not null,
      code_verifier_sealed text not null,
      return_to text not null,
      test boolean not null default false,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    );
  `.execute(db);
}
