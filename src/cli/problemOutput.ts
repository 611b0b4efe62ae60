import type { PackageProblem } from '../domain/packages/index.js';
import type { OutputStream } from './io.js';

/** What printing needs of a problem: the package checker's own, or one the server answered. */
type PrintableProblem = Pick<PackageProblem, 'file' | 'line' | 'column' | 'path' | 'severity' | 'message'>;

/**
 * Problems print the way compilers print them, `file:line:column: message`,
 * so editors and CI logs link straight to the spot; JSON problems carry their
 * path instead of a line (`license.json: mappings[3].appModule: …`).
 */
export function formatProblem(problem: PrintableProblem): string {
  let where = problem.file;
  if (problem.line !== undefined) where += `:${problem.line}`;
  if (problem.line !== undefined && problem.column !== undefined) where += `:${problem.column}`;
  if (problem.path !== undefined) where += `: ${problem.path}`;
  const severity = problem.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${severity}${problem.message}`;
}

/** Errors first, each group in the order found; returns how many of each were written. */
export function writeProblems(problems: readonly PrintableProblem[], out: OutputStream): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const problem of [...errors, ...warnings]) out.write(`${formatProblem(problem)}\n`);
  return { errors: errors.length, warnings: warnings.length };
}

export function countLabel(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
