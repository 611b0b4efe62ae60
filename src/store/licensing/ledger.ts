import type { Insertable } from 'kysely';
import type { LicenseLedgerTable } from '../schema.js';
import type { Tx } from '../transaction.js';

export type LedgerEntry = Insertable<LicenseLedgerTable>;

/**
 * Appends to the license ledger, inside the transaction that made the change.
 * Rows are never updated or deleted: reports rebuild any past day from them.
 */
export async function appendLedger(tx: Tx, entries: readonly LedgerEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    await tx.insertInto('license_ledger').values(entries.slice(i, i + 500)).execute();
  }
}
