import { sql, type Kysely } from 'kysely';

/**
 * Notifications (issue 17, item 4):
 * - `notifications`: what a person sees behind the bell, one row per person
 *   and event, written in the transaction of the change that caused it;
 * - `notification_emails`: the email outbox, written in that same
 *   transaction (only when SMTP is configured and the person's preference
 *   allows it), sent by the notification email job with retries;
 * - `notification_preferences`: a person's email on/off per kind (no row: on);
 * - `seat_alerts`: the seat level (0, 90, 100 %) a product last announced, so
 *   each upward crossing is announced once;
 * - `deal_expiry_notices`: which expiry notices (30, 7, 0 days ahead) a deal
 *   has had.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table notifications (
      id uuid primary key,
      -- the order of writing, for notifications written at the same moment
      seq bigint generated always as identity,
      tenant_id uuid not null references tenants (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      kind text not null,
      data jsonb not null default '{}',
      created_at timestamptz not null,
      read_at timestamptz
    );
    create index notifications_user_idx on notifications (user_id, created_at desc, seq desc);
    create index notifications_unread_idx on notifications (user_id) where read_at is null;

    create table notification_emails (
      id uuid primary key,
      -- the person's in-app notification; null for an address that is no account (a deal's partner contact)
      notification_id uuid references notifications (id) on delete cascade,
      user_id uuid references users (id) on delete cascade,
      tenant_id uuid references tenants (id) on delete cascade,
      to_address text not null,
      kind text not null,
      data jsonb not null default '{}',
      state text not null default 'pending' check (state in ('pending', 'sent', 'failed')),
      attempts integer not null default 0,
      -- when the next attempt is due (pending), or claimed until (a server is sending it)
      next_attempt_at timestamptz,
      last_error text,
      created_at timestamptz not null,
      sent_at timestamptz,
      updated_at timestamptz not null
    );
    create index notification_emails_due_idx on notification_emails (next_attempt_at) where state = 'pending';

    create table notification_preferences (
      user_id uuid not null references users (id) on delete cascade,
      kind text not null,
      email boolean not null,
      updated_at timestamptz not null,
      primary key (user_id, kind)
    );

    create table seat_alerts (
      tenant_id uuid not null,
      plan_id uuid not null,
      level integer not null check (level in (0, 90, 100)),
      updated_at timestamptz not null,
      primary key (tenant_id, plan_id),
      foreign key (tenant_id, plan_id) references products (tenant_id, plan_id) on delete cascade
    );

    create table deal_expiry_notices (
      deal_id uuid not null references deals (id) on delete cascade,
      days_ahead integer not null,
      sent_at timestamptz not null,
      primary key (deal_id, days_ahead)
    );
  `.execute(db);
}
