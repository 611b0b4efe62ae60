import { hashSecret } from '../../identity/secrets.js';
import type { Db } from '../transaction.js';

/** The live SCIM token behind a bearer secret, whichever tenant it belongs to. */
export async function findScimToken(db: Db, secret: string) {
  const row = await db
    .selectFrom('scim_tokens')
    .select(['id', 'tenant_id', 'name', 'revoked_at', 'last_used_at'])
    .where('token_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  return row && !row.revoked_at ? row : null;
}

/** Marks use at most once a minute per token. */
export async function touchScimToken(db: Db, token: { id: string; last_used_at: Date | null }, now: Date) {
  if (token.last_used_at && now.getTime() - token.last_used_at.getTime() < 60_000) return;
  await db.updateTable('scim_tokens').set({ last_used_at: now }).where('id', '=', token.id).execute();
}

export async function listScimTokens(db: Db, tenantId: string) {
  return db
    .selectFrom('scim_tokens')
    .select(['id', 'name', 'prefix', 'created_by_name', 'created_at', 'last_used_at', 'revoked_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .execute();
}
