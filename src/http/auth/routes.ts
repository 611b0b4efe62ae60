import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createApiToken, grantableScopes, revokeApiToken } from '../../commands/identity/apiTokens.js';
import { signIn } from '../../commands/identity/signIn.js';
import { deleteSession, findSession } from '../../store/identity/sessions.js';
import { listApiTokens } from '../../store/identity/apiTokens.js';
import { describeSession, setSessionCookies } from './sessionReply.js';
import { withRetryAfter } from './retryAfter.js';
import { runCommand } from '../common/runCommand.js';
import { CSRF_COOKIE, SESSION_COOKIE, actorOf } from '../plugins/authentication.js';
import { guid, problems } from '../common/schemas.js';
import { createTokenBody, scopeEnum, sessionResponse, signInBody, tokenSummary } from './schema.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Sign-in, sign-out, the current session, and the caller's API tokens. */
export const authRoutes: FastifyPluginAsyncZod = async (app) => {

  app.post(
    '/api/v1/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        operationId: 'signIn',
        summary: 'Sign in with user principal name and password',
        description:
          'Answers the session, or (signIn: mfaRequired) a session that only POST /api/v1/auth/mfa/verify can finish, or (signIn: mfaEnrollmentRequired) one that must set up an authenticator app first. ' +
          'Failed attempts slow down further ones from the same address for the same account (429 with Retry-After); the account itself is never locked.',
        body: signInBody,
        response: { 200: sessionResponse, ...problems(400, 401, 403, 429) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const now = app.clock.now();
      const session = await withRetryAfter(reply, () => signIn(app, { ...request.body, address: request.ip, now }));
      setSessionCookies(app, reply, session);
      return describeSession(app, session.userId, session.csrfToken, 'session', session.mfaState);
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { schema: { tags: ['auth'], operationId: 'signOut', summary: 'End the current session', response: { 204: z.null() } }, config: { access: 'public' } },
    async (request, reply) => {
      const sessionId = request.cookies[SESSION_COOKIE];
      if (sessionId) await deleteSession(app.db, sessionId);
      reply.clearCookie(SESSION_COOKIE, { path: '/' }).clearCookie(CSRF_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      schema: {
        tags: ['auth'],
        operationId: 'getSession',
        summary: 'Who is signed in (and whether a second factor or MFA enrolment is still due), with the CSRF token for writes',
        response: { 200: sessionResponse, ...problems(401) },
      },
      config: { access: 'signingIn' },
    },
    async (request) => {
      const actor = actorOf(request);
      const sessionId = request.cookies[SESSION_COOKIE];
      const session = actor.via === 'session' && sessionId ? await findSession(app.db, sessionId, app.clock.now()) : null;
      return describeSession(app, actor.userId, session?.csrf_token ?? null, actor.via, session?.mfa_state ?? 'done', actor);
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        operationId: 'listApiTokens',
        summary: "List the caller's API tokens (never their secrets)",
        response: { 200: z.object({ items: z.array(tokenSummary), grantableScopes: z.array(scopeEnum) }), ...problems(401, 403) },
      },
      config: { access: 'apiToken.manage' },
    },
    async (request) => {
      const actor = actorOf(request);
      const rows = await listApiTokens(app.db, actor.userId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          prefix: r.prefix,
          scopes: r.scopes,
          createdAt: r.created_at.toISOString(),
          expiresAt: iso(r.expires_at),
          lastUsedAt: iso(r.last_used_at),
          revokedAt: iso(r.revoked_at),
        })),
        grantableScopes: grantableScopes(actor),
      };
    },
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        operationId: 'createApiToken',
        summary: 'Create an API token; the secret is shown once in this response',
        body: createTokenBody,
        response: { 201: tokenSummary.extend({ token: z.string() }), ...problems(400, 401, 403) },
      },
      config: { access: 'apiToken.manage' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const created = await runCommand(app, request, (ctx) => createApiToken(ctx, { actor, ...request.body }));
      reply.code(201);
      return {
        id: created.id,
        token: created.token,
        name: created.name,
        prefix: created.prefix,
        scopes: created.scopes,
        createdAt: created.createdAt.toISOString(),
        expiresAt: iso(created.expiresAt),
        lastUsedAt: null,
        revokedAt: null,
      };
    },
  );

  app.delete(
    '/api/v1/auth/tokens/:tokenId',
    {
      schema: {
        tags: ['auth'],
        operationId: 'revokeApiToken',
        summary: 'Revoke an API token',
        params: z.object({ tokenId: guid('token ID') }),
        response: { 204: z.null(), ...problems(401, 403, 404) },
      },
      config: { access: 'apiToken.manage' },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      // The change stream makes every server forget the token before this answers.
      await runCommand(app, request, (ctx) => revokeApiToken(ctx, { actor, tokenId: request.params.tokenId }));
      return reply.code(204).send(null);
    },
  );
};
