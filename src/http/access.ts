import type { Action } from '../policies/index.js';

/**
 * Every route declares who may call it, in its `config.access`:
 * - 'public': anyone, signed in or not (sign-in, health, marketplace);
 * - 'signedIn': any signed-in caller, about themself (their session);
 * - 'signingIn': like 'signedIn', and also a browser session whose second
 *   factor or MFA enrolment is still due (who is signed in);
 * - 'browserSession': the caller's own browser session only, never an API
 *   token, half signed in or not (MFA, their own password);
 * - an Action: checked by authorize() before the handler runs; tenant actions
 *   take the tenant from the `:tenantId` path parameter.
 * A route under /api without a declaration makes the server refuse to start.
 */
export type RouteAccess = 'public' | 'signedIn' | 'signingIn' | 'browserSession' | Action;

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}
