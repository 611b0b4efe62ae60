import { hashSecret, newSecret } from '../../identity/secrets.js';
import type { Db, Tx } from '../transaction.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export async function createSession(tx: Tx, user: { id: string; tenantId: string }, now: Date) {
  const sessionId = newSecret();
  const csrfToken = newSecret(24);
  await tx
    .insertInto('sessions')
    .values({
      id_hash: hashSecret(sessionId),
      user_id: user.id,
      tenant_id: user.tenantId,
      csrf_token: csrfToken,
      expires_at: new Date(now.getTime() + SESSION_TTL_MS),
    })
    .execute();
  return { sessionId, csrfToken };
}

export async function findSession(db: Db, sessionId: string, now: Date) {
  return db
    .selectFrom('sessions')
    .select(['user_id', 'tenant_id', 'csrf_token', 'expires_at'])
    .where('id_hash', '=', hashSecret(sessionId))
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSecret(sessionId)).execute();
}
