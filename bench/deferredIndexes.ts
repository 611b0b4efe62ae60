import { sql } from 'kysely';
import type { Db } from '../src/store/transaction.js';

/**
 * Bulk loading is faster when secondary indexes are built once at the end
 * rather than row by row: this drops the indexes of the given tables that do
 * not back a constraint (primary keys and foreign keys stay), and returns a
 * function that recreates them from their own definitions.
 */
export async function deferSecondaryIndexes(db: Db, tables: string[]): Promise<() => Promise<void>> {
  const { rows } = await sql<{ indexname: string; indexdef: string }>`
    select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename in (${sql.join(tables)})
      and indexname not in (select conname from pg_constraint)`.execute(db);
  for (const index of rows) await sql`drop index ${sql.id(index.indexname)}`.execute(db);
  return async () => {
    for (const index of rows) await sql.raw(index.indexdef).execute(db);
  };
}
