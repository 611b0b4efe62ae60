import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CommandContext } from '../../commands/context.js';
import { inTransaction } from '../../store/transaction.js';
import { auditActor } from './auditActor.js';
import { publishEntitlementChanges, type EntitlementChange } from '../../runtime/entitlementChanges.js';
import type { AuditActor } from '../../store/audit.js';
import { insertLicenseEvents, takeRevision, type LicenseEventInput } from '../../store/changeFeed.js';

/**
 * Opens the transaction at the edge and hands the command its context. Once
 * it commits, the entitlement index takes in what changed before the response
 * goes out, so the caller's next license check already sees it; the answer
 * carries the change's revision (`LicenseHub-Revision`).
 */
export async function runCommand<T>(app: FastifyInstance, request: FastifyRequest, work: (ctx: CommandContext) => Promise<T>): Promise<T> {
  const { result, revision } = await runWithRevision(app, request.actor ? auditActor(request.actor) : 'system', work);
  if (revision !== undefined) request.licenseRevision = revision;
  return result;
}

/** The same for work no request asked for (jobs, the demo loader). */
export async function runAs<T>(app: FastifyInstance, actor: AuditActor, work: (ctx: CommandContext) => Promise<T>): Promise<T> {
  return (await runWithRevision(app, actor, work)).result;
}

/**
 * Runs the work; if it changed license state (entitlement changes or feed
 * events), takes the transaction's revision as the last step before commit,
 * writes the events with it and tells the other servers.
 */
export async function runWithRevision<T>(
  app: FastifyInstance,
  actor: AuditActor,
  work: (ctx: CommandContext) => Promise<T>,
): Promise<{ result: T; revision: string | undefined }> {
  const changes: EntitlementChange[] = [];
  const events: LicenseEventInput[] = [];
  let revision: string | undefined;
  const result = await inTransaction(app.db, async (tx) => {
    const now = app.clock.now();
    const done = await work({ tx, actor, now, changes, events });
    if (changes.length || events.length) {
      revision = await takeRevision(tx);
      await insertLicenseEvents(tx, revision, now, events);
      await publishEntitlementChanges(tx, app.entitlements.instanceId, changes, revision);
    }
    return done;
  });
  await app.entitlements.apply(changes);
  return { result, revision };
}
