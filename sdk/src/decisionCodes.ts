/**
 * Every code a decision can carry. The server's codes come first, in the order
 * the server checks them (the first that applies wins); the SDK adds three of
 * its own for answers it makes without the server.
 */
export const SERVER_DECISION_CODES = [
  'UNKNOWN_APP_MODULE',
  'APP_NOT_INSTALLED',
  'UNKNOWN_USER',
  'USER_DISABLED',
  'NO_LICENSE_REQUIRED',
  'LICENSED',
  'LICENSED_GRACE_PERIOD',
  'SUSPENDED',
  'NOT_ENOUGH_LICENSES',
  'NOT_ASSIGNED',
] as const;

export type ServerDecisionCode = (typeof SERVER_DECISION_CODES)[number];

export const SDK_DECISION_CODES = [
  /** The server could not be reached, timed out or failed, and no cached answer was fresh enough. */
  'SERVICE_UNAVAILABLE',
  /** A valid license token, but for another app module. */
  'TOKEN_APP_MISMATCH',
  /** A license token that was valid when verified has expired since. */
  'TOKEN_EXPIRED',
] as const;

export type SdkDecisionCode = (typeof SDK_DECISION_CODES)[number];

export type DecisionCode = ServerDecisionCode | SdkDecisionCode;

/** The server codes that let the user in. */
export const LICENSED_CODES: ReadonlySet<string> = new Set<ServerDecisionCode>(['NO_LICENSE_REQUIRED', 'LICENSED', 'LICENSED_GRACE_PERIOD']);
