import type { ProblemBody } from './problems.js';

/**
 * The safety net behind the routes' own checks: an error the database raised
 * about the request's data (a value it cannot store, a name taken by a
 * concurrent request) is the caller's 4xx, not a 500. Routes and commands
 * should catch these first and say more (e.g. which name is taken); this only
 * keeps a missed case from looking like a server fault (faults of the database
 * itself, timeouts and conflicts between transactions are 503s, from
 * databaseUnavailableReason in src/store/errors.ts). SQLSTATE codes:
 * https://www.postgresql.org/docs/current/errcodes-appendix.html
 */
export function databaseProblem(error: unknown): Omit<ProblemBody, 'type' | 'instance'> | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  switch (code) {
    case '23505':
      return { title: 'Conflict', status: 409, detail: 'This conflicts with something that already exists or was created at the same moment (for example the same name); change it or reload and try again' };
    case '23503':
      return { title: 'Conflict', status: 409, detail: 'Something this refers to was removed, or something still refers to it, at the same moment; reload and try again' };
    case '23502':
      return { title: 'Invalid request', status: 400, detail: 'A required value is missing' };
    case '23514':
      return { title: 'Invalid request', status: 400, detail: 'A value is not allowed here' };
    case '22001':
      return { title: 'Invalid request', status: 400, detail: 'A value is too long' };
  }
  // Class 22, data exceptions: a NUL character, an invalid encoding, a number out of range, a malformed date or id.
  if (code.startsWith('22')) return { title: 'Invalid request', status: 400, detail: 'A value in the request cannot be stored (an unsupported character such as NUL, a number out of range, or a malformed value); correct it and try again' };
  return null;
}
