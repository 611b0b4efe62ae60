import type { Db, Tx } from '../transaction.js';

/**
 * App module unique names are platform-wide: the runtime check finds an app
 * module's offer by its name. Which of these names does another offer use?
 * Names alone are compared; nothing about the other offer is returned.
 */
export async function appModulesUsedElsewhere(db: Db | Tx, offerUuid: string, names: readonly string[]): Promise<string[]> {
  if (names.length === 0) return [];
  const rows = await db
    .selectFrom('app_modules')
    .select('unique_name')
    .where('unique_name', 'in', [...names])
    .where('offer_id', '<>', offerUuid)
    .execute();
  const taken = new Set(rows.map((r) => r.unique_name));
  return names.filter((name) => taken.has(name));
}
