/**
 * When a notification email that failed is tried again: after 1, 5 and 30
 * minutes, then 2 and 12 hours; after the sixth attempt it is given up
 * (the in-app notification stays).
 */
export const EMAIL_RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 12 * 3_600_000] as const;

export function nextEmailAttemptAfter(attempt: number, failedAt: Date): Date | null {
  const delay = EMAIL_RETRY_DELAYS_MS[attempt - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay);
}
