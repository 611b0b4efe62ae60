/**
 * When a failed webhook delivery is tried again: exponential backoff from
 * `baseSeconds`, ×4 per failure, capped at 10 hours; after `maxAttempts`
 * tries it is parked. With the defaults (5 s, 9 tries) the retries come after
 * 5 s, 20 s, 80 s, 5 min, 21 min, 85 min, 5.7 h and 10 h: about 18 hours in all,
 * as the Standard Webhooks guidance suggests.
 */
export interface RetryPolicy {
  baseSeconds: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { baseSeconds: 5, maxAttempts: 9 };
const CAP_MS = 10 * 3600_000;

/** When to try again after try number `tries` (1-based) failed; null: that was the last, park it. */
export function nextTryAfter(tries: number, failedAt: Date, policy: RetryPolicy): Date | null {
  if (tries >= policy.maxAttempts) return null;
  const delay = Math.min(CAP_MS, policy.baseSeconds * 1000 * 4 ** (tries - 1));
  return new Date(failedAt.getTime() + delay);
}

/** A 2xx answer is delivered; anything else (or no answer) is a failure. */
export const isDelivered = (status: number | null) => status !== null && status >= 200 && status <= 299;
