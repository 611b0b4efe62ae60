import { sql, type Kysely } from 'kysely';

/**
 * Seats that manage themselves (issue 18):
 * - `seat_usage`: the last launch or successful check of each user and product
 *   (tenant + plan), upserted in batches by the usage flush job from what the
 *   check aggregated in memory. No foreign keys on purpose: a batch must not
 *   fail because a user was deleted meanwhile; readers join `users`, and the
 *   retention sweep removes old rows.
 * - `seat_policies`: per product, auto-claim, waiting room and reclamation.
 * - `seat_waiting`: the waiting room, first in first out by `seq`.
 * - `seat_reclamations`: each seat announced for reclamation, reclaimed or
 *   undone.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table seat_usage (
      tenant_id uuid not null,
      plan_id uuid not null,
      user_id uuid not null,
      last_used_at timestamptz not null,
      primary key (tenant_id, plan_id, user_id)
    );
    create index seat_usage_recent_idx on seat_usage (tenant_id, plan_id, last_used_at);
    create index seat_usage_user_idx on seat_usage (tenant_id, user_id);
    create index seat_usage_age_idx on seat_usage (last_used_at);

    create table seat_policies (
      tenant_id uuid not null,
      plan_id uuid not null,
      auto_claim text not null default 'off' check (auto_claim in ('off', 'anyone', 'group')),
      auto_claim_group_id uuid references groups (id) on delete set null,
      waiting_room text not null default 'off' check (waiting_room in ('off', 'automatic', 'manual')),
      reclaim_after_days integer check (reclaim_after_days between 1 and 3650),
      reclaim_notice_days integer not null default 7 check (reclaim_notice_days between 0 and 365),
      exclusion_group_id uuid references groups (id) on delete set null,
      updated_at timestamptz not null,
      primary key (tenant_id, plan_id),
      foreign key (tenant_id, plan_id) references products (tenant_id, plan_id) on delete cascade
    );

    create table seat_waiting (
      seq bigint generated always as identity primary key,
      tenant_id uuid not null,
      plan_id uuid not null,
      user_id uuid not null references users (id) on delete cascade,
      reason text not null check (reason in ('launch', 'claim', 'request', 'reclaimed')),
      joined_at timestamptz not null,
      unique (tenant_id, plan_id, user_id),
      foreign key (tenant_id, plan_id) references products (tenant_id, plan_id) on delete cascade
    );
    create index seat_waiting_order_idx on seat_waiting (tenant_id, plan_id, seq);

    create table seat_reclamations (
      id uuid primary key,
      tenant_id uuid not null,
      plan_id uuid not null,
      user_id uuid not null references users (id) on delete cascade,
      state text not null check (state in ('announced', 'cancelled', 'reclaimed', 'undone')),
      last_used_at timestamptz,
      announced_at timestamptz not null,
      due_at timestamptz not null,
      reclaimed_at timestamptz,
      undone_at timestamptz,
      foreign key (tenant_id, plan_id) references products (tenant_id, plan_id) on delete cascade
    );
    create unique index seat_reclamations_open_idx on seat_reclamations (tenant_id, plan_id, user_id) where state = 'announced';
    create index seat_reclamations_product_idx on seat_reclamations (tenant_id, plan_id, state);
  `.execute(db);
}
