import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CommandContext } from '../../commands/context.js';
import { runUseCaseWithRevision } from '../../commands/runUseCase.js';
import { auditActor } from './auditActor.js';
import type { OffThreadCommand, OffThreadInput, OffThreadOutput } from '../../workers/offThreadCommands.js';

/**
 * A route's use case, run by the one runner (`src/commands/runUseCase.ts`) as
 * the request's caller: the transaction opens here at the edge, the entitlement
 * index takes in what changed before the response goes out, and the answer
 * carries the change's revision (`LicenseHub-Revision`).
 */
export async function runCommand<T>(app: FastifyInstance, request: FastifyRequest, work: (ctx: CommandContext) => Promise<T>): Promise<T> {
  const { result, revision } = await runUseCaseWithRevision(app, request.actor ? auditActor(request.actor) : 'system', work);
  if (revision !== undefined) request.licenseRevision = revision;
  return result;
}

/**
 * The same, for a command that runs on the command thread (src/workers/commandThread.ts): the
 * transaction opens there; the entitlement changes it brings back are applied to this server's
 * index before the response goes out, as runCommand does.
 */
export async function runCommandOffThread<N extends OffThreadCommand>(app: FastifyInstance, request: FastifyRequest, command: N, input: OffThreadInput<N>): Promise<OffThreadOutput<N>> {
  const { result, changes, revision, kicks } = await app.commandThread.run(command, input, {
    actor: request.actor ? auditActor(request.actor) : 'system',
    now: app.clock.now(),
    email: Boolean(app.config.smtp),
    instanceId: app.entitlements.instanceId,
  });
  await app.entitlements.apply(changes, revision);
  for (const job of kicks) app.jobs?.kick(job);
  if (revision !== undefined) request.licenseRevision = revision;
  return result;
}
