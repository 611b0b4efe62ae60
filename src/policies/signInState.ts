import { DomainError } from '../domain/problems.js';
import type { Actor } from './actor.js';

/** Refuses a half-signed-in session anything but finishing its sign-in. */
export function assertSignInComplete(actor: Actor): void {
  if (actor.signInState === 'challenge') {
    throw new DomainError(401, 'Sign-in not finished', 'Enter the code from your authenticator app (POST /api/v1/auth/mfa/verify) to finish signing in', {
      signIn: 'mfaRequired',
    });
  }
  if (actor.signInState === 'enrol') {
    throw new DomainError(403, 'Multi-factor authentication required', 'Your account must use multi-factor authentication: set up an authenticator app (POST /api/v1/auth/mfa/enrolment) first', {
      signIn: 'mfaEnrollmentRequired',
    });
  }
}
