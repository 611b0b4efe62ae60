import { sql } from 'kysely';
import { DomainError } from '../../domain/problems.js';
import { decoyPasswordHash, verifyPassword } from '../../identity/passwords.js';
import { recordAudit } from '../../store/audit.js';
import { createSession } from '../../store/identity/sessions.js';
import type { Db } from '../../store/transaction.js';
import { inTransaction } from '../../store/transaction.js';

/** After this many wrong passwords in a row the account locks for LOCKOUT_MS. */
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

const rejected = () => new DomainError(401, 'Sign-in failed', 'The user name or password is incorrect');

/**
 * Checks a password and opens a session. The failure answer is the same for
 * an unknown user and a wrong password, and both take a full hash's time.
 */
export async function signIn(db: Db, props: { userPrincipalName: string; password: string; now: Date }) {
  const user = await db
    .selectFrom('users')
    .select(['id', 'tenant_id', 'display_name', 'enabled', 'password_hash', 'failed_sign_ins', 'locked_until'])
    .where(sql`lower(user_principal_name)`, '=', props.userPrincipalName.trim().toLowerCase())
    .executeTakeFirst();
  if (!user || !user.password_hash) {
    await verifyPassword(props.password, await decoyPasswordHash());
    throw rejected();
  }
  if (user.locked_until && user.locked_until > props.now) {
    const minutes = Math.ceil((user.locked_until.getTime() - props.now.getTime()) / 60_000);
    throw new DomainError(423, 'Account locked', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'} or ask an admin to reset your password`);
  }
  const ok = await verifyPassword(props.password, user.password_hash);
  if (!ok) {
    const failed = user.failed_sign_ins + 1;
    const lock = failed >= MAX_FAILED_SIGN_INS;
    await inTransaction(db, async (tx) => {
      await tx
        .updateTable('users')
        .set({ failed_sign_ins: lock ? 0 : failed, locked_until: lock ? new Date(props.now.getTime() + LOCKOUT_MS) : null })
        .where('id', '=', user.id)
        .execute();
      if (lock) {
        await recordAudit(tx, 'system', {
          tenantId: user.tenant_id,
          action: 'user.locked_out',
          targetType: 'user',
          targetId: user.id,
          summary: `Locked ${props.userPrincipalName} for 15 minutes after ${MAX_FAILED_SIGN_INS} failed sign-ins`,
        });
      }
    });
    throw rejected();
  }
  if (!user.enabled) throw new DomainError(403, 'Account disabled', 'This account is disabled; ask an admin of your organization');
  return inTransaction(db, async (tx) => {
    await tx.updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', user.id).execute();
    const session = await createSession(tx, { id: user.id, tenantId: user.tenant_id }, props.now);
    await recordAudit(tx, { userId: user.id, displayName: user.display_name }, {
      tenantId: user.tenant_id,
      action: 'user.signed_in',
      targetType: 'user',
      targetId: user.id,
      summary: `${user.display_name} signed in`,
    });
    return { ...session, userId: user.id };
  });
}
