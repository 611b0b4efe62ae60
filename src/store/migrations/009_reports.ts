import { sql, type Kysely } from 'kysely';

/**
 * Reports. `license_positions_monthly` keeps, for each product (customer
 * tenant × plan) and each UTC month in which its ledger changed, the product's
 * position after the month's last ledger row: a rollup the database maintains
 * from the ledger itself (a statement trigger on insert), so a 12-month report
 * reads a few rows per product instead of every assignment ever made, and
 * rebuilding it from the ledger gives the same rows. `app_launches` records
 * when each user last opened an app of an offer (Admin Center usage).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table license_positions_monthly (
      tenant_id uuid not null,
      plan_id uuid not null,
      period date not null,
      publisher_tenant_id uuid not null,
      offer_id uuid not null,
      service_id text not null,
      purchased integer not null,
      assigned integer not null,
      state text not null,
      -- The ledger row this position is taken from: the month's last by (occurred_at, id).
      last_at timestamptz not null,
      last_id bigint not null,
      -- The month's first provisioning of the product, if any.
      first_provisioned_at timestamptz,
      primary key (tenant_id, plan_id, period)
    );
    create index license_positions_monthly_publisher_idx on license_positions_monthly (publisher_tenant_id, period);
    -- The report walks each product's months in order: this hands them over sorted, with the numbers.
    create index license_positions_monthly_product_idx on license_positions_monthly (publisher_tenant_id, tenant_id, plan_id, period)
      include (purchased, assigned, state, first_provisioned_at);

    create function license_positions_monthly_apply() returns trigger language plpgsql as $$
    begin
      insert into license_positions_monthly as t
        (tenant_id, plan_id, period, publisher_tenant_id, offer_id, service_id, purchased, assigned, state, last_at, last_id, first_provisioned_at)
      select distinct on (tenant_id, plan_id, period)
        tenant_id, plan_id, period, publisher_tenant_id, offer_id, service_id, purchased_after, assigned_after, state_after, occurred_at, id,
        min(occurred_at) filter (where kind = 'provisioned') over (partition by tenant_id, plan_id, period)
      from (select *, date_trunc('month', occurred_at at time zone 'UTC')::date as period from new_rows) r
      order by tenant_id, plan_id, period, occurred_at desc, id desc
      on conflict (tenant_id, plan_id, period) do update set
        purchased = case when (excluded.last_at, excluded.last_id) > (t.last_at, t.last_id) then excluded.purchased else t.purchased end,
        assigned = case when (excluded.last_at, excluded.last_id) > (t.last_at, t.last_id) then excluded.assigned else t.assigned end,
        state = case when (excluded.last_at, excluded.last_id) > (t.last_at, t.last_id) then excluded.state else t.state end,
        last_id = case when (excluded.last_at, excluded.last_id) > (t.last_at, t.last_id) then excluded.last_id else t.last_id end,
        last_at = greatest(t.last_at, excluded.last_at),
        first_provisioned_at = least(t.first_provisioned_at, excluded.first_provisioned_at);
      return null;
    end
    $$;

    create trigger license_ledger_rollup after insert on license_ledger
      referencing new table as new_rows for each statement execute function license_positions_monthly_apply();

    -- Ledger rows written before this migration.
    insert into license_positions_monthly
      (tenant_id, plan_id, period, publisher_tenant_id, offer_id, service_id, purchased, assigned, state, last_at, last_id, first_provisioned_at)
    select distinct on (tenant_id, plan_id, period)
      tenant_id, plan_id, period, publisher_tenant_id, offer_id, service_id, purchased_after, assigned_after, state_after, occurred_at, id,
      min(occurred_at) filter (where kind = 'provisioned') over (partition by tenant_id, plan_id, period)
    from (select *, date_trunc('month', occurred_at at time zone 'UTC')::date as period from license_ledger) r
    order by tenant_id, plan_id, period, occurred_at desc, id desc;

    create table app_launches (
      tenant_id uuid not null references tenants (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      offer_id uuid not null references offers (id) on delete cascade,
      last_launched_at timestamptz not null,
      primary key (tenant_id, user_id, offer_id)
    );
  `.execute(db);
}
