import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sql } from 'kysely';
import { completeSsoSignIn } from '../../commands/identity/completeSsoSignIn.js';
import { recordProviderTest } from '../../commands/identity/identityProviders.js';
import { DomainError } from '../../domain/problems.js';
import { domainOf, readClaims, safeReturnPath } from '../../domain/identity/ssoClaims.js';
import { exchangeCode, pkceChallenge, SignInRefused } from '../../identity/oidc/oidcClient.js';
import { hashSecret, newSecret } from '../../identity/secrets.js';
import { authorizeSsoSignIn } from '../../policies/sso.js';
import type { OidcDiscovery } from '../../store/schema.js';
import { runUseCase as runAs } from '../../commands/runUseCase.js';
import { problems } from '../common/schemas.js';
import { setSessionCookies } from './sessionReply.js';

const SIGN_IN_TTL_MS = 10 * 60 * 1000;
const VERIFIER_PURPOSE = 'oidc code verifier';
export const OIDC_CALLBACK = '/auth/oidc/callback';

interface ProviderRow {
  id: string;
  tenant_id: string;
  display_name: string;
  client_id: string;
  discovery: OidcDiscovery;
}

/** Records a sign-in under way (state, nonce, PKCE verifier) and answers the provider's authorization URL. */
export async function startSsoUrl(app: FastifyInstance, provider: ProviderRow, options: { returnTo: string; loginHint: string | null; test: boolean }): Promise<string> {
  const state = newSecret();
  const nonce = newSecret();
  const verifier = newSecret(32);
  const now = app.clock.now();
  await app.db
    .insertInto('oidc_sign_ins')
    .values({
      state_hash: hashSecret(state),
      provider_id: provider.id,
      nonce,
      code_verifier_sealed: app.secretBox.seal(verifier, VERIFIER_PURPOSE),
      return_to: safeReturnPath(options.returnTo),
      test: options.test,
      created_at: now,
      expires_at: new Date(now.getTime() + SIGN_IN_TTL_MS),
    })
    .execute();
  const url = new URL(provider.discovery.authorization_endpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: provider.client_id,
    redirect_uri: `${app.config.publicUrl}${OIDC_CALLBACK}`,
    scope: 'openid email profile',
    state,
    nonce,
    code_challenge: pkceChallenge(verifier),
    code_challenge_method: 'S256',
    ...(options.loginHint ? { login_hint: options.loginHint } : {}),
  }).toString();
  return url.toString();
}

/** The provider that signs in people of a domain: a verified (or primary) domain of its tenant. */
export async function providerForDomain(app: FastifyInstance, domain: string) {
  const provider = await app.db
    .selectFrom('identity_providers')
    .selectAll()
    .where(sql<boolean>`${domain} = any(domains)`)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('tenant_domains').select('domain').where('tenant_domains.domain', '=', domain).whereRef('tenant_domains.tenant_id', '=', 'identity_providers.tenant_id').where('verified_at', 'is not', null)),
        eb.exists(eb.selectFrom('tenants').select('id').where(sql`lower(tenants.primary_domain)`, '=', domain).whereRef('tenants.id', '=', 'identity_providers.tenant_id')),
      ]),
    )
    .executeTakeFirst();
  return provider ?? null;
}

/**
 * Single sign-on with the organization's OpenID Connect provider:
 * home-realm discovery by the e-mail's domain, Authorization Code with PKCE,
 * state and nonce, the ID token validated with jose, back to the page the
 * person came from.
 */
export const ssoRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/auth/sso/discover',
    {
      schema: { operationId: 'discoverSignIn',
        tags: ['auth'],
        summary: 'Home-realm discovery: does this e-mail address sign in with its organization, and may it use a password?',
        querystring: z.object({ email: z.string().max(320) }).strict(),
        response: { 200: z.object({ sso: z.boolean(), providerName: z.string().nullable(), passwordAllowed: z.boolean(), signInUrl: z.string().nullable() }) },
      },
      config: { access: 'public' },
    },
    async (request) => {
      const domain = domainOf(request.query.email);
      const provider = domain ? await providerForDomain(app, domain) : null;
      return {
        sso: Boolean(provider),
        providerName: provider?.display_name ?? null,
        passwordAllowed: provider ? provider.passwords_allowed : true,
        signInUrl: provider ? `/auth/sso?login_hint=${encodeURIComponent(request.query.email)}` : null,
      };
    },
  );

  app.get(
    '/auth/sso',
    {
      schema: { operationId: 'startSsoSignIn',
        tags: ['auth'],
        summary: "Start signing in with the organization's identity provider, chosen by the login hint's domain",
        querystring: z.object({ login_hint: z.string().min(3).max(320), returnTo: z.string().max(1000).optional() }).strict(),
        response: { 302: z.null(), ...problems(400, 404) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const domain = domainOf(request.query.login_hint);
      if (!domain) throw new DomainError(400, 'Invalid request', 'login_hint: must be an e-mail address such as alex@contoso.com');
      const provider = await providerForDomain(app, domain);
      if (!provider) throw new DomainError(404, 'Not found', `No organization signs in people of ${domain} with single sign-on (or the domain is not verified); sign in with your password`);
      return reply.redirect(await startSsoUrl(app, provider, { returnTo: request.query.returnTo ?? '/', loginHint: request.query.login_hint, test: false }), 302);
    },
  );

  app.get(
    OIDC_CALLBACK,
    {
      schema: { operationId: 'completeSsoSignIn',
        tags: ['auth'],
        summary: "The identity provider's redirect back: the code is exchanged and the ID token validated, then the session opens",
        querystring: z.looseObject({ code: z.string().max(4096).optional(), state: z.string().max(512).optional(), error: z.string().max(200).optional(), error_description: z.string().max(1000).optional() }),
        response: { 302: z.null(), ...problems(400, 403) },
      },
      config: { access: 'public' },
    },
    async (request, reply) => {
      const { code, state, error } = request.query;
      if (!state) throw new DomainError(400, 'Sign-in failed', 'The identity provider sent no state; start signing in again');
      const now = app.clock.now();
      // Each state is used once: taking it is the first thing done, whatever happens next.
      const pending = await app.db
        .updateTable('oidc_sign_ins')
        .set({ used_at: now })
        .where('state_hash', '=', hashSecret(state))
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
      if (!pending) throw new DomainError(400, 'Sign-in failed', 'This sign-in link was already used or has expired; start signing in again');
      const provider = await app.db.selectFrom('identity_providers').selectAll().where('id', '=', pending.provider_id).executeTakeFirst();
      if (!provider) throw new DomainError(400, 'Sign-in failed', 'The identity provider of this sign-in was removed');
      const refuse = async (reason: string) => {
        if (pending.test) await runAs(app, 'system', (ctx) => recordProviderTest(ctx, { providerId: provider.id, tenantId: provider.tenant_id, outcome: `failed: ${reason}` }));
        request.log.warn({ provider: provider.id, reason }, 'single sign-on refused');
        return new DomainError(403, 'Sign-in refused', `${provider.display_name} sign-in failed: ${reason}`);
      };
      if (error || !code) throw await refuse(`the provider answered ${error ?? 'without a code'}${request.query.error_description ? ` (${request.query.error_description})` : ''}`);
      let claims;
      try {
        claims = await exchangeCode({
          discovery: provider.discovery,
          clientId: provider.client_id,
          clientSecret: app.secretBox.open(provider.client_secret_sealed, 'identity provider client secret'),
          code,
          redirectUri: `${app.config.publicUrl}${OIDC_CALLBACK}`,
          codeVerifier: app.secretBox.open(pending.code_verifier_sealed, VERIFIER_PURPOSE),
          nonce: pending.nonce,
          now,
        });
      } catch (cause) {
        if (cause instanceof SignInRefused) throw await refuse(cause.reason);
        throw cause;
      }
      const identity = readClaims(claims as Record<string, unknown>, provider.claim_mappings, provider.group_mappings);
      if (pending.test) {
        await runAs(app, 'system', (ctx) => recordProviderTest(ctx, { providerId: provider.id, tenantId: provider.tenant_id, outcome: `succeeded for ${identity.userPrincipalName ?? claims.sub}` }));
        return reply.redirect(`${pending.return_to}${pending.return_to.includes('?') ? '&' : '?'}test=ok`, 302);
      }
      const actor = { userId: null, displayName: `Single sign-on (${provider.display_name})` };
      const session = await runAs(app, actor, (ctx) => completeSsoSignIn(ctx, { scope: authorizeSsoSignIn(provider), provider, identity }));
      setSessionCookies(app, reply, session);
      return reply.redirect(pending.return_to, 302);
    },
  );
};
