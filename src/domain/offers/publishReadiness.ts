import { freemiumProblem, type PackageProblem, type PackageValidation } from '../packages/index.js';
import { missingListingFields, type Listing } from './listing.js';
import type { Prerequisite } from './prerequisites.js';

/**
 * Whether an offer may go live, as one list of every problem: the publisher
 * fixes them all in one pass instead of meeting them one publish at a time.
 * Pure: the caller loads the offer, its plans and its current package
 * (validated against the offer) and asks which app modules are taken.
 */

export interface PublishProblem {
  code: string;
  /** What to fix: an offer field, a prerequisite, "plans" or "package". */
  field?: string;
  message: string;
  /** Package problems point into the package, like the upload's validation. */
  file?: string;
  line?: number;
  column?: number;
  path?: string;
}

export interface PublishInput {
  listing: Listing;
  licenseManagement: boolean;
  allowInstallWithoutLicenses: boolean;
  prerequisites: readonly Prerequisite[];
  plans: readonly { planKey: string; serviceId: string }[];
  /** The current package, validated against the offer's plans and publisher (not the version order: it is already stored). */
  currentPackage: { version: string; validation: PackageValidation } | null;
  /** App module unique names of the current package that another offer already uses. */
  appModulesTaken: readonly string[];
}

export function publishProblems(input: PublishInput): PublishProblem[] {
  const problems: PublishProblem[] = [];
  for (const prerequisite of input.prerequisites) {
    if (!prerequisite.met) problems.push({ code: 'program.prerequisite_missing', field: prerequisite.key, message: `${prerequisite.label}: ${prerequisite.message}` });
  }
  for (const missing of missingListingFields(input.listing)) problems.push({ code: 'listing.incomplete', field: missing.field, message: missing.message });
  if (input.licenseManagement && input.plans.length === 0) {
    problems.push({ code: 'plans.required', field: 'plans', message: 'License management is enabled: add at least one licensing plan' });
  }
  problems.push(...packageProblems(input));
  return problems;
}

function packageProblems(input: PublishInput): PublishProblem[] {
  const current = input.currentPackage;
  if (!current) return [{ code: 'package.required', field: 'package', message: 'Upload a solution package: customers install it' }];
  const { validation, version } = current;
  const problems: PublishProblem[] = validation.problems.filter((p) => p.severity === 'error').map((p) => fromPackageProblem(p, version));
  if (validation.license && input.licenseManagement) {
    const inPackage = new Set(validation.license.servicePlans.map((p) => p.serviceId));
    for (const plan of input.plans) {
      if (!inPackage.has(plan.serviceId)) {
        problems.push({
          code: 'plans.not_in_package',
          field: 'plans',
          message: `Plan ${plan.planKey} (${plan.serviceId}) is not in the license metadata of package ${version}, so its licenses would unlock nothing; add it to the package or remove the plan`,
        });
      }
    }
  }
  if (input.allowInstallWithoutLicenses && validation.manifest && validation.license) {
    const freemium = freemiumProblem(validation.manifest, validation.license);
    if (freemium) problems.push({ ...fromPackageProblem(freemium, version), field: 'allowInstallWithoutLicenses' });
  }
  for (const name of input.appModulesTaken) {
    problems.push({
      code: 'app_module.taken',
      field: 'package',
      message: `App module ${name} in package ${version} is already used by another offer; app module unique names must be unique on the platform`,
    });
  }
  return problems;
}

function fromPackageProblem(problem: PackageProblem, version: string): PublishProblem {
  const { code, message, file, line, column, path } = problem;
  return {
    code,
    field: 'package',
    message: `Package ${version}: ${message}`,
    file,
    ...(line !== undefined ? { line } : {}),
    ...(column !== undefined ? { column } : {}),
    ...(path !== undefined ? { path } : {}),
  };
}
