import { sql } from 'kysely';
import { DomainError } from '../../domain/problems.js';
import { ACCOUNT_AND_ADDRESS, ADDRESS } from '../../domain/identity/signInBackoff.js';
import { mfaRequired } from '../../domain/identity/mfaRequirement.js';
import { decoyPasswordHash, verifyPassword } from '../../identity/passwords.js';
import { recordAudit } from '../../store/audit.js';
import { mfaContext } from '../../store/identity/mfa.js';
import { createSession } from '../../store/identity/sessions.js';
import { clearThrottle, recordFailure, throttledUntil, type ThrottleKey } from '../../store/identity/signInThrottle.js';
import type { SessionMfaState } from '../../domain/identity/roles.js';
import type { Tx } from '../../store/transaction.js';
import { runUseCase, type UseCaseServices } from '../runUseCase.js';

const rejected = () => new DomainError(401, 'Sign-in failed', 'The user name or password is incorrect');

/** A 429 that says how long to wait; the same for every account, existing or not. */
export function tooManyAttempts(until: Date, now: Date) {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? '' : 's'}`;
  return new DomainError(429, 'Too many attempts', `Too many failed attempts from this address; try again in ${wait}`, { retryAfterSeconds: seconds });
}

export interface SignInProps {
  userPrincipalName: string;
  password: string;
  /** The client's address (as the trusted proxies tell it). */
  address: string;
  now: Date;
}

export interface SignedIn {
  sessionId: string;
  csrfToken: string;
  userId: string;
  /** 'done': signed in; 'challenge': the second factor is due; 'enrol': MFA must be set up first. */
  mfaState: SessionMfaState;
}

/**
 * Checks a password and opens a session (half-open when a second factor is
 * due). Wrong passwords slow down the (account, address) pair and, far more
 * gently, the address: never the account itself, so nobody can lock another
 * person out. Unknown accounts and wrong passwords get the same answer and
 * take the same time, and the wait is the same for both.
 */
export async function signIn(services: UseCaseServices, props: SignInProps): Promise<SignedIn> {
  const db = services.db;
  const upn = props.userPrincipalName.trim().toLowerCase();
  const keys: ThrottleKey[] = [
    { rule: ACCOUNT_AND_ADDRESS, key: `sign-in|${upn}|${props.address}` },
    { rule: ADDRESS, key: `sign-in-address|${props.address}` },
  ];
  const blocked = await throttledUntil(db, keys, props.now);
  if (blocked) throw tooManyAttempts(blocked, props.now);
  // An organization may turn passwords off for the domains its identity provider signs in.
  const domain = upn.slice(upn.lastIndexOf('@') + 1);
  const ssoOnly = await db
    .selectFrom('identity_providers')
    .select('display_name')
    .where(sql<boolean>`${domain} = any(domains)`)
    .where('passwords_allowed', '=', false)
    .executeTakeFirst();
  if (ssoOnly) {
    throw new DomainError(403, 'Password sign-in turned off', `Your organization signs you in with ${ssoOnly.display_name}: choose "Sign in with your organization"`, { sso: `/auth/sso?login_hint=${encodeURIComponent(upn)}` });
  }

  const user = await db
    .selectFrom('users')
    .select(['id', 'tenant_id', 'display_name', 'enabled', 'password_hash'])
    .where(sql`lower(user_principal_name)`, '=', upn)
    .executeTakeFirst();
  const ok = user?.password_hash ? await verifyPassword(props.password, user.password_hash) : await verifyPassword(props.password, await decoyPasswordHash()).then(() => false);
  if (!user || !ok) {
    await recordFailure(db, keys, props.now);
    throw rejected();
  }
  await clearThrottle(db, keys.slice(0, 1));
  if (!user.enabled) throw new DomainError(403, 'Account disabled', 'This account is disabled; ask an admin of your organization');

  const context = (await mfaContext(db, user.id))!;
  const mfaState: SessionMfaState = context.enrolled ? 'challenge' : mfaRequired(context.roles, context.tenantRequiresForAdmins) ? 'enrol' : 'done';
  return runUseCase(
    services,
    { userId: user.id, displayName: user.display_name },
    async ({ tx }) => {
      const session = await createSession(tx, { id: user.id, tenantId: user.tenant_id }, props.now, mfaState);
      if (mfaState === 'done') await auditSignIn(tx, user, 'password');
      return { ...session, userId: user.id };
    },
    { now: props.now },
  );
}

export async function auditSignIn(tx: Tx, user: { id: string; tenant_id: string; display_name: string }, how: string) {
  await recordAudit(tx, { userId: user.id, displayName: user.display_name }, {
    tenantId: user.tenant_id,
    action: 'user.signed_in',
    targetType: 'user',
    targetId: user.id,
    summary: `${user.display_name} signed in (${how})`,
  });
}
