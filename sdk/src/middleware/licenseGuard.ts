import type { LicenseHubClient } from '../client.js';
import { LicenseTokenError, type ProblemDetails } from '../errors.js';
import { decideFromToken } from '../offlineDecision.js';
import type { LicenseTokenVerifier } from '../tokenVerifier.js';
import type { LicenseDecision } from '../types.js';

/**
 * What the Fastify and Express guards share: find out whether the request's
 * user may run the app module — by asking LicenseHub through a client, or
 * offline from a license token through a verifier — and, if not, the
 * problem+json answer to send. The framework adapters only translate.
 */

/** Who is making the request, as the app knows it (usually from its own sign-in). */
export interface LicenseSubject {
  tenantId: string;
  /** User id or user principal name. */
  user: string;
}

type Maybe<T> = T | undefined | null;

export interface ClientGuardOptions<Request> {
  client: LicenseHubClient;
  appModule: string;
  /** The signed-in user; nothing means nobody is signed in (401). */
  resolveUser(request: Request): Maybe<LicenseSubject> | Promise<Maybe<LicenseSubject>>;
}

export interface TokenGuardOptions<Request> {
  verifier: LicenseTokenVerifier;
  appModule: string;
  /** The license token; default: the `x-license-token` header, else the `license_token` query parameter (what the launch URL carries). */
  resolveToken?(request: Request): Maybe<string> | Promise<Maybe<string>>;
  /** When given, the token must belong to this user, so one user's token cannot be replayed by another. */
  resolveUser?(request: Request): Maybe<LicenseSubject> | Promise<Maybe<LicenseSubject>>;
}

export type LicenseGuardOptions<Request> = ClientGuardOptions<Request> | TokenGuardOptions<Request>;

export type GuardOutcome = { allowed: true; decision: LicenseDecision } | { allowed: false; problem: ProblemDetails };

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM = 'urn:licensehub:problem:';

export function assertGuardOptions(options: LicenseGuardOptions<unknown>): void {
  if (!options.appModule) throw new TypeError('appModule is required');
  const hasClient = 'client' in options && options.client;
  const hasVerifier = 'verifier' in options && options.verifier;
  if (Boolean(hasClient) === Boolean(hasVerifier)) throw new TypeError('Pass either a client or a verifier');
  if (hasClient && typeof (options as ClientGuardOptions<unknown>).resolveUser !== 'function') {
    throw new TypeError('resolveUser is required with a client: the guard must know who is asking');
  }
}

/** Decides for one request. LicenseHubError (a misconfigured key or app module) is thrown for the framework to handle. */
export async function guardRequest<Request extends RequestLike>(options: LicenseGuardOptions<Request>, request: Request): Promise<GuardOutcome> {
  return 'client' in options ? guardWithClient(options, request) : guardWithToken(options, request);
}

/** Enough of a Fastify or Express request to find a license token. */
export interface RequestLike {
  headers: Record<string, string | string[] | undefined>;
  query?: unknown;
}

async function guardWithClient<Request extends RequestLike>(options: ClientGuardOptions<Request>, request: Request): Promise<GuardOutcome> {
  const subject = await options.resolveUser(request);
  if (!subject) return refuse(401, 'sign-in-required', 'Sign in required', 'Sign in to use this app.');
  const decision = await options.client.check({ tenantId: subject.tenantId, user: subject.user, appModule: options.appModule });
  return outcomeOf(decision);
}

async function guardWithToken<Request extends RequestLike>(options: TokenGuardOptions<Request>, request: Request): Promise<GuardOutcome> {
  const token = options.resolveToken ? await options.resolveToken(request) : defaultToken(request);
  if (!token) {
    return refuse(401, 'license-token-required', 'License token required', `Open ${options.appModule} from LicenseHub: it sends the license token this app needs.`);
  }
  let claims;
  try {
    claims = await options.verifier.verify(token);
  } catch (error) {
    if (!(error instanceof LicenseTokenError)) throw error;
    if (error.reason === 'jwks_unavailable') return refuse(503, 'license-service-unavailable', 'License check unavailable', error.message, { reason: error.reason });
    return refuse(401, 'license-token-invalid', 'Invalid license token', error.message, { reason: error.reason });
  }
  const subject = options.resolveUser ? await options.resolveUser(request) : null;
  if (subject && !tokenBelongsTo(claims, subject)) {
    return refuse(403, 'license-token-of-another-user', 'License token of another user', 'The license token was issued to someone else. Open the app from LicenseHub again.');
  }
  return outcomeOf(decideFromToken(claims, options.appModule, options.verifier.now()));
}

function outcomeOf(decision: LicenseDecision): GuardOutcome {
  if (decision.licensed) return { allowed: true, decision };
  if (decision.code === 'SERVICE_UNAVAILABLE') {
    return refuse(503, 'license-service-unavailable', 'License check unavailable', decision.detail, { code: decision.code });
  }
  return refuse(403, 'license-required', 'License required', decision.detail, { code: decision.code, requiredPlans: decision.requiredPlans });
}

function refuse(status: number, type: string, title: string, detail: string, extra: Record<string, unknown> = {}): GuardOutcome {
  return { allowed: false, problem: { type: `${PROBLEM}${type}`, title, status, detail, ...extra } };
}

function tokenBelongsTo(claims: { tenantId: string; userId: string; userPrincipalName: string }, subject: LicenseSubject): boolean {
  if (claims.tenantId.toLowerCase() !== subject.tenantId.toLowerCase()) return false;
  return claims.userId === subject.user || claims.userPrincipalName.toLowerCase() === subject.user.toLowerCase();
}

function defaultToken(request: RequestLike): string | undefined {
  const header = request.headers['x-license-token'];
  if (typeof header === 'string' && header) return header;
  const query = request.query as Record<string, unknown> | undefined;
  const param = query?.license_token;
  return typeof param === 'string' && param ? param : undefined;
}
