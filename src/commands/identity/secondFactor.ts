import { DomainError } from '../../domain/problems.js';
import { MFA_ACCOUNT, MFA_ACCOUNT_AND_ADDRESS } from '../../domain/identity/signInBackoff.js';
import type { SecretBox } from '../../identity/secretBox.js';
import { acceptedStep } from '../../identity/totp.js';
import { claimStep, consumeRecoveryCode, findMfa } from '../../store/identity/mfa.js';
import { clearThrottle, recordFailure, throttledUntil, type ThrottleKey } from '../../store/identity/signInThrottle.js';
import type { Db } from '../../store/transaction.js';
import { tooManyAttempts } from './signIn.js';

/** What a person types to prove the second factor: the authenticator app's code, or one of their recovery codes. */
export interface SecondFactor {
  code?: string | undefined;
  recoveryCode?: string | undefined;
}

export const totpPurpose = (userId: string) => `totp:${userId}`;

/**
 * Checks a second factor of an enrolled user, throttled per (user, address)
 * and per user: whoever gets this far knows the password. A TOTP code is
 * accepted once (its time step is claimed atomically); a recovery code is
 * used up. Returns how the factor was proved, for the audit log.
 */
export async function proveSecondFactor(
  db: Db,
  box: SecretBox,
  props: SecondFactor & { userId: string; address: string; now: Date; pending?: boolean },
): Promise<'authenticator app' | 'recovery code'> {
  const keys: ThrottleKey[] = [
    { rule: MFA_ACCOUNT_AND_ADDRESS, key: `mfa|${props.userId}|${props.address}` },
    { rule: MFA_ACCOUNT, key: `mfa-account|${props.userId}` },
  ];
  const blocked = await throttledUntil(db, keys, props.now);
  if (blocked) throw tooManyAttempts(blocked, props.now);
  const mfa = await findMfa(db, props.userId);
  if (!mfa || (!props.pending && !mfa.enrolledAt)) throw new DomainError(409, 'Conflict', 'Multi-factor authentication is not set up for this account');
  let proved: 'authenticator app' | 'recovery code' | null = null;
  if (props.code) {
    const step = acceptedStep(box.open(mfa.secretSealed, totpPurpose(props.userId)), props.code, props.now, mfa.lastStep);
    if (step !== null && (await claimStep(db, props.userId, step))) proved = 'authenticator app';
  } else if (props.recoveryCode && !props.pending && (await consumeRecoveryCode(db, props.userId, props.recoveryCode, props.now))) {
    proved = 'recovery code';
  }
  if (!proved) {
    await recordFailure(db, keys, props.now);
    const field = props.code ? 'code' : 'recoveryCode';
    throw new DomainError(400, 'Invalid request', `${field}: ${props.code ? 'is not the current code of your authenticator app (or was already used)' : 'is not one of your unused recovery codes'}`, {
      errors: [{ field, message: props.code ? 'is not the current code of your authenticator app (or was already used)' : 'is not one of your unused recovery codes' }],
    });
  }
  await clearThrottle(db, keys.slice(0, 1));
  return proved;
}
