import { publishEntitlementChanges, type EntitlementChange, type EntitlementChangeSink } from '../runtime/entitlementChanges.js';
import type { AuditActor } from '../store/audit.js';
import { inTransaction, type Db } from '../store/transaction.js';
import { insertLicenseEvents, takeRevision, type LicenseEventInput } from '../store/changeFeed.js';
import type { CommandContext } from './context.js';

/** What running a use case needs: the database, the time, and where committed entitlement changes go. */
export interface UseCaseServices {
  db: Db;
  clock: { now(): Date };
  /** The server's entitlement index (or a sink that ignores them before the index exists). */
  entitlements: EntitlementChangeSink;
  /** Notification emails are queued only when SMTP is configured (`LICENSEHUB_SMTP_URL`); otherwise notifications are in-app only. */
  config?: { smtp: unknown } | undefined;
  /** This server's background jobs: the email job (`notification-email`) is woken once a change queued some. */
  jobs?: { kick(name: string): void } | undefined;
}

export interface UseCaseOptions {
  /** The time the use case acts at; the clock's now by default (the demo loader backdates its history). */
  now?: Date;
}

/**
 * The one way a use case runs, for routes, jobs, the demo loader, sign-in and
 * the server's own command line alike: one transaction; the command writes its
 * change and its audit event in it and records what the entitlement index must
 * reload; the changes are published to other servers inside the transaction
 * (PostgreSQL delivers a NOTIFY only on commit) and applied to this server's
 * index after the commit, before the caller goes on — so the next license check
 * already sees them.
 */
export async function runUseCase<T>(services: UseCaseServices, actor: AuditActor, work: (ctx: CommandContext) => Promise<T>, options: UseCaseOptions = {}): Promise<T> {
  return (await runUseCaseWithRevision(services, actor, work, options)).result;
}

/**
 * The same, also telling at which revision of the change feed the change
 * landed: a use case that changed license state (entitlement changes or feed
 * events) takes the transaction's revision as its last step before commit
 * (under a lock, so revisions commit in order) and writes its events with it.
 */
export async function runUseCaseWithRevision<T>(
  services: UseCaseServices,
  actor: AuditActor,
  work: (ctx: CommandContext) => Promise<T>,
  options: UseCaseOptions = {},
): Promise<{ result: T; revision: string | undefined }> {
  const changes: EntitlementChange[] = [];
  const events: LicenseEventInput[] = [];
  const now = options.now ?? services.clock.now();
  let revision: string | undefined;
  const notifications = { email: Boolean(services.config?.smtp), queued: 0 };
  const result = await inTransaction(services.db, async (tx) => {
    notifications.queued = 0;
    const done = await work({ tx, actor, now, changes, events, notifications });
    if (changes.length || events.length) {
      revision = await takeRevision(tx);
      await insertLicenseEvents(tx, revision, now, events);
    }
    await publishEntitlementChanges(tx, services.entitlements.instanceId, changes, revision);
    return done;
  });
  await services.entitlements.apply(changes, revision);
  // Emails this change queued go out from the outbox now, not with the response.
  if (notifications.queued) services.jobs?.kick('notification-email');
  return { result, revision };
}

/**
 * For work done before any server's index exists (the first start's operator
 * and demo data, `licensehub-server create-operator`): the changes are still
 * published, so servers already running on the same PostgreSQL database hear
 * of them; there is no local index to apply them to.
 */
export const withoutLocalIndex = (db: Db, clock: { now(): Date } = { now: () => new Date() }): UseCaseServices => ({
  db,
  clock,
  entitlements: { instanceId: 'offline', apply: async () => undefined },
});
