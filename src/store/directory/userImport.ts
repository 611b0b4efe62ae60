import { sql } from 'kysely';
import type { ImportCandidate } from '../../domain/directory/userImport.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Tx } from '../transaction.js';

/*
 * A CSV import's two statements. Up to 5,000 rows go as one array per column,
 * taken apart by `unnest`, not as multi-row inserts built by the query builder
 * (30,000 parameters), which run on the thread that answers license checks: the
 * builder was 3.9% of that thread's busy time beside a 5,000-row import
 * (bench/profileBesideWork.ts --work '(b)').
 */

/** Which of these names (lower-cased) any user already has, in any tenant. */
export async function takenPrincipalNames(tx: Tx, lowerCaseNames: readonly string[]): Promise<string[]> {
  if (lowerCaseNames.length === 0) return [];
  const { rows } = await sql<{ upn: string }>`
    select lower(user_principal_name) as upn from users
    where lower(user_principal_name) = any(${lowerCaseNames as string[]}::text[])
  `.execute(tx);
  return rows.map((r) => r.upn);
}

/** Creates the imported users in the tenant; `country` is the usage location of rows that give none. */
export async function insertImportedUsers(tx: Tx, scope: TenantScope, country: string, users: readonly (ImportCandidate & { id: string })[]): Promise<void> {
  if (users.length === 0) return;
  await sql`
    insert into users (id, tenant_id, user_principal_name, display_name, usage_location, enabled)
    select u.id, ${scope.tenantId}::uuid, u.upn, u.display_name, u.usage_location, u.enabled
    from unnest(
      ${users.map((u) => u.id)}::uuid[], ${users.map((u) => u.userPrincipalName)}::text[], ${users.map((u) => u.displayName)}::text[],
      ${users.map((u) => u.usageLocation ?? country)}::text[], ${users.map((u) => u.enabled)}::boolean[]
    ) as u (id, upn, display_name, usage_location, enabled)
  `.execute(tx);
}
