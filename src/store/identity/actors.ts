import type { Actor, Scope } from '../../policies/actor.js';
import type { Role, SessionMfaState } from '../schema.js';
import type { Db } from '../transaction.js';

/** Loads the caller behind a session or token: their user, tenant and roles. Disabled users get null. */
export async function loadActor(
  db: Db,
  userId: string,
  via: { kind: 'session'; mfaState?: SessionMfaState } | { kind: 'token'; tokenId: string; scopes: Scope[] },
): Promise<Actor | null> {
  const row = await db
    .selectFrom('users')
    .innerJoin('tenants', 'tenants.id', 'users.tenant_id')
    .select(['users.id', 'users.tenant_id', 'users.user_principal_name', 'users.display_name', 'users.enabled', 'tenants.is_publisher'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!row || !row.enabled) return null;
  const roles = await db.selectFrom('role_assignments').select('role').where('user_id', '=', userId).execute();
  return {
    userId: row.id,
    tenantId: row.tenant_id,
    userPrincipalName: row.user_principal_name,
    displayName: row.display_name,
    roles: new Set<Role>(roles.map((r) => r.role)),
    isPublisher: row.is_publisher,
    scopes: via.kind === 'token' ? new Set(via.scopes) : null,
    via: via.kind,
    ...(via.kind === 'token' ? { tokenId: via.tokenId } : {}),
    ...(via.kind === 'session' && via.mfaState && via.mfaState !== 'done' ? { signInState: via.mfaState } : {}),
  };
}
