/**
 * Contact me flood limit: one visitor (client address, and the signed-in user
 * wherever they come from) may send at most LEADS_PER_WINDOW leads in any
 * LEAD_WINDOW_MS; the next one is refused with the seconds until the oldest
 * of those leaves the window.
 */
export const LEADS_PER_WINDOW = 5;
export const LEAD_WINDOW_MS = 10 * 60_000;

export type FloodAnswer = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** `recent`: when the visitor's leads of the last window were received, in any order. */
export function leadFloodCheck(recent: readonly Date[], now: Date): FloodAnswer {
  const inWindow = recent.map((d) => d.getTime()).filter((t) => t > now.getTime() - LEAD_WINDOW_MS && t <= now.getTime()).sort((a, b) => a - b);
  if (inWindow.length < LEADS_PER_WINDOW) return { allowed: true };
  // The lead that must leave the window before one more fits.
  const blocking = inWindow[inWindow.length - LEADS_PER_WINDOW]!;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((blocking + LEAD_WINDOW_MS - now.getTime()) / 1000)) };
}
