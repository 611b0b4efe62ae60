import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Lead webhooks: how a delivery is signed and when a failed one is tried again.
 *
 * The signature header is `LicenseHub-Signature: t=<unix seconds>,v1=<hex>` where
 * hex = HMAC-SHA256(secret, "<t>.<raw body>"). Receivers recompute it over the
 * exact bytes they got and reject old timestamps to stop replays.
 */

export const SIGNATURE_HEADER = 'LicenseHub-Signature';

export function signPayload(secret: string, unixSeconds: number, body: string): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${body}`).digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}

/** What a receiver does (and the tests check): true when the header signs this body with this secret. */
export function verifySignature(secret: string, header: string, body: string): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || !parts.v1) return false;
  const expected = Buffer.from(signPayload(secret, t, body).split('v1=')[1]!, 'hex');
  const given = Buffer.from(parts.v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Waits after each failed attempt: 1 min, 5 min, 30 min, 2 h, 12 h; after the sixth failure the lead stays in the inbox only. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000, 12 * 3600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When to try again after `attempt` (1-based) failed, or null when that was the last try. */
export function nextAttemptAfter(attempt: number, failedAt: Date): Date | null {
  const delay = RETRY_DELAYS_MS[attempt - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay);
}
