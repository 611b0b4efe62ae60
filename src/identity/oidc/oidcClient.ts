import { createHash } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { DomainError } from '../../domain/problems.js';
import type { OidcDiscovery } from '../../store/schema.js';

/**
 * The relying party's side of OpenID Connect: discovery, the Authorization
 * Code exchange (with PKCE), and ID token validation with jose against the
 * provider's JWKS (issuer, audience, expiry, signature, nonce).
 */
const TIMEOUT_MS = 10_000;

/** A problem with the issuer's discovery: named on the `issuer` field, so a form shows it there. */
const providerProblem = (detail: string) => new DomainError(422, 'Identity provider problem', detail, { errors: [{ field: 'issuer', message: detail }] });

export async function discover(issuer: string): Promise<OidcDiscovery> {
  const url = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json' } });
  } catch (error) {
    throw providerProblem(`LicenseHub could not reach ${url} (${(error as Error).message}); check the issuer URL`);
  }
  if (!response.ok) throw providerProblem(`${url} answered HTTP ${response.status}, not a discovery document; check the issuer URL`);
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const fields = ['issuer', 'authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const;
  const missing = fields.filter((f) => typeof body?.[f] !== 'string');
  if (!body || missing.length) throw providerProblem(`${url} is not an OpenID Connect discovery document (missing ${missing.join(', ')})`);
  if ((body.issuer as string).replace(/\/$/, '') !== issuer.replace(/\/$/, '')) {
    throw providerProblem(`The discovery document names the issuer ${body.issuer as string}, not ${issuer}`);
  }
  return Object.fromEntries(fields.map((f) => [f, body[f]])) as unknown as OidcDiscovery;
}

export const pkceChallenge = (verifier: string) => createHash('sha256').update(verifier).digest('base64url');

const jwksCache = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
function jwksOf(uri: string) {
  let jwks = jwksCache.get(uri);
  if (!jwks) jwksCache.set(uri, (jwks = createRemoteJWKSet(new URL(uri), { timeoutDuration: TIMEOUT_MS })));
  return jwks;
}

export class SignInRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export interface CodeExchange {
  discovery: OidcDiscovery;
  clientId: string;
  clientSecret: string;
  code: string;
  redirectUri: string;
  codeVerifier: string;
  nonce: string;
  now: Date;
}

/** Exchanges the code and returns the validated ID token's claims; refuses with the reason otherwise. */
export async function exchangeCode(props: CodeExchange): Promise<JWTPayload> {
  let response: Response;
  try {
    response = await fetch(props.discovery.token_endpoint, {
      method: 'POST',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        accept: 'application/json',
        authorization: `Basic ${Buffer.from(`${encodeURIComponent(props.clientId)}:${encodeURIComponent(props.clientSecret)}`).toString('base64')}`,
      },
      body: new URLSearchParams({ grant_type: 'authorization_code', code: props.code, redirect_uri: props.redirectUri, code_verifier: props.codeVerifier }),
    });
  } catch (error) {
    throw new SignInRefused(`the identity provider's token endpoint could not be reached (${(error as Error).message})`);
  }
  const body = (await response.json().catch(() => ({}))) as { id_token?: unknown; error?: string; error_description?: string };
  if (!response.ok || typeof body.id_token !== 'string') {
    throw new SignInRefused(`the identity provider refused the code (${body.error ?? response.status}${body.error_description ? `: ${body.error_description}` : ''})`);
  }
  return validateIdToken(body.id_token, props);
}

export async function validateIdToken(idToken: string, props: Pick<CodeExchange, 'discovery' | 'clientId' | 'nonce' | 'now'>): Promise<JWTPayload> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, jwksOf(props.discovery.jwks_uri), {
      issuer: props.discovery.issuer,
      audience: props.clientId,
      currentDate: props.now,
      requiredClaims: ['sub', 'exp', 'iat'],
    }));
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    const reason =
      code === 'ERR_JWT_EXPIRED'
        ? 'the ID token has expired'
        : code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' || code === 'ERR_JWKS_NO_MATCHING_KEY'
          ? "the ID token's signature does not verify against the provider's keys"
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED'
            ? `the ID token's ${(error as { claim?: string }).claim ?? 'claims'} is wrong (${(error as Error).message})`
            : `the ID token is not valid (${(error as Error).message})`;
    throw new SignInRefused(reason);
  }
  if (payload.nonce !== props.nonce) throw new SignInRefused("the ID token's nonce does not match this sign-in (a replayed or injected token)");
  return payload;
}
