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
 * arrays and taken apart by `unnest`. A 10,000-member group used to go as 20
 * multi-row inserts built by the query builder (60,000 parameters); profiled
 * beside the license check, that building was 8% of the check thread's time
 * and much of its garbage (bench/README.md, "Checks beside admin work").
 */
export async function upsertHoldings(tx: Tx, key: { tenantId: string; planId: string }, rows: readonly HoldingRow[]): Promise<void> {
  if (rows.length === 0) return;
  const userIds = new Array<string>(rows.length);
  const states = new Array<string>(rows.length);
  const since = new Array<string>(rows.length);
  const sources = new Array<string>(rows.length);
  rows.forEach((row, i) => {
    userIds[i] = row.userId;
    states[i] = row.state;
    since[i] = new Date(row.since).toISOString();
    sources[i] = row.sources;
  });
  await sql`
    insert into seat_holdings (tenant_id, plan_id, user_id, state, since, sources)
    select ${key.tenantId}::uuid, ${key.planId}::uuid, h.user_id, h.state, h.since, h.sources::jsonb
    from unnest(${userIds}::uuid[], ${states}::text[], ${since}::timestamptz[], ${sources}::text[]) as h (user_id, state, since, sources)
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
