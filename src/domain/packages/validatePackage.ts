import { checkLicenseRows, type LicenseCheckContext } from './licenseChecks.js';
import { LICENSE_FILE, licenseFromRows, readLicenseJson, type LicenseMetadata } from './licenseMetadata.js';
import { MANIFEST_FILE, readManifest, type SolutionManifest } from './manifest.js';
import { layoutProblems } from './packageLayout.js';
import { hasErrors, packageError, type PackageProblem } from './problems.js';
import { compareSolutionVersions, isSolutionVersion } from './solutionVersion.js';

/** A package's files by their path inside the package ("solution.json", "components/app.xml"). */
export type PackageFiles = ReadonlyMap<string, Uint8Array>;

/** What the server knows that an offline check does not; every field is optional. */
export interface PackageValidationContext {
  /** The Service IDs of the offer's plans: every plan in the package must be one of them. */
  offerServiceIds?: LicenseCheckContext['offerServiceIds'];
  /** The offer's publisher: the manifest must name it. */
  publisherId?: string;
  /** The offer's current package version: the new one must be greater. */
  previousVersion?: string;
}

export interface PackageValidation {
  /** No errors (warnings allowed). */
  valid: boolean;
  /** The manifest when solution.json is valid on its own. */
  manifest: SolutionManifest | null;
  /** The license metadata when license.json has no errors. */
  license: LicenseMetadata | null;
  problems: PackageProblem[];
}

/**
 * Checks a whole package and returns every problem at once: the files it
 * holds, solution.json, license.json, and how they fit together and with the
 * offer. The server's upload and `licensehub solution check` both end here.
 */
export function validatePackage(files: PackageFiles, context: PackageValidationContext = {}): PackageValidation {
  const problems = layoutProblems(files.keys());

  const manifestBytes = files.get(MANIFEST_FILE);
  const manifestReading = manifestBytes ? readManifest(manifestBytes) : null;
  const known = manifestReading?.known ?? {};
  if (manifestReading) problems.push(...manifestReading.problems, ...offerFitProblems(known, context));

  const licenseBytes = files.get(LICENSE_FILE);
  let license: LicenseMetadata | null = null;
  if (licenseBytes) {
    const reading = readLicenseJson(licenseBytes);
    const licenseProblems = [
      ...reading.problems,
      ...checkLicenseRows(reading.plans, reading.mappings, { appModules: known.appModules, publisher: known.publisher, offerServiceIds: context.offerServiceIds }),
    ];
    problems.push(...licenseProblems);
    if (!hasErrors(licenseProblems) && reading.plans && reading.mappings) license = licenseFromRows(reading.plans, reading.mappings);
  }
  return { valid: !hasErrors(problems), manifest: manifestReading?.manifest ?? null, license, problems };
}

/** How the manifest fits the offer: its publisher, and a version above the offer's latest. */
export function offerFitProblems(known: Partial<SolutionManifest>, context: PackageValidationContext): PackageProblem[] {
  const problems: PackageProblem[] = [];
  if (context.publisherId !== undefined && known.publisher !== undefined && known.publisher !== context.publisherId) {
    problems.push(
      packageError('manifest.publisher_mismatch', `The solution's publisher is "${known.publisher}", but this offer belongs to publisher "${context.publisherId}"`, {
        file: MANIFEST_FILE,
        path: 'publisher',
      }),
    );
  }
  const previous = context.previousVersion;
  if (previous !== undefined && isSolutionVersion(previous) && known.version !== undefined && compareSolutionVersions(known.version, previous) <= 0) {
    problems.push(
      packageError('version.order', `Version ${known.version} must be greater than the offer's current package version ${previous}`, { file: MANIFEST_FILE, path: 'version' }),
    );
  }
  return problems;
}
