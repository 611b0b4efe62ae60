import { hashSecret, newSecret } from '../../identity/secrets.js';
import type { SessionMfaState } from '../schema.js';
import type { Db, Tx } from '../transaction.js';

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** A session waiting for its second factor or for MFA enrolment lives only this long. */
export const PENDING_SESSION_TTL_MS = 15 * 60 * 1000;

export async function createSession(tx: Tx | Db, user: { id: string; tenantId: string }, now: Date, mfaState: SessionMfaState = 'done') {
  const sessionId = newSecret();
  const csrfToken = newSecret(24);
  await tx
    .insertInto('sessions')
    .values({
      id_hash: hashSecret(sessionId),
      user_id: user.id,
      tenant_id: user.tenantId,
      csrf_token: csrfToken,
      mfa_state: mfaState,
      expires_at: new Date(now.getTime() + (mfaState === 'done' ? SESSION_TTL_MS : PENDING_SESSION_TTL_MS)),
    })
    .execute();
  return { sessionId, csrfToken, mfaState };
}

export async function findSession(db: Db, sessionId: string, now: Date) {
  return db
    .selectFrom('sessions')
    .select(['user_id', 'tenant_id', 'csrf_token', 'expires_at', 'mfa_state'])
    .where('id_hash', '=', hashSecret(sessionId))
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function deleteSession(db: Db | Tx, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashSecret(sessionId)).execute();
}

/** Ends every session of a user except (optionally) the one in use. */
export async function deleteOtherSessions(tx: Tx, userId: string, keepSessionId: string | null): Promise<number> {
  let query = tx.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) query = query.where('id_hash', '<>', hashSecret(keepSessionId));
  return Number((await query.executeTakeFirst()).numDeletedRows);
}
