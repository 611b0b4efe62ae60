/**
 * How sign-in slows down a guesser without locking anyone out. Failures are
 * counted per (account, client address) and per client address; after a
 * few free failures each further one makes that key wait twice as long as
 * the last, up to a cap. The account itself is never locked: its owner,
 * signing in from their own address, has a counter of their own that the
 * attacker's failures do not touch. The answer does not depend on whether
 * the account exists, since the key is what was typed, not a user.
 */
export interface BackoffRule {
  /** Failures allowed before any wait. */
  free: number;
  /** The wait after the first counted failure, doubling after each further one. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** A key quiet this long starts again from zero. */
  forgetAfterMs: number;
}

/** One account from one address: a person mistyping a few times never waits; a guesser soon waits 15 minutes a try. */
export const ACCOUNT_AND_ADDRESS: BackoffRule = { free: 5, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 24 * 3600_000 };
/**
 * One address across every account (password spraying): generous, since many
 * people may share a NAT, and forgotten after an hour without failures.
 */
export const ADDRESS: BackoffRule = { free: 40, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 3600_000 };
/** Second-factor codes of one account from one address. */
export const MFA_ACCOUNT_AND_ADDRESS: BackoffRule = { free: 5, firstDelayMs: 2_000, maxDelayMs: 15 * 60_000, forgetAfterMs: 24 * 3600_000 };
/**
 * Second-factor codes of one account from anywhere: whoever gets here knows
 * the password, so spreading guesses over many addresses must not help them
 * (NIST SP 800-63B §5.2.2: at most 100 failures before the account is slowed).
 */
export const MFA_ACCOUNT: BackoffRule = { free: 20, firstDelayMs: 5_000, maxDelayMs: 60 * 60_000, forgetAfterMs: 24 * 3600_000 };

/** How long a key must wait after its `failures`-th failure (0 while still free). */
export function backoffDelayMs(rule: BackoffRule, failures: number): number {
  if (failures <= rule.free) return 0;
  const doublings = Math.min(failures - rule.free - 1, 30);
  return Math.min(rule.firstDelayMs * 2 ** doublings, rule.maxDelayMs);
}
