/**
 * Solution versions are `major.minor.build.revision`, four numbers compared
 * part by part (so 1.10.0.0 is newer than 1.9.0.0). Leading zeros are allowed
 * because date-based versions like 2024.01.15.1 are common; they compare as numbers.
 */

export const SOLUTION_VERSION_PATTERN = /^\d{1,9}\.\d{1,9}\.\d{1,9}\.\d{1,9}$/;
export const SOLUTION_VERSION_RULE = 'must be major.minor.build.revision: four numbers of at most 9 digits, such as 1.0.0.0';

export const isSolutionVersion = (version: string) => SOLUTION_VERSION_PATTERN.test(version);

/** Negative when a is older than b, 0 when equal, positive when newer. Both must be valid versions. */
export function compareSolutionVersions(a: string, b: string): number {
  if (!isSolutionVersion(a) || !isSolutionVersion(b)) throw new Error(`Cannot compare solution versions "${a}" and "${b}"`);
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < 4; i++) {
    const difference = left[i]! - right[i]!;
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
