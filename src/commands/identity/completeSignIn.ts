import type { SecretBox } from '../../identity/secretBox.js';
import { createSession, deleteSession } from '../../store/identity/sessions.js';
import { inTransaction, type Db } from '../../store/transaction.js';
import { auditSignIn, type SignedIn } from './signIn.js';
import { proveSecondFactor, type SecondFactor } from './secondFactor.js';

/**
 * The second step of signing in: the code (or a recovery code) for a session
 * whose password was right. The half-open session is replaced by a new one
 * (a new id, so a session id seen before the second factor is worth nothing).
 */
export async function completeSignIn(
  db: Db,
  box: SecretBox,
  props: SecondFactor & { sessionId: string; user: { id: string; tenant_id: string; display_name: string }; address: string; now: Date },
): Promise<SignedIn> {
  const how = await proveSecondFactor(db, box, { ...props, userId: props.user.id });
  return inTransaction(db, async (tx) => {
    await deleteSession(tx, props.sessionId);
    const session = await createSession(tx, { id: props.user.id, tenantId: props.user.tenant_id }, props.now, 'done');
    await auditSignIn(tx, props.user, `password and ${how}`);
    return { ...session, userId: props.user.id };
  });
}
