import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LicenseDecision } from '../types.js';
import { assertGuardOptions, guardRequest, PROBLEM_CONTENT_TYPE, type LicenseGuardOptions } from './licenseGuard.js';

export type { LicenseGuardOptions, LicenseSubject } from './licenseGuard.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The license decision a licenseGuardFastify preHandler made for this request. */
    license?: LicenseDecision;
  }
}

/**
 * A Fastify preHandler that lets a request through only when its user may run
 * the app module, and otherwise answers 401/403/503 application/problem+json
 * with the reason and the plans that would grant it. Use it per route
 * (`{ preHandler: licenseGuardFastify(…) }`) or for a whole plugin
 * (`app.addHook('preHandler', licenseGuardFastify(…))`). The decision is on
 * `request.license`.
 */
export function licenseGuardFastify(options: LicenseGuardOptions<FastifyRequest>) {
  assertGuardOptions(options as LicenseGuardOptions<unknown>);
  return async function licenseGuard(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const outcome = await guardRequest(options, request);
    if (outcome.allowed) {
      request.license = outcome.decision;
      return undefined;
    }
    // Fastify's way to end an async hook early: send, then return the reply.
    return reply.code(outcome.problem.status).type(PROBLEM_CONTENT_TYPE).send(outcome.problem);
  };
}
