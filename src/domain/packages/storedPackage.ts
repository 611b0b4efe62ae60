import { checkLicenseRows } from './licenseChecks.js';
import { LICENSE_FILE, type LicenseMetadata } from './licenseMetadata.js';
import type { MappingField, PlanField, SourceRow } from './licenseRows.js';
import type { SolutionManifest } from './manifest.js';
import { hasErrors } from './problems.js';
import { offerFitProblems, type PackageValidation, type PackageValidationContext } from './validatePackage.js';

/**
 * A stored package checked against its offer as it is now, from what the
 * upload kept (the manifest and license metadata), without opening the zip
 * again. A package is stored only when its archive, its files and their shape
 * passed, so what can change since is only what depends on the offer: its
 * plans and publisher. This gives the problems validatePackage would give for
 * the same archive and context (validatePackage.test.ts proves it), at the
 * cost of the license rows instead of inflating and parsing the whole zip.
 */
export function checkStoredPackage(manifest: SolutionManifest, license: LicenseMetadata, context: PackageValidationContext = {}): PackageValidation {
  const plans = license.servicePlans.map((values, index) => rowAt<PlanField>('servicePlans', index, values));
  const mappings = license.mappings.map((values, index) => rowAt<MappingField>('mappings', index, values));
  const problems = [
    ...offerFitProblems(manifest, context),
    ...checkLicenseRows(plans, mappings, { appModules: manifest.appModules, publisher: manifest.publisher, offerServiceIds: context.offerServiceIds }),
  ];
  return { valid: !hasErrors(problems), manifest, license, problems };
}

// The labels and paths readLicenseJson gives the same rows.
function rowAt<F extends string>(list: string, index: number, values: Record<F, string>): SourceRow<F> {
  const label = `${list}[${index}]`;
  return { values, label, locate: (field) => ({ file: LICENSE_FILE, path: `${label}.${field}` }) };
}
