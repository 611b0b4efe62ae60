import { sql } from 'kysely';
import type { Tx } from '../transaction.js';

/** One seat holding as reallocation writes it; `sources` is already JSON. */
export interface HoldingRow {
  userId: string;
  state: 'active' | 'not_enough_licenses';
  /** Epoch milliseconds. */
  since: number;
  sources: string;
}

/**
 * Writes a product's changed holdings in one statement, the columns sent as
 * arrays and taken apart by `unnest`, as the ledger is written
 * (store/licensing/ledger.ts says why): a 10,000-member group's holdings went
 * as 20 multi-row inserts built by the query builder (60,000 parameters).
 */
export async function upsertHoldings(tx: Tx, key: { tenantId: string; planId: string }, rows: readonly HoldingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into seat_holdings (tenant_id, plan_id, user_id, state, since, sources)
    select ${key.tenantId}::uuid, ${key.planId}::uuid, h.user_id, h.state, h.since, h.sources::jsonb
    from unnest(
      ${rows.map((r) => r.userId)}::uuid[], ${rows.map((r) => r.state)}::text[],
      ${rows.map((r) => new Date(r.since).toISOString())}::timestamptz[], ${rows.map((r) => r.sources)}::text[]
    ) as h (user_id, state, since, sources)
    on conflict (tenant_id, plan_id, user_id) do update set state = excluded.state, since = excluded.since, sources = excluded.sources
  `.execute(tx);
}

/** Removes the holdings of these users for the product, in one statement. */
export async function deleteHoldings(tx: Tx, key: { tenantId: string; planId: string }, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await sql`
    delete from seat_holdings
    where tenant_id = ${key.tenantId} and plan_id = ${key.planId} and user_id = any(${userIds as string[]}::uuid[])
  `.execute(tx);
}
