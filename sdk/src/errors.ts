/** An RFC 9457 problem, as every LicenseHub error response carries it. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: { field: string; message: string }[];
  [extra: string]: unknown;
}

/**
 * LicenseHub refused the request itself (4xx): a bad tenant ID, a runtime key
 * that is invalid or belongs to another publisher, a batch over the limit.
 * Retrying will not help; fix the call or the key.
 */
export class LicenseHubError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly type: string;
  /** Per-field problems of a 400, when the server named them. */
  readonly errors: { field: string; message: string }[];

  constructor(readonly problem: ProblemDetails) {
    super(`${problem.status} ${problem.title}: ${problem.detail}`);
    this.name = 'LicenseHubError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.type = problem.type;
    this.errors = problem.errors ?? [];
  }
}

/** Why a license token was refused. */
export type TokenFailureReason =
  /** Not a JWT, or not one LicenseHub could have signed (wrong algorithm, bad header). */
  | 'malformed'
  /** The signature does not match: the token was altered or forged. */
  | 'invalid_signature'
  | 'expired'
  | 'not_yet_valid'
  | 'wrong_issuer'
  | 'wrong_audience'
  /** Signed with a key the JWKS does not publish (not LicenseHub's, or long retired). */
  | 'unknown_key'
  /** Signed correctly but missing a claim LicenseHub always sets. */
  | 'invalid_claims'
  /** The JWKS could not be fetched, so the token could not be checked. */
  | 'jwks_unavailable';

export class LicenseTokenError extends Error {
  constructor(
    readonly reason: TokenFailureReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LicenseTokenError';
  }
}
