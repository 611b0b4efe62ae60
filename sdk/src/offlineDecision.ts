import { LICENSED_CODES, type DecisionCode } from './decisionCodes.js';
import type { LicenseTokenClaims } from './tokenClaims.js';
import type { LicenseDecision } from './types.js';

/**
 * The decision a verified license token supports, without asking the server:
 * licensed while the token lasts, for the app module it names. Cheap enough
 * to call on every request once the token's claims are verified and kept
 * (in the user's session, say).
 */
export function decideFromToken(claims: LicenseTokenClaims, appModule: string, now: Date = new Date()): LicenseDecision {
  if (claims.appModule !== appModule) {
    return refuse('TOKEN_APP_MISMATCH', `The license token is for ${claims.appModule}, not ${appModule}. Open ${appModule} from LicenseHub to get one.`);
  }
  if (claims.expiresAt.getTime() <= now.getTime()) {
    return refuse('TOKEN_EXPIRED', 'The license token has expired. Open the app from LicenseHub again to get a new one.');
  }
  if (!LICENSED_CODES.has(claims.code)) {
    return refuse(claims.code as DecisionCode, `The license token does not grant ${appModule} (${claims.code}).`);
  }
  return {
    licensed: true,
    code: claims.code as DecisionCode,
    detail: `The license token grants ${appModule} until ${claims.expiresAt.toISOString()}.`,
    plans: claims.plans,
    requiredPlans: [],
    source: 'token',
  };
}

function refuse(code: DecisionCode, detail: string): LicenseDecision {
  return { licensed: false, code, detail, plans: [], requiredPlans: [], source: 'token' };
}
