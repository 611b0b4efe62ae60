import type { ApiError } from './client';

/**
 * The lists some refusals carry beside their detail (`problems`: every package validation problem,
 * every reason an offer can't go live, every line of a CSV file that can't be read). The OpenAPI
 * document types them per operation (PackageRefusal, PublishRefusal, CsvFileRefusal), but an
 * ApiError holds whatever problem came back, so each item is narrowed by a guard of its type
 * (beside the type, in its API module) before a page shows it.
 */
export function listedProblems<P>(error: ApiError | undefined, isProblem: (value: unknown) => value is P): P[] | undefined {
  const listed: unknown = error?.problem.problems;
  return Array.isArray(listed) ? listed.filter(isProblem) : undefined;
}
