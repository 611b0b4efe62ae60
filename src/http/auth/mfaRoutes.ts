import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { changePassword } from '../../commands/identity/changePassword.js';
import { completeSignIn } from '../../commands/identity/completeSignIn.js';
import { confirmMfaEnrolment } from '../../commands/identity/confirmMfaEnrolment.js';
import { regenerateRecoveryCodes } from '../../commands/identity/regenerateRecoveryCodes.js';
import { removeMfa } from '../../commands/identity/removeMfa.js';
import { proveSecondFactor } from '../../commands/identity/secondFactor.js';
import { startMfaEnrolment } from '../../commands/identity/startMfaEnrolment.js';
import { conflict, unauthorized } from '../../domain/problems.js';
import type { Actor } from '../../policies/actor.js';
import { assertSignInComplete } from '../../policies/signInState.js';
import { replaceSession } from '../../commands/identity/replaceSession.js';
import { findSession } from '../../store/identity/sessions.js';
import { problems } from '../common/schemas.js';
import { runCommand } from '../common/runCommand.js';
import { actorOf, SESSION_COOKIE } from '../plugins/authentication.js';
import { withRetryAfter } from './retryAfter.js';
import { changePasswordBody, codeBody, enrolmentResponse, recoveryCodesResponse, sessionResponse, verifyBody } from './schema.js';
import { describeSession, setSessionCookies } from './sessionReply.js';

const tags = ['auth'];

/**
 * Multi-factor authentication (TOTP authenticator apps, recovery codes) and
 * the person's own password. All of it is for the person's browser session
 * only: an API token never enrols, verifies or changes anything here.
 */
export const mfaRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The caller's browser session (half signed in or not) and its cookie. */
  function sessionOf(request: FastifyRequest): { actor: Actor; sessionId: string } {
    const actor = actorOf(request);
    const sessionId = request.cookies[SESSION_COOKIE];
    if (actor.via !== 'session' || !sessionId) throw unauthorized('This needs a browser session (sign in), not an API token');
    return { actor, sessionId };
  }
  const userRow = (id: string) => app.db.selectFrom('users').select(['id', 'tenant_id', 'display_name', 'user_principal_name']).where('id', '=', id).executeTakeFirstOrThrow();

  app.post(
    '/api/v1/auth/mfa/verify',
    {
      schema: {
        tags,
        operationId: 'verifySecondFactor',
        summary: 'Finish signing in with the code from the authenticator app, or with a recovery code',
        body: verifyBody,
        response: { 200: sessionResponse, ...problems(400, 401, 409, 429) },
      },
      config: { access: 'browserSession' },
    },
    async (request, reply) => {
      const { actor, sessionId } = sessionOf(request);
      if (actor.signInState !== 'challenge') throw conflict('This session has no code to enter');
      const user = await userRow(actor.userId);
      const session = await withRetryAfter(reply, () =>
        completeSignIn(app, app.secretBox, { sessionId, user, ...request.body, address: request.ip, now: app.clock.now() }),
      );
      setSessionCookies(app, reply, session);
      return describeSession(app, user.id, session.csrfToken, 'session');
    },
  );

  app.post(
    '/api/v1/auth/mfa/enrolment',
    {
      schema: {
        tags,
        operationId: 'startMfaEnrolment',
        summary: 'Start setting up an authenticator app: a new secret, shown once',
        description: 'Scan otpauthUri as a QR code (or type the secret), then confirm with a code from the app. Until confirmed, the account signs in as before.',
        response: { 201: enrolmentResponse, ...problems(401, 403, 409) },
      },
      config: { access: 'browserSession' },
    },
    async (request, reply) => {
      const { actor } = sessionOf(request);
      if (actor.signInState === 'challenge') throw conflict('Enter the code from your authenticator app first');
      const started = await runCommand(app, request, (ctx) =>
        startMfaEnrolment(ctx, { box: app.secretBox, userId: actor.userId, tenantId: actor.tenantId, userPrincipalName: actor.userPrincipalName }),
      );
      reply.code(201);
      return started;
    },
  );

  app.post(
    '/api/v1/auth/mfa/enrolment/confirm',
    {
      schema: {
        tags,
        operationId: 'confirmMfaEnrolment',
        summary: 'Confirm the authenticator app with its current code; answers ten one-time recovery codes, shown once',
        body: codeBody,
        response: { 200: recoveryCodesResponse.extend({ session: sessionResponse }), ...problems(400, 401, 409, 429) },
      },
      config: { access: 'browserSession' },
    },
    async (request, reply) => {
      const { actor, sessionId } = sessionOf(request);
      if (actor.signInState === 'challenge') throw conflict('Enter the code from your authenticator app first');
      const now = app.clock.now();
      await withRetryAfter(reply, () => proveSecondFactor(app.db, app.secretBox, { userId: actor.userId, code: request.body.code, address: request.ip, now, pending: true }));
      const user = await userRow(actor.userId);
      const recoveryCodes = await runCommand(app, request, (ctx) => confirmMfaEnrolment(ctx, { userId: user.id, tenantId: user.tenant_id, displayName: user.display_name }));
      let csrfToken: string | null = null;
      if (actor.signInState === 'enrol') {
        // Enrolment was what this sign-in waited for: the session now becomes a full one, under a new id.
        const session = await runCommand(app, request, (ctx) => replaceSession(ctx, { sessionId, user }));
        setSessionCookies(app, reply, session);
        csrfToken = session.csrfToken;
      } else {
        csrfToken = (await findSession(app.db, sessionId, now))?.csrf_token ?? null;
      }
      return { recoveryCodes, session: await describeSession(app, user.id, csrfToken, 'session') };
    },
  );

  app.post(
    '/api/v1/auth/mfa/recovery-codes',
    {
      schema: {
        tags,
        operationId: 'regenerateRecoveryCodes',
        summary: 'Replace the recovery codes (all earlier ones stop working); needs a current code from the authenticator app',
        body: codeBody,
        response: { 200: recoveryCodesResponse, ...problems(400, 401, 409, 429) },
      },
      config: { access: 'browserSession' },
    },
    async (request, reply) => {
      const { actor } = sessionOf(request);
      assertSignInComplete(actor);
      await withRetryAfter(reply, () => proveSecondFactor(app.db, app.secretBox, { userId: actor.userId, code: request.body.code, address: request.ip, now: app.clock.now() }));
      const recoveryCodes = await runCommand(app, request, (ctx) => regenerateRecoveryCodes(ctx, { userId: actor.userId, tenantId: actor.tenantId, displayName: actor.displayName }));
      return { recoveryCodes };
    },
  );

  app.delete(
    '/api/v1/auth/mfa',
    {
      schema: {
        tags,
        operationId: 'removeMfa',
        summary: 'Remove your authenticator app (not allowed where MFA is required); needs a current code',
        body: codeBody,
        response: { 204: z.null(), ...problems(400, 401, 409, 429) },
      },
      config: { access: 'browserSession' },
    },
    async (request, reply) => {
      const { actor } = sessionOf(request);
      assertSignInComplete(actor);
      await withRetryAfter(reply, () => proveSecondFactor(app.db, app.secretBox, { userId: actor.userId, code: request.body.code, address: request.ip, now: app.clock.now() }));
      await runCommand(app, request, (ctx) => removeMfa(ctx, { userId: actor.userId, tenantId: actor.tenantId, targetName: actor.displayName, byAdmin: false }));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags,
        operationId: 'changePassword',
        summary: 'Change your own password; your other sessions end',
        body: changePasswordBody,
        response: { 204: z.null(), ...problems(400, 401) },
      },
      config: { access: 'browserSession' },
    },
    async (request, reply) => {
      const { actor, sessionId } = sessionOf(request);
      assertSignInComplete(actor);
      await runCommand(app, request, (ctx) =>
        changePassword(ctx, {
          userId: actor.userId,
          tenantId: actor.tenantId,
          userPrincipalName: actor.userPrincipalName,
          displayName: actor.displayName,
          ...request.body,
          keepSessionId: sessionId,
        }),
      );
      return reply.code(204).send(null);
    },
  );
};
