/**
 * @licensehub/sdk — what a publisher's app needs to enforce LicenseHub licenses.
 * Route guards live in `@licensehub/sdk/fastify` and `@licensehub/sdk/express`.
 */
export { LicenseHubClient, BATCH_LIMIT, type LicenseHubClientOptions, type UnavailablePolicy } from './client.js';
export { LocalDecider, type LocalDeciderOptions, type LocalStatus } from './local/localDecider.js';
export { LicenseTokenVerifier, type LicenseTokenVerifierOptions } from './tokenVerifier.js';
export type { LicenseTokenClaims } from './tokenClaims.js';
export { decideFromToken } from './offlineDecision.js';
export { LicenseHubError, LicenseTokenError, type ProblemDetails, type TokenFailureReason } from './errors.js';
export {
  SERVER_DECISION_CODES,
  SDK_DECISION_CODES,
  LICENSED_CODES,
  type DecisionCode,
  type ServerDecisionCode,
  type SdkDecisionCode,
} from './decisionCodes.js';
export type { CheckRequest, DecisionSource, IssuedLicenseToken, LicenseDecision, RequiredPlan } from './types.js';
export type { LicenseSubject, LicenseGuardOptions, ClientGuardOptions, TokenGuardOptions } from './middleware/licenseGuard.js';
