/** The notices before a deal's licenses end: 30 days ahead, 7 days ahead, and on the last day. */
export const EXPIRY_NOTICES = [30, 7, 0] as const;
export type ExpiryNotice = (typeof EXPIRY_NOTICES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `now`'s UTC date to the end date ('YYYY-MM-DD', the contract's last day). */
export function daysUntil(endDate: string, now: Date): number {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - today) / DAY_MS);
}

/**
 * The notice a deal is due for with `daysLeft` to go: the nearest one it has
 * reached (a deal registered 20 days before its end gets the 30-day notice
 * then, and the 7-day one later); none before 30 days or after the last day
 * (from then on the grace and suspension notices speak).
 */
export function expiryNoticeDue(daysLeft: number): ExpiryNotice | null {
  if (daysLeft < 0 || daysLeft > 30) return null;
  if (daysLeft === 0) return 0;
  return daysLeft <= 7 ? 7 : 30;
}

/** The 'YYYY-MM-DD' date `days` after `now`'s UTC date. */
export function dateAfter(now: Date, days: number): string {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today + days * DAY_MS).toISOString().slice(0, 10);
}
