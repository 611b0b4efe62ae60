import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CommandContext } from '../../commands/context.js';
import { runUseCase } from '../../commands/runUseCase.js';
import { auditActor } from './auditActor.js';

/**
 * A route's use case, run by the one runner (`src/commands/runUseCase.ts`) as
 * the request's caller: the transaction opens here at the edge, and the
 * entitlement index takes in what changed before the response goes out.
 */
export async function runCommand<T>(app: FastifyInstance, request: FastifyRequest, work: (ctx: CommandContext) => Promise<T>): Promise<T> {
  return runUseCase(app, request.actor ? auditActor(request.actor) : 'system', work);
}
