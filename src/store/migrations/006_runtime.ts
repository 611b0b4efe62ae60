import { sql, type Kysely } from 'kysely';

/** Runtime: the keys that sign license tokens, and license requests users send their admins. */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table signing_keys (
      kid text primary key,
      algorithm text not null,
      public_jwk jsonb not null,
      private_jwk jsonb not null,
      created_at timestamptz not null default now(),
      -- After this a newer key signs; the key stays published until every token it signed has expired.
      retires_at timestamptz not null,
      expires_at timestamptz not null
    );

    create table license_requests (
      id uuid primary key,
      tenant_id uuid not null references tenants (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      offer_id uuid not null references offers (id) on delete cascade,
      app_module text not null,
      plan_id uuid references plans (id) on delete set null,
      message text not null default '',
      status text not null default 'pending' check (status in ('pending', 'approved', 'declined')),
      created_at timestamptz not null default now(),
      decided_at timestamptz,
      decided_by uuid references users (id) on delete set null,
      decision_note text not null default ''
    );
    create index license_requests_tenant_idx on license_requests (tenant_id, status, created_at desc);
    create unique index license_requests_pending_key on license_requests (user_id, app_module) where status = 'pending';
  `.execute(db);
}
