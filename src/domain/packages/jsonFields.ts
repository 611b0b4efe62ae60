import { z } from 'zod';
import { formatJsonPath } from './jsonFile.js';
import { packageError, type PackageProblem, type PackageProblemCode } from './problems.js';

/**
 * Zod helpers shared by the schemas of solution.json and license.json. Issue
 * messages are predicates ("is required", "must …"); the problem's path says
 * which field they are about.
 */

/** A non-empty string; "is required" when missing or blank, stopping there so one blank field is one problem. */
export const requiredText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .trim()
    .min(1, { error: 'is required', abort: true })
    .max(max, `must be at most ${max} characters`);

export function zodIssuesToProblems(issues: readonly z.core.$ZodIssue[], code: PackageProblemCode, file: string): PackageProblem[] {
  return issues.flatMap((issue) => {
    const path = formatJsonPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      // One problem per unknown key, so each points at its own path.
      return issue.keys.map((key) => packageError(code, `Unknown field "${key}"`, { file, path: path ? `${path}.${key}` : key }));
    }
    return [packageError(code, issue.message, path ? { file, path } : { file })];
  });
}
