import type { LicenseState } from './lifecycle.js';

/** A product's (a tenant's plan's) state: its deals' lifecycle combined. */
export type ProductState = LicenseState;

/** What one row of the license ledger records. */
export type LedgerKind = 'provisioned' | 'deprovisioned' | 'assigned' | 'unassigned' | 'state_changed';

/** A user's request for a license, as their admins decide it. */
export type LicenseRequestStatus = 'pending' | 'approved' | 'declined';

/**
 * Who or what decided a license request: an admin answering it; the product's waiting room giving
 * the requester a seat (by itself, or on an admin's approval there); the requester getting the
 * product another way (an admin assigned it directly or to a group of theirs, more licenses reached
 * a group assignment); or the requester taking a free seat by opening the app.
 */
export type LicenseRequestDecider = 'admin' | 'waiting_room' | 'assignment' | 'auto_claim';
