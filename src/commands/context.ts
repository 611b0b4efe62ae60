import type { EntitlementChange } from '../runtime/entitlementChanges.js';
import type { AuditActor } from '../store/audit.js';
import type { LicenseEventInput } from '../store/changeFeed.js';
import type { Tx } from '../store/transaction.js';

/**
 * What every command gets from the use-case runner (`runUseCase`): the open
 * transaction, who acts (for the audit log), the time, and the list where it
 * records what the entitlement index must reload once the transaction commits.
 */
export interface CommandContext {
  tx: Tx;
  actor: AuditActor;
  now: Date;
  /** What the entitlement index must reload once the transaction commits (recordEntitlementChange). */
  changes: EntitlementChange[];
  /** The change-feed events, written with the transaction's revision just before commit (recordLicenseEvent). */
  events: LicenseEventInput[];
  /**
   * Notifications (commands/notifications/notify.ts): whether emails are sent
   * at all (SMTP configured), and how many this transaction queued, so the
   * email job is woken once it commits. Without it, notifications are in-app only.
   */
  notifications?: { email: boolean; queued: number };
}
