/**
 * Errors that carry an HTTP-independent status and a message a person can act
 * on. The HTTP edge turns them into application/problem+json; the CLI prints them.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 423 | 429 | 503,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
    /** Response headers that go with the problem, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'DomainError';
  }
}

export const invalid = (field: string, message: string) =>
  new DomainError(400, 'Invalid request', `${field}: ${message}`, { errors: [{ field, message }] satisfies FieldProblem[] });

export const invalidFields = (errors: FieldProblem[]) =>
  new DomainError(400, 'Invalid request', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });

export const notFound = (what: string) => new DomainError(404, 'Not found', `${what} was not found`);

export const conflict = (detail: string, extra: Record<string, unknown> = {}) => new DomainError(409, 'Conflict', detail, extra);

export const forbidden = (detail: string) => new DomainError(403, 'Forbidden', detail);

export const unauthorized = (detail = 'Sign in or send an API token (Authorization: Bearer …) to use this endpoint') =>
  new DomainError(401, 'Unauthorized', detail);
