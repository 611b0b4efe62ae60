import type { components, operations } from '../../../web/src/api/openapi.js';
import { isRecord } from '../jsonShape.js';
import type { Problem } from './problemMessage.js';

/**
 * The lists some refusals carry beside their detail, typed by the API's OpenAPI document: a package
 * upload's 422 lists every validation problem, publishing's every reason the offer can't go live.
 * The document types a problem's extensions as unknown, so each item is checked by a guard.
 */

/** One problem in a package, and where: a file, and a line and column or a JSON path. */
export type PackageProblem = components['schemas']['PackageProblem'];
/** One reason an offer can't go live: a package problem (with where), or a field or prerequisite to fix. */
export type PublishProblem = operations['checkPublishReadiness']['responses'][200]['content']['application/json']['problems'][number];

const isOptional = (value: unknown, type: 'string' | 'number') => value === undefined || typeof value === type;

export function isPackageProblem(value: unknown): value is PackageProblem {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.message === 'string' &&
    typeof value.file === 'string' &&
    isOptional(value.line, 'number') &&
    isOptional(value.column, 'number') &&
    isOptional(value.path, 'string')
  );
}

export function isPublishProblem(value: unknown): value is PublishProblem {
  return (
    isRecord(value) &&
    typeof value.code === 'string' &&
    typeof value.message === 'string' &&
    isOptional(value.field, 'string') &&
    isOptional(value.file, 'string') &&
    isOptional(value.line, 'number') &&
    isOptional(value.column, 'number') &&
    isOptional(value.path, 'string')
  );
}

/** The refusal's `problems`, when it lists them. */
export function listedProblems<P>(problem: Problem, isProblem: (value: unknown) => value is P): P[] | undefined {
  const listed = problem.problems;
  return Array.isArray(listed) ? listed.filter(isProblem) : undefined;
}
