import type { EntitlementChange } from '../runtime/entitlementChanges.js';
import type { AuditActor } from '../store/audit.js';
import type { Tx } from '../store/transaction.js';

/** What every command gets: the open transaction, who acts (for the audit log) and the time. */
export interface CommandContext {
  tx: Tx;
  actor: AuditActor;
  now: Date;
  /** Collects what the entitlement index must reload once the transaction commits. */
  changes?: EntitlementChange[];
  /**
   * Notifications (commands/notifications/notify.ts): whether emails are sent
   * at all (SMTP configured), and how many this transaction queued, so the
   * email job is woken once it commits. Without it, notifications are in-app only.
   */
  notifications?: { email: boolean; queued: number };
}
