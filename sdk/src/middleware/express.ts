import type { NextFunction, Request, Response } from 'express';
import { assertGuardOptions, guardRequest, PROBLEM_CONTENT_TYPE, type LicenseGuardOptions } from './licenseGuard.js';

export type { LicenseGuardOptions, LicenseSubject } from './licenseGuard.js';

/**
 * An Express middleware that lets a request through only when its user may
 * run the app module, and otherwise answers 401/403/503
 * application/problem+json with the reason and the plans that would grant it.
 * The decision is on `res.locals.license`. Errors (a runtime key LicenseHub
 * refuses, say) go to `next(error)`.
 */
export function licenseGuardExpress(options: LicenseGuardOptions<Request>) {
  assertGuardOptions(options as LicenseGuardOptions<unknown>);
  return async function licenseGuard(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const outcome = await guardRequest(options, req);
      if (outcome.allowed) {
        res.locals.license = outcome.decision;
        next();
        return;
      }
      res.status(outcome.problem.status).type(PROBLEM_CONTENT_TYPE).json(outcome.problem);
    } catch (error) {
      next(error);
    }
  };
}
