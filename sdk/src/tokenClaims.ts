import type { JWTPayload } from 'jose';
import { LicenseTokenError } from './errors.js';

/** What a verified LicenseHub license token says, with readable names. */
export interface LicenseTokenClaims {
  /** The LicenseHub that signed it (its public URL). */
  issuer: string;
  /** The user's id (JWT `sub`). */
  userId: string;
  /** The user's principal name (`upn`). */
  userPrincipalName: string;
  /** The user's tenant (`tid`). */
  tenantId: string;
  /** The app module the token lets the user run (`app`, also the audience). */
  appModule: string;
  /** LicenseHub's id of the offer the app module belongs to (`offer`). */
  offerId: string;
  /** Service IDs whose seats granted the app module (`plans`). */
  plans: string[];
  /** The decision code when the token was issued, e.g. LICENSED (`code`). */
  code: string;
  issuedAt: Date;
  expiresAt: Date;
  /** The token's unique id (`jti`). */
  tokenId: string;
}

/** Reads the claims LicenseHub always sets; a token missing any of them is refused. */
export function readClaims(payload: JWTPayload): LicenseTokenClaims {
  const text = (name: string): string => {
    const value = payload[name];
    if (typeof value !== 'string' || value === '') throw new LicenseTokenError('invalid_claims', `The license token has no "${name}" claim`);
    return value;
  };
  const plans = payload.plans;
  if (!Array.isArray(plans) || !plans.every((p) => typeof p === 'string')) {
    throw new LicenseTokenError('invalid_claims', 'The license token\'s "plans" claim is not a list of Service IDs');
  }
  if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') {
    throw new LicenseTokenError('invalid_claims', 'The license token has no "exp" or "iat" claim');
  }
  return {
    issuer: text('iss'),
    userId: text('sub'),
    userPrincipalName: text('upn'),
    tenantId: text('tid'),
    appModule: text('app'),
    offerId: text('offer'),
    plans: plans as string[],
    code: text('code'),
    issuedAt: new Date(payload.iat * 1000),
    expiresAt: new Date(payload.exp * 1000),
    tokenId: text('jti'),
  };
}
