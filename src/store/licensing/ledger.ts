import { sql, type Insertable } from 'kysely';
import type { LicenseLedgerTable } from '../schema.js';
import type { Tx } from '../transaction.js';

export type LedgerEntry = Insertable<LicenseLedgerTable>;

/**
 * Appends to the license ledger, inside the transaction that made the change.
 * Rows are never updated or deleted: reports rebuild any past day from them.
 *
 * One statement whatever the count, each column sent as an array and taken
 * apart by `unnest` in the entries' order (ids follow it, and reports take a
 * month's last row by id). A 10,000-member group's assignment used to go as 20
 * multi-row inserts built by the query builder (150,000 parameters): profiled
 * beside the license check, that building was most of the builder's 6–8% of
 * the check thread's time, and garbage in its heap.
 */
export async function appendLedger(tx: Tx, entries: readonly LedgerEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await sql`
    insert into license_ledger (occurred_at, tenant_id, publisher_tenant_id, offer_id, plan_id, service_id, deal_id, user_id,
                                kind, delta, purchased_after, assigned_after, state_after, actor_user_id, reason)
    select e.occurred_at, e.tenant_id, e.publisher_tenant_id, e.offer_id, e.plan_id, e.service_id, e.deal_id, e.user_id,
           e.kind, e.delta, e.purchased_after, e.assigned_after, e.state_after, e.actor_user_id, e.reason
    from unnest(
      ${entries.map((e) => new Date(e.occurred_at).toISOString())}::timestamptz[],
      ${entries.map((e) => e.tenant_id)}::uuid[], ${entries.map((e) => e.publisher_tenant_id)}::uuid[], ${entries.map((e) => e.offer_id)}::uuid[],
      ${entries.map((e) => e.plan_id)}::uuid[], ${entries.map((e) => e.service_id)}::text[], ${entries.map((e) => e.deal_id ?? null)}::uuid[],
      ${entries.map((e) => e.user_id ?? null)}::uuid[], ${entries.map((e) => e.kind)}::text[], ${entries.map((e) => e.delta)}::integer[],
      ${entries.map((e) => e.purchased_after)}::integer[], ${entries.map((e) => e.assigned_after)}::integer[], ${entries.map((e) => e.state_after)}::text[],
      ${entries.map((e) => e.actor_user_id ?? null)}::uuid[], ${entries.map((e) => e.reason)}::text[]
    ) with ordinality as e (occurred_at, tenant_id, publisher_tenant_id, offer_id, plan_id, service_id, deal_id, user_id,
                            kind, delta, purchased_after, assigned_after, state_after, actor_user_id, reason, position)
    order by e.position
  `.execute(tx);
}
