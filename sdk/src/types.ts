import type { DecisionCode } from './decisionCodes.js';

/** Who wants to run which app module: the body of a runtime check. */
export interface CheckRequest {
  /** The user's tenant (a GUID). */
  tenantId: string;
  /** The user's id (GUID) or user principal name. */
  user: string;
  /** The app module's unique name, as in the solution package. */
  appModule: string;
  /**
   * Read-your-writes: the `LicenseHub-Revision` header of a write (an assignment just made). The
   * answer reflects at least that revision: the server (or the local state) waits for it, briefly.
   */
  atLeastRevision?: string;
}

/** A plan that would grant the app module, to show an unlicensed user. */
export interface RequiredPlan {
  serviceId: string;
  displayName: string;
  moreInfoUrl: string;
}

/**
 * Where a decision came from:
 * - `server`: LicenseHub answered just now;
 * - `cache`: a server answer younger than `cacheTtlMs`;
 * - `stale-cache`: the server was unavailable; an older answer within `staleIfErrorMs`;
 * - `policy`: the server was unavailable and nothing was cached: the fail-open/fail-closed policy decided;
 * - `token`: decided offline from a verified license token;
 * - `local`: decided in the app's process from the runtime stream's state (local mode).
 */
export type DecisionSource = 'server' | 'cache' | 'stale-cache' | 'policy' | 'token' | 'local';

export interface LicenseDecision {
  licensed: boolean;
  code: DecisionCode;
  /** A sentence for the person who was refused (or let in). */
  detail: string;
  /** Service IDs whose seats grant the user this app module now. */
  plans: string[];
  /** The plans that would grant it. */
  requiredPlans: RequiredPlan[];
  source: DecisionSource;
}

/** A decision with, when licensed, a signed license token to hand to the app. */
export interface IssuedLicenseToken extends LicenseDecision {
  token: string | null;
  expiresAt: Date | null;
}
