import { createHmac, timingSafeEqual } from 'node:crypto';
import { SECRET_PREFIX } from './webhookEndpoint.js';

/**
 * The lead webhooks' old signature header, still sent on `lead.created`
 * deliveries during its deprecation window (docs/webhooks.md): a receiver
 * written for it keeps verifying while it moves to Standard Webhooks.
 *
 * `LicenseHub-Signature: t=<unix seconds>,v1=<hex>` where hex =
 * HMAC-SHA256(key, "<t>.<raw body>"). The key is the endpoint secret's bytes
 * (base64 after `whsec_`); for an endpoint moved from an offer's lead webhook
 * those are the bytes of the old secret, so the old check still passes.
 */
export const LEGACY_SIGNATURE_HEADER = 'LicenseHub-Signature';

/** Event types that carry the old header: only what lead webhooks used to send. */
export const LEGACY_SIGNED_TYPES: ReadonlySet<string> = new Set(['lead.created']);

/** The HMAC key of a Standard Webhooks secret (whsec_ + base64). */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
}

/** The endpoint secret that keeps a lead webhook's old secret working: the same bytes, as whsec_ + base64. */
export const secretFromLegacy = (legacy: string) => SECRET_PREFIX + Buffer.from(legacy, 'utf8').toString('base64');

export function signLegacy(key: Buffer, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', key).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** What an old receiver does (and the tests check): true when the header signs this body with this key. */
export function verifyLegacy(key: Buffer | string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return false;
  const expected = Buffer.from(signLegacy(typeof key === 'string' ? Buffer.from(key, 'utf8') : key, t, body).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
