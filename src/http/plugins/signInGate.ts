import { forbidden } from '../../domain/problems.js';
import type { Actor } from '../../policies/actor.js';
import { assertSignInComplete } from '../../policies/signInState.js';
import type { RouteAccess } from '../access.js';

/**
 * What a half-signed-in session (second factor or MFA enrolment still due)
 * may reach: the 'signingIn' routes that finish signing in. Public routes see
 * it as nobody; every other route refuses it with a problem that says what to
 * do next. (API tokens are never half signed in.)
 */
export function gateSignIn(access: RouteAccess, actor: Actor | null): Actor | null {
  if (access === 'browserSession' && actor?.via === 'token') throw forbidden('This needs your browser session (sign in); API tokens cannot use it');
  if (!actor || !actor.signInState || access === 'signingIn' || access === 'browserSession') return actor;
  if (access === 'public') return null;
  assertSignInComplete(actor);
  return actor;
}
