import { sql } from 'kysely';
import type { Actor, Scope } from '../../policies/actor.js';
import type { Role } from '../schema.js';
import type { Db } from '../transaction.js';

export interface RuntimeKey {
  secretHash: string;
  expiresAt: Date | null;
  actor: Actor;
}

/**
 * Every live runtime key (an API token with the runtime.check scope whose
 * owner is enabled), with the actor it stands for: the license check keeps
 * them all in memory so it never needs the database, not even for a key it
 * has not seen yet. `userIds` narrows the load to those owners.
 */
export async function loadRuntimeKeys(db: Db, now: Date, userIds?: readonly string[]): Promise<RuntimeKey[]> {
  if (userIds && userIds.length === 0) return [];
  let query = db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .innerJoin('tenants', 'tenants.id', 'users.tenant_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.token_hash',
      'api_tokens.scopes',
      'api_tokens.expires_at',
      'users.id as user_id',
      'users.tenant_id',
      'users.user_principal_name',
      'users.display_name',
      'tenants.is_publisher',
    ])
    .where(sql<boolean>`${'runtime.check'} = any(api_tokens.scopes)`)
    .where('api_tokens.revoked_at', 'is', null)
    .where((eb) => eb.or([eb('api_tokens.expires_at', 'is', null), eb('api_tokens.expires_at', '>', now)]))
    .where('users.enabled', '=', true);
  if (userIds) query = query.where('users.id', 'in', [...userIds]);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const owners = [...new Set(rows.map((r) => r.user_id))];
  const roles = new Map<string, Role[]>();
  for (const row of await db.selectFrom('role_assignments').select(['user_id', 'role']).where('user_id', 'in', owners).execute()) {
    roles.set(row.user_id, [...(roles.get(row.user_id) ?? []), row.role]);
  }
  return rows.map((row) => ({
    secretHash: row.token_hash,
    expiresAt: row.expires_at,
    actor: {
      userId: row.user_id,
      tenantId: row.tenant_id,
      userPrincipalName: row.user_principal_name,
      displayName: row.display_name,
      roles: new Set(roles.get(row.user_id) ?? []),
      isPublisher: row.is_publisher,
      scopes: new Set(row.scopes as Scope[]),
      via: 'token',
      tokenId: row.token_id,
    },
  }));
}
