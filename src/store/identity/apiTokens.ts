import type { Scope } from '../../policies/actor.js';
import { hashSecret } from '../../identity/secrets.js';
import type { Db } from '../transaction.js';

/** Finds the live token behind a bearer secret. */
export async function findApiToken(db: Db, secret: string, now: Date) {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'tenant_id', 'scopes', 'expires_at', 'revoked_at', 'last_used_at'])
    .where('token_hash', '=', hashSecret(secret))
    .executeTakeFirst();
  if (!row || row.revoked_at || (row.expires_at && row.expires_at <= now)) return null;
  return { ...row, scopes: row.scopes as Scope[] };
}

/** Marks use at most once a minute per token, so busy automation does not write on every call. */
export async function touchApiToken(db: Db, token: { id: string; last_used_at: Date | null }, now: Date) {
  if (token.last_used_at && now.getTime() - token.last_used_at.getTime() < 60_000) return;
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', token.id).execute();
}

export async function listApiTokens(db: Db, userId: string) {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'scopes', 'created_at', 'expires_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
  // Scopes are checked against SCOPES when a token is created.
  return rows.map((row) => ({ ...row, scopes: row.scopes as Scope[] }));
}
