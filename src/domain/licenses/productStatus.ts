import { combineDeals, licenseLifecycle, type LicenseState } from './lifecycle.js';

/**
 * A tenant's product (one plan) as its registered deals make it now: the
 * lifecycle of each deal (lifecycle.ts), combined with combineDeals.
 *
 * One addition: when every deal is suspended, the product keeps the seats of
 * those deals. Suspension fails the license check but keeps the assignments,
 * and keeping the seats too means holders stay exactly who they were, so a
 * renewal restores every user without reassignment and the admin still sees
 * who holds what. Active or warning deals count as usual; removed ones count
 * for nothing.
 */

export interface LicenseTerms {
  graceDays: number;
  suspendedDays: number;
}

export interface ProvisionedDeal {
  quantity: number;
  /** YYYY-MM-DD, the last day of the contract; null when perpetual. */
  endDate: string | null;
}

export interface ProductStatus {
  /** Seats the product has now; the seat allocation runs with this count. */
  purchased: number;
  state: LicenseState;
  nextChangeAt: Date | null;
}

export function productStatus(deals: readonly ProvisionedDeal[], now: Date, terms: LicenseTerms): ProductStatus {
  const lifecycles = deals.map((deal) => ({
    quantity: deal.quantity,
    status: licenseLifecycle({ endDate: deal.endDate, now, graceDays: terms.graceDays, suspendedDays: terms.suspendedDays }),
  }));
  const combined = combineDeals(lifecycles);
  const purchased =
    combined.state === 'suspended'
      ? lifecycles.filter((d) => d.status.state === 'suspended').reduce((sum, d) => sum + d.quantity, 0)
      : combined.purchased;
  return { purchased, state: combined.state, nextChangeAt: combined.nextChangeAt };
}
