/**
 * What happens to a deal's licenses when its end date passes. Customers are not cut
 * off the moment a contract lapses: licenses keep working for a grace period and
 * show "warning" so admins can renew; then they are suspended (checks fail, but
 * assignments are kept so a renewal restores everything without reassigning); then
 * they are removed.
 *
 * The end date is inclusive and read in UTC: a deal ending 2025-06-30 is active
 * through the whole of 30 June and enters its grace period at 2025-07-01T00:00Z.
 * A renewal is just a later end date, so this function needs no memory of the past.
 */

export type LicenseState = 'active' | 'warning' | 'suspended' | 'removed';

/** Best first: when several deals provision the same plan, the best state wins. */
export const LICENSE_STATES: readonly LicenseState[] = ['active', 'warning', 'suspended', 'removed'];

export const DEFAULT_GRACE_DAYS = 30;
export const DEFAULT_SUSPENDED_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface LifecycleInput {
  /** ISO date (YYYY-MM-DD), the last day of the contract; null for a perpetual deal. */
  endDate: string | null;
  now: Date;
  graceDays?: number;
  suspendedDays?: number;
}

export interface LifecycleStatus {
  state: LicenseState;
  /** When the state changes next (a scheduler wakes up then); null if it never will. */
  nextChangeAt: Date | null;
}

/** The instants at which a deal's licenses enter each later state. */
export interface LifecycleBoundaries {
  warningFrom: Date;
  suspendedFrom: Date;
  removedFrom: Date;
}

export function lifecycleBoundaries(endDate: string, graceDays = DEFAULT_GRACE_DAYS, suspendedDays = DEFAULT_SUSPENDED_DAYS): LifecycleBoundaries {
  assertDays('graceDays', graceDays);
  assertDays('suspendedDays', suspendedDays);
  const warningFrom = startOfDayAfter(endDate);
  const suspendedFrom = warningFrom + graceDays * DAY_MS;
  const removedFrom = suspendedFrom + suspendedDays * DAY_MS;
  return { warningFrom: new Date(warningFrom), suspendedFrom: new Date(suspendedFrom), removedFrom: new Date(removedFrom) };
}

export function licenseLifecycle(input: LifecycleInput): LifecycleStatus {
  if (input.endDate === null) return { state: 'active', nextChangeAt: null };
  const { warningFrom, suspendedFrom, removedFrom } = lifecycleBoundaries(input.endDate, input.graceDays, input.suspendedDays);
  const now = input.now.getTime();
  // With zero grace or suspension days two boundaries coincide; the later state wins.
  if (now >= removedFrom.getTime()) return { state: 'removed', nextChangeAt: null };
  if (now >= suspendedFrom.getTime()) return { state: 'suspended', nextChangeAt: removedFrom };
  if (now >= warningFrom.getTime()) return { state: 'warning', nextChangeAt: suspendedFrom };
  return { state: 'active', nextChangeAt: warningFrom };
}

/** One deal's licenses of a plan, as provisioned into a tenant. */
export interface DealLicenses {
  quantity: number;
  status: LifecycleStatus;
}

/** A tenant's product (one plan) as the sum of the deals that provision it. */
export interface ProductLicenses {
  /** Seats that can be used now: the deals that are active or in warning. */
  purchased: number;
  /** The best state among the deals; 'removed' when there are none left. */
  state: LicenseState;
  /** The earliest next change among the deals, when the product must be looked at again. */
  nextChangeAt: Date | null;
}

export function combineDeals(deals: readonly DealLicenses[]): ProductLicenses {
  let purchased = 0;
  let state: LicenseState = 'removed';
  let nextChangeAt: Date | null = null;
  for (const { quantity, status } of deals) {
    if (status.state === 'active' || status.state === 'warning') purchased += quantity;
    if (compareLicenseStates(status.state, state) < 0) state = status.state;
    if (status.nextChangeAt && (!nextChangeAt || status.nextChangeAt < nextChangeAt)) nextChangeAt = status.nextChangeAt;
  }
  return { purchased, state, nextChangeAt };
}

/** Negative when `a` is the better state (closer to active). */
export function compareLicenseStates(a: LicenseState, b: LicenseState): number {
  return LICENSE_STATES.indexOf(a) - LICENSE_STATES.indexOf(b);
}

function startOfDayAfter(endDate: string): number {
  const match = ISO_DATE.exec(endDate);
  if (!match) throw new RangeError(`endDate must be an ISO date (YYYY-MM-DD), got "${endDate}"`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2025-02-30 over into March; refuse it rather than guess.
  const parsed = new Date(start);
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) {
    throw new RangeError(`endDate "${endDate}" is not a calendar date`);
  }
  return start + DAY_MS;
}

function assertDays(name: string, days: number): void {
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`${name} must be a non-negative whole number of days, got ${days}`);
}
