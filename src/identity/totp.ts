import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * TOTP (RFC 6238) with `otpauth`: 6 digits, 30-second steps, HMAC-SHA1 —
 * the parameters every authenticator app (Microsoft Authenticator, Google
 * Authenticator, 1Password, …) reads from an otpauth:// QR code. A code is
 * accepted for the current step and one step either side (clock drift), and
 * never for a step at or before the last one accepted, so a code cannot be
 * replayed (RFC 6238 §5.2).
 */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'LicenseHub';

const totp = (secret: string, label = '') => new TOTP({ issuer: ISSUER, label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD_SECONDS, secret: Secret.fromBase32(secret) });

/** 160 random bits, base32 (what authenticator apps expect). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, account: string): string {
  return totp(secret, account).toString();
}

/** The time step a code proves, when it is valid now and newer than `lastStep`; null otherwise. */
export function acceptedStep(secret: string, code: string, now: Date, lastStep: number): number | null {
  const token = code.replace(/\s/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret).validate({ token, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
  return step > lastStep ? step : null;
}

/** The code for a moment (tests and the e2e browser tests play the authenticator app with it). */
export function totpCode(secret: string, at: Date): string {
  return totp(secret).generate({ timestamp: at.getTime() });
}

/**
 * One-time recovery codes: 80 random bits each (NIST SP 800-63B look-up
 * secrets need 64 or more to be stored with a plain hash), shown once as
 * xxxx-xxxx-xxxx-xxxx in an unambiguous alphabet, stored as SHA-256.
 */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars: string[] = [];
    while (chars.length < 16) {
      for (const byte of randomBytes(32)) if (byte < 248 && chars.length < 16) chars.push(ALPHABET[byte % 31]!);
    }
    return chars.join('').match(/.{4}/g)!.join('-');
  });
}

/** How a typed recovery code is compared: case, spaces and dashes do not matter. */
export const normalizeRecoveryCode = (code: string) => code.toLowerCase().replace(/[\s-]/g, '');
