import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { LicenseTokenError, type TokenFailureReason } from './errors.js';
import { readClaims, type LicenseTokenClaims } from './tokenClaims.js';

export interface LicenseTokenVerifierOptions {
  /** The LicenseHub that issues the tokens: its public URL, exactly as in the tokens' `iss`. */
  issuer: string;
  /** Where its public keys are. Default `<issuer>/.well-known/jwks.json`. */
  jwksUrl?: string;
  /** The app module(s) this app accepts tokens for (the tokens' `aud`). Leave out to accept any. */
  audience?: string | string[];
  /** Leeway for clocks that disagree, in seconds. Default 5. */
  clockToleranceSec?: number;
  /** Keys are refetched at most this often when a token names an unknown key. Default 30 s. */
  jwksCooldownMs?: number;
  /** Keys are refetched after this long even when nothing asks for a new one. Default 10 minutes. */
  jwksMaxAgeMs?: number;
  /** How long to wait for the JWKS. Default 5 s. */
  jwksTimeoutMs?: number;
  /** The time tokens are checked against. Default: now. */
  now?: () => Date;
}

/** LicenseHub signs with Ed25519; jose names that EdDSA or Ed25519. Nothing else is accepted. */
const ALGORITHMS = ['EdDSA', 'Ed25519'];

/**
 * Verifies LicenseHub license tokens offline: the signature against the
 * published keys (fetched once, cached, refetched when a token names a key it
 * has not seen — which is how key rotation reaches it), the issuer, the
 * audience and the expiry. Failures throw LicenseTokenError with a reason.
 */
export class LicenseTokenVerifier {
  private readonly keys: JWTVerifyGetKey;
  private readonly issuer: string;
  /** The time tokens are checked against (also what offline decisions from its tokens should use). */
  readonly now: () => Date;

  constructor(private readonly options: LicenseTokenVerifierOptions) {
    if (!options.issuer) throw new TypeError('issuer is required');
    this.issuer = options.issuer.replace(/\/+$/, '');
    this.now = options.now ?? (() => new Date());
    const jwksUrl = new URL(options.jwksUrl ?? `${this.issuer}/.well-known/jwks.json`);
    this.keys = createRemoteJWKSet(jwksUrl, {
      cooldownDuration: options.jwksCooldownMs ?? 30_000,
      cacheMaxAge: options.jwksMaxAgeMs ?? 600_000,
      timeoutDuration: options.jwksTimeoutMs ?? 5_000,
    });
  }

  async verify(token: string): Promise<LicenseTokenClaims> {
    if (typeof token !== 'string' || token.split('.').length !== 3) {
      throw new LicenseTokenError('malformed', 'A license token is a JWT: three base64url parts separated by dots');
    }
    try {
      const { payload } = await jwtVerify(token, this.keys, {
        issuer: this.issuer,
        ...(this.options.audience !== undefined ? { audience: this.options.audience } : {}),
        algorithms: ALGORITHMS,
        clockTolerance: this.options.clockToleranceSec ?? 5,
        currentDate: this.now(),
        requiredClaims: ['exp', 'sub', 'aud'],
      });
      return readClaims(payload);
    } catch (error) {
      if (error instanceof LicenseTokenError) throw error;
      throw new LicenseTokenError(failureReason(error), failureMessage(error), { cause: error });
    }
  }
}

function failureReason(error: unknown): TokenFailureReason {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'wrong_issuer';
    if (error.claim === 'aud') return 'wrong_audience';
    if (error.claim === 'nbf' || (error.claim === 'iat' && error.reason === 'check_failed')) return 'not_yet_valid';
    return 'invalid_claims';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'invalid_signature';
  if (error instanceof errors.JWKSNoMatchingKey) return 'unknown_key';
  if (error instanceof errors.JWKSTimeout) return 'jwks_unavailable';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSEAlgNotAllowed) return 'malformed';
  if (error instanceof errors.JOSENotSupported || error instanceof errors.JWKSMultipleMatchingKeys) return 'malformed';
  // Anything else happened while fetching the JWKS: network errors, a non-200 answer, a body that is no JWKS.
  return 'jwks_unavailable';
}

const MESSAGES: Record<TokenFailureReason, string> = {
  malformed: 'The license token is not a well-formed LicenseHub token',
  invalid_signature: 'The license token signature does not match: it was altered or not signed by LicenseHub',
  expired: 'The license token has expired',
  not_yet_valid: 'The license token is not valid yet (check the clock)',
  wrong_issuer: 'The license token was issued by another LicenseHub',
  wrong_audience: 'The license token is for another app module',
  unknown_key: 'The license token was signed with a key LicenseHub does not publish',
  invalid_claims: 'The license token is missing a claim LicenseHub always sets',
  jwks_unavailable: "LicenseHub's public keys could not be fetched",
};

function failureMessage(error: unknown): string {
  const reason = failureReason(error);
  const cause = error instanceof Error ? error.message : String(error);
  return `${MESSAGES[reason]} (${cause})`;
}
