import type { EntitlementChange } from '../runtime/entitlementChanges.js';
import type { AuditActor } from '../store/audit.js';
import type { LicenseEventInput } from '../store/changeFeed.js';
import type { Tx } from '../store/transaction.js';

/** What every command gets: the open transaction, who acts (for the audit log) and the time. */
export interface CommandContext {
  tx: Tx;
  actor: AuditActor;
  now: Date;
  /** Collects what the entitlement index must reload once the transaction commits. */
  changes?: EntitlementChange[];
  /** Collects the change-feed events written, with the transaction's revision, just before commit. */
  events?: LicenseEventInput[];
}
