import type { Insertable } from 'kysely';
import type { Database } from '../src/store/schema.js';
import type { Db } from '../src/store/transaction.js';

type Table = keyof Database;

/**
 * Buffers generated rows per table and writes them as multi-row INSERTs.
 * When any buffer is full, every buffer is written in ORDER, so a row never
 * reaches the database before the rows its foreign keys point at.
 */
const ORDER: Table[] = [
  'tenants',
  'users',
  'role_assignments',
  'groups',
  'group_members',
  'products',
  'license_assignments',
  'seat_holdings',
  'environments',
  'installations',
];

/** PostgreSQL allows 65,535 bind parameters per statement; stay well below. */
const PARAMETERS_PER_STATEMENT = 30_000;

export class BulkWriter {
  private readonly buffers = new Map<Table, Record<string, unknown>[]>();
  readonly written = new Map<Table, number>();

  constructor(private readonly db: Db) {}

  async add<T extends Table>(table: T, rows: Insertable<Database[T]>[]): Promise<void> {
    if (!ORDER.includes(table)) throw new Error(`BulkWriter does not know where ${table} goes in the insert order`);
    let buffer = this.buffers.get(table);
    if (!buffer) this.buffers.set(table, (buffer = []));
    for (const row of rows) buffer.push(row as Record<string, unknown>);
    if (buffer.length >= rowsPerStatement(buffer)) await this.flush();
  }

  async flush(): Promise<void> {
    for (const table of ORDER) {
      const buffer = this.buffers.get(table);
      if (!buffer?.length) continue;
      const chunk = rowsPerStatement(buffer);
      for (let start = 0; start < buffer.length; start += chunk) {
        await this.db.insertInto(table).values(buffer.slice(start, start + chunk) as never).execute();
      }
      this.written.set(table, (this.written.get(table) ?? 0) + buffer.length);
      buffer.length = 0;
    }
  }
}

function rowsPerStatement(buffer: Record<string, unknown>[]): number {
  const columns = Object.keys(buffer[0] ?? {}).length || 1;
  return Math.floor(PARAMETERS_PER_STATEMENT / columns);
}
