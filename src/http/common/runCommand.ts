import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CommandContext } from '../../commands/context.js';
import { runUseCaseWithRevision } from '../../commands/runUseCase.js';
import { auditActor } from './auditActor.js';

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
