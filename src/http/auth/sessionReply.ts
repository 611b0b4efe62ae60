import type { FastifyInstance, FastifyReply } from 'fastify';
import { mfaRequired } from '../../domain/identity/mfaRequirement.js';
import { getOwnTenant } from '../../store/directory/tenants.js';
import { findMfa, mfaContext } from '../../store/identity/mfa.js';
import { PENDING_SESSION_TTL_MS, SESSION_TTL_MS } from '../../store/identity/sessions.js';
import type { SessionMfaState } from '../../store/schema.js';
import { grantTenantScope } from '../../policies/tenantScope.js';
import { CSRF_COOKIE, SESSION_COOKIE } from '../plugins/authentication.js';
import { abilitiesOf } from '../../policies/abilities.js';
import type { Actor } from '../../policies/actor.js';
import { loadActor } from '../../store/identity/actors.js';
import { SIGN_IN_STATES } from './schema.js';

/** Sets the session and CSRF cookies of a (new) session. */
export function setSessionCookies(app: FastifyInstance, reply: FastifyReply, session: { sessionId: string; csrfToken: string; mfaState: SessionMfaState }) {
  const options = { path: '/', sameSite: 'lax' as const, secure: app.config.secureCookies };
  const maxAge = (session.mfaState === 'done' ? SESSION_TTL_MS : PENDING_SESSION_TTL_MS) / 1000;
  reply.setCookie(SESSION_COOKIE, session.sessionId, { ...options, httpOnly: true, maxAge });
  reply.setCookie(CSRF_COOKIE, session.csrfToken, { ...options, httpOnly: false, maxAge });
}

/** Who is signed in, how far (second factor, enrolment), and the CSRF token for writes. */
export async function describeSession(
  app: FastifyInstance,
  userId: string,
  csrfToken: string | null,
  via: 'session' | 'token',
  mfaState: SessionMfaState = 'done',
  /** The caller as authenticated (an API token's scopes limit its abilities); a fresh session's otherwise. */
  caller?: Actor,
) {
  const user = await app.db.selectFrom('users').select(['id', 'tenant_id', 'user_principal_name', 'display_name']).where('id', '=', userId).executeTakeFirstOrThrow();
  const tenant = await getOwnTenant(app.db, grantTenantScope(user.tenant_id));
  const context = (await mfaContext(app.db, userId))!;
  const mfa = await findMfa(app.db, userId);
  const actor = caller ?? (await loadActor(app.db, userId, { kind: 'session', mfaState }));
  if (!actor) throw new Error(`User ${userId} is not an active user`);
  return {
    signIn: SIGN_IN_STATES[mfaState],
    mfa: {
      enrolled: context.enrolled,
      required: mfaRequired(context.roles, context.tenantRequiresForAdmins),
      recoveryCodesLeft: context.enrolled ? (mfa?.recoveryCodesLeft ?? 0) : 0,
    },
    user: { id: user.id, userPrincipalName: user.user_principal_name, displayName: user.display_name },
    tenant: {
      id: tenant.id,
      displayName: tenant.displayName,
      primaryDomain: tenant.primaryDomain,
      country: tenant.country,
      isPublisher: tenant.isPublisher,
      kind: tenant.kind,
    },
    roles: [...context.roles].sort(),
    csrfToken,
    via,
    abilities: abilitiesOf(actor),
    limits: {
      dealThresholdUsd: app.config.dealThresholdUsd,
      gracePeriodDays: app.config.gracePeriodDays,
      suspendedPeriodDays: app.config.suspendedPeriodDays,
    },
  };
}
