import { sql } from 'kysely';
import { hashSecret } from '../../identity/secrets.js';
import { normalizeRecoveryCode } from '../../identity/totp.js';
import type { Role } from '../schema.js';
import type { Db, Tx } from '../transaction.js';

/** A user's TOTP registration (enrolled or only started) and how many recovery codes are left. */
export async function findMfa(db: Db | Tx, userId: string) {
  const row = await db.selectFrom('user_mfa').select(['secret_sealed', 'enrolled_at', 'last_step']).where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  const codes = await db
    .selectFrom('mfa_recovery_codes')
    .select(sql<number>`count(*)`.as('left'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return { secretSealed: row.secret_sealed, enrolledAt: row.enrolled_at, lastStep: Number(row.last_step), recoveryCodesLeft: Number(codes.left) };
}

/** What decides whether a person must use MFA: their roles and their tenant's setting. */
export async function mfaContext(db: Db | Tx, userId: string): Promise<{ roles: Role[]; tenantRequiresForAdmins: boolean; enrolled: boolean } | null> {
  const row = await db
    .selectFrom('users')
    .innerJoin('tenants', 'tenants.id', 'users.tenant_id')
    .leftJoin('user_mfa', 'user_mfa.user_id', 'users.id')
    .select(['tenants.require_mfa_for_admins', 'user_mfa.enrolled_at'])
    .where('users.id', '=', userId)
    .executeTakeFirst();
  if (!row) return null;
  const roles = await db.selectFrom('role_assignments').select('role').where('user_id', '=', userId).execute();
  return { roles: roles.map((r) => r.role), tenantRequiresForAdmins: row.require_mfa_for_admins, enrolled: row.enrolled_at !== null && row.enrolled_at !== undefined };
}

/**
 * Records that a code for `step` was used, only if no later step was: two
 * servers racing on the same code cannot both accept it.
 */
export async function claimStep(db: Db | Tx, userId: string, step: number): Promise<boolean> {
  const result = await db.updateTable('user_mfa').set({ last_step: step }).where('user_id', '=', userId).where('last_step', '<', String(step)).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Uses up one recovery code, if it is one of the user's unused ones. */
export async function consumeRecoveryCode(db: Db | Tx, userId: string, code: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('mfa_recovery_codes')
    .set({ used_at: now })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hashSecret(normalizeRecoveryCode(code)))
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(tx: Tx, userId: string, codes: string[]): Promise<void> {
  await tx.deleteFrom('mfa_recovery_codes').where('user_id', '=', userId).execute();
  await tx
    .insertInto('mfa_recovery_codes')
    .values(codes.map((code) => ({ user_id: userId, code_hash: hashSecret(normalizeRecoveryCode(code)) })))
    .execute();
}
