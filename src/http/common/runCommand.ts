import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CommandContext } from '../../commands/context.js';
import { inTransaction } from '../../store/transaction.js';
import { auditActor } from './auditActor.js';
import { publishEntitlementChanges, type EntitlementChange } from '../../runtime/entitlementChanges.js';
import type { AuditActor } from '../../store/audit.js';

/**
 * Opens the transaction at the edge and hands the command its context. Once
 * it commits, the entitlement index takes in what changed before the response
 * goes out, so the caller's next license check already sees it.
 */
export async function runCommand<T>(app: FastifyInstance, request: FastifyRequest, work: (ctx: CommandContext) => Promise<T>): Promise<T> {
  return runAs(app, request.actor ? auditActor(request.actor) : 'system', work);
}

/** The same for work no request asked for (jobs, the demo loader). */
export async function runAs<T>(app: FastifyInstance, actor: AuditActor, work: (ctx: CommandContext) => Promise<T>): Promise<T> {
  const changes: EntitlementChange[] = [];
  const notifications = { email: app.config.smtp !== null, queued: 0 };
  const result = await inTransaction(app.db, async (tx) => {
    notifications.queued = 0;
    const done = await work({ tx, actor, now: app.clock.now(), changes, notifications });
    await publishEntitlementChanges(tx, app.entitlements.instanceId, changes);
    return done;
  });
  await app.entitlements.apply(changes);
  // Emails queued by this change go out from the outbox now, not with the response.
  if (notifications.queued) app.notificationEmail?.kick();
  return result;
}
