import fp from 'fastify-plugin';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, unauthorized } from '../../domain/problems.js';
import type { Actor } from '../../policies/actor.js';
import { authorize } from '../../policies/authorize.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { findApiToken, touchApiToken } from '../../store/identity/apiTokens.js';
import { loadActor } from '../../store/identity/actors.js';
import { findSession } from '../../store/identity/sessions.js';
import type { RouteAccess } from '../access.js';
import { TokenCache } from '../../identity/tokenCache.js';
import { hashSecret } from '../../identity/secrets.js';
import { databaseUnavailableReason } from '../../store/errors.js';

export const SESSION_COOKIE = 'lh_session';
export const CSRF_COOKIE = 'lh_csrf';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyInstance {
    tokenCache: TokenCache;
    /** Every route with its declared access, for the route-walking isolation test and docs. */
    routeCatalog: { method: string; url: string; access: RouteAccess }[];
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** Set when the route's action is about one tenant and the caller was authorized for it. */
    tenantScope: TenantScope | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The authorized tenant of this request; a route that asks without a tenant action is a bug. */
export function scopeOf(request: FastifyRequest): TenantScope {
  if (!request.tenantScope) throw new Error(`Route ${request.routeOptions.url} has no tenant scope: declare a tenant action in config.access`);
  return request.tenantScope;
}

export function actorOf(request: FastifyRequest): Actor {
  if (!request.actor) throw unauthorized();
  return request.actor;
}

/**
 * Finds who is calling (bearer token or session cookie, CSRF-checked for
 * writes) and enforces the route's declared access before anything else runs:
 * no body parsing, no validation, no handler for a caller who may not call it.
 */
export const authenticationPlugin = fp(
  async (app) => {
    app.decorateRequest('actor', null);
    app.decorateRequest('tenantScope', null);

    app.decorate('routeCatalog', []);
    app.decorate('tokenCache', new TokenCache());
    app.addHook('onRoute', (route) => {
      const access = route.config?.access;
      if (route.url.startsWith('/api/') && !access) {
        throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
      }
      if (access) {
        for (const method of [route.method].flat()) {
          if (method !== 'HEAD') app.routeCatalog.push({ method, url: route.url, access });
        }
      }
    });

    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const access = request.routeOptions.config?.access;
      if (!access) return;
      request.actor = await resolveActor(request, reply, access);
      if (access === 'public') return;
      if (access === 'signedIn') {
        if (!request.actor) throw unauthorized();
        return;
      }
      const params = (request.params ?? {}) as Record<string, string | undefined>;
      request.tenantScope = authorize(request.actor, access, { tenantId: params.tenantId });
    });

    async function resolveActor(request: FastifyRequest, reply: FastifyReply, access: RouteAccess): Promise<Actor | null> {
      const now = app.clock.now();
      const header = request.headers.authorization;
      if (header) {
        const match = /^Bearer\s+(\S+)$/i.exec(header);
        if (!match) throw unauthorized('The Authorization header must be "Bearer <API token>"');
        const secretHash = hashSecret(match[1]!);
        const cached = app.tokenCache.get(secretHash, now.getTime());
        if (cached) return cached;
        const token = await findApiToken(app.db, match[1]!, now).catch((error: unknown) => {
          // Every live runtime key is in memory: with the database away, a bearer that is not among them is refused, not a 503.
          if (access === 'runtime.check' && app.tokenCache.knowsAllRuntimeKeys() && databaseUnavailableReason(error)) {
            throw unauthorized('The API token is not a live runtime key (an API token with the runtime.check scope)');
          }
          throw error;
        });
        if (!token) throw unauthorized('The API token is invalid, expired or revoked');
        const actor = await loadActor(app.db, token.user_id, { kind: 'token', tokenId: token.id, scopes: token.scopes });
        if (!actor) throw unauthorized("The API token's user is disabled or deleted");
        app.tokenCache.set(secretHash, actor, token.expires_at, now.getTime());
        touchApiToken(app.db, token, now).catch((error) => request.log.warn({ err: error }, 'could not record token use'));
        return actor;
      }
      const sessionId = request.cookies[SESSION_COOKIE];
      if (!sessionId) return null;
      const session = await findSession(app.db, sessionId, now);
      if (!session) {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return null;
      }
      if (UNSAFE.has(request.method) && request.headers[CSRF_HEADER] !== session.csrf_token) {
        throw new DomainError(403, 'CSRF check failed', `Send the ${CSRF_HEADER} header with the token from GET /api/v1/auth/session`);
      }
      return loadActor(app.db, session.user_id, { kind: 'session' });
    }
  },
  { name: 'authentication', dependencies: ['services', '@fastify/cookie'] },
);
