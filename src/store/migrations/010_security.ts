import { sql, type Kysely } from 'kysely';

/**
 * Security (issue 13):
 * - sign-in throttling counters shared by every server, keyed by a hash of
 *   (account, address) or (address) instead of a lock on the account;
 * - multi-factor authentication: a TOTP secret per user (sealed with the
 *   server's secret key), one-time recovery codes (hashed), and sessions that
 *   are only half signed in until the second factor (or enrolment) is done;
 * - a tenant may require MFA of its admins;
 * - signing keys' private halves sealed at rest (`private_key_sealed`); rows
 *   written before this migration are sealed at the next start.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table sign_in_throttle (
      key text primary key,
      failures integer not null,
      blocked_until timestamptz,
      updated_at timestamptz not null
    );
    create index sign_in_throttle_updated_idx on sign_in_throttle (updated_at);

    alter table users drop column failed_sign_ins;
    alter table users drop column locked_until;

    create table user_mfa (
      user_id uuid primary key references users (id) on delete cascade,
      tenant_id uuid not null references tenants (id) on delete cascade,
      secret_sealed text not null,
      -- null while the person has scanned the secret but not yet proved it with a code
      enrolled_at timestamptz,
      -- the last TOTP time step accepted: a code is never accepted twice
      last_step bigint not null default 0,
      created_at timestamptz not null default now()
    );

    create table mfa_recovery_codes (
      user_id uuid not null references users (id) on delete cascade,
      code_hash text not null,
      used_at timestamptz,
      primary key (user_id, code_hash)
    );

    alter table sessions add column mfa_state text not null default 'done' check (mfa_state in ('done', 'challenge', 'enrol'));
    alter table tenants add column require_mfa_for_admins boolean not null default false;

    alter table signing_keys add column private_key_sealed text;
    alter table signing_keys alter column private_jwk drop not null;
  `.execute(db);
}
