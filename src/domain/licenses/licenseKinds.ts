import type { LicenseState } from './lifecycle.js';

/** A product's (a tenant's plan's) state: its deals' lifecycle combined. */
export type ProductState = LicenseState;

/** What one row of the license ledger records. */
export type LedgerKind = 'provisioned' | 'deprovisioned' | 'assigned' | 'unassigned' | 'state_changed';

/** A user's request for a license, as their admins decide it. */
export type LicenseRequestStatus = 'pending' | 'approved' | 'declined';
