import { LICENSE_FILE } from './licenseMetadata.js';
import { MANIFEST_FILE } from './manifest.js';
import { packageError, type PackageProblem } from './problems.js';

/**
 * A package holds exactly solution.json and license.json at its root, plus
 * any other files the solution needs under components/. Anything else is
 * refused so a stray file (a CSV, an editor backup) is noticed, not shipped.
 */

export const COMPONENTS_FOLDER = 'components/';

export const isPackageFile = (name: string) => name === MANIFEST_FILE || name === LICENSE_FILE || (name.startsWith(COMPONENTS_FOLDER) && name.length > COMPONENTS_FOLDER.length);

export function layoutProblems(fileNames: Iterable<string>): PackageProblem[] {
  const names = [...fileNames];
  const problems: PackageProblem[] = [];
  if (!names.includes(MANIFEST_FILE)) {
    problems.push(packageError('package.missing_file', `The package has no ${MANIFEST_FILE}; run "licensehub solution init" to create one`, { file: MANIFEST_FILE }));
  }
  if (!names.includes(LICENSE_FILE)) {
    problems.push(
      packageError('package.missing_file', `The package has no ${LICENSE_FILE}; run "licensehub solution add-license" to create it from your plan CSVs`, { file: LICENSE_FILE }),
    );
  }
  for (const name of names) {
    if (!isPackageFile(name)) {
      problems.push(packageError('package.unexpected_file', `"${name}" does not belong in a package: only ${MANIFEST_FILE}, ${LICENSE_FILE} and files under ${COMPONENTS_FOLDER}`, { file: name }));
    }
  }
  return problems;
}
