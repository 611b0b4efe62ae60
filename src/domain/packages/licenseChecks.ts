import type { AppModule } from './manifest.js';
import { FIELD_NAMES, type MappingRow, type PlanRow, type SourceRow } from './licenseRows.js';
import { packageError, packageWarning, type PackageProblem } from './problems.js';
import { parseServiceId } from './serviceId.js';

/**
 * The rules of license metadata, applied alike to the publisher's CSVs
 * (`solution add-license`) and to a package's license.json (upload, `check`).
 * Each field gets at most one problem, so a single mistake reads as one line.
 */

export const PLAN_DISPLAY_NAME_MAX = 200;
export const MORE_INFO_URL_MAX = 2048;

export interface LicenseCheckContext {
  /** The solution's app modules; unknown when solution.json is unreadable, which skips that check. */
  appModules?: readonly AppModule[];
  /** The solution's publisher: offline, every plan's Service ID must belong to it. */
  publisher?: string;
  /** The Service IDs of the offer's plans, when the server knows the offer: every plan must be one of them. */
  offerServiceIds?: readonly string[];
}

/**
 * `null` rows mean the file could not be read row by row (missing, not UTF-8,
 * a required column absent): its own problem is already reported, so the
 * checks that depend on it are skipped instead of adding noise.
 */
export function checkLicenseRows(plans: readonly PlanRow[] | null, mappings: readonly MappingRow[] | null, context: LicenseCheckContext): PackageProblem[] {
  const problems: PackageProblem[] = [];
  if (plans) problems.push(...plans.flatMap((row) => planFieldProblems(row, context)), ...duplicateProblems(plans, ['serviceId'], 'plan.duplicate'));
  if (mappings) {
    const defined = plans ? new Set(plans.map((row) => row.values.serviceId)) : null;
    const appModuleNames = context.appModules ? new Set(context.appModules.map((m) => m.uniqueName)) : null;
    problems.push(...mappings.flatMap((row) => mappingFieldProblems(row, defined, appModuleNames)));
    problems.push(...duplicateProblems(mappings, ['serviceId', 'appModule'], 'mapping.duplicate'));
  }
  if (plans && mappings) problems.push(...unusedPlanWarnings(plans, mappings));
  return problems;
}

function planFieldProblems(row: PlanRow, context: LicenseCheckContext): PackageProblem[] {
  const { serviceId, displayName, moreInfoUrl } = row.values;
  const problems: PackageProblem[] = [];
  const serviceIdProblem = requiredProblem(row, 'serviceId') ?? serviceIdShapeProblem(row) ?? serviceIdOwnerProblem(row, context);
  if (serviceIdProblem) problems.push(serviceIdProblem);
  const nameProblem =
    requiredProblem(row, 'displayName') ??
    (displayName.length > PLAN_DISPLAY_NAME_MAX
      ? packageError('field.too_long', `Display name of ${serviceId} must be at most ${PLAN_DISPLAY_NAME_MAX} characters; it is ${displayName.length}`, row.locate('displayName'))
      : null);
  if (nameProblem) problems.push(nameProblem);
  const urlProblem = requiredProblem(row, 'moreInfoUrl') ?? moreInfoUrlProblem(moreInfoUrl, row);
  if (urlProblem) problems.push(urlProblem);
  return problems;
}

function mappingFieldProblems(row: MappingRow, definedServiceIds: ReadonlySet<string> | null, appModuleNames: ReadonlySet<string> | null): PackageProblem[] {
  const { serviceId, appModule } = row.values;
  const problems: PackageProblem[] = [];
  const serviceIdProblem =
    requiredProblem(row, 'serviceId') ??
    serviceIdShapeProblem(row) ??
    (!definedServiceIds || definedServiceIds.has(serviceId)
      ? null
      : packageError('mapping.plan_not_defined', `Service ID "${serviceId}" has no plan definition; add it to the plan definitions`, row.locate('serviceId')));
  if (serviceIdProblem) problems.push(serviceIdProblem);
  const appModuleProblem =
    requiredProblem(row, 'appModule') ??
    (appModuleNames && !appModuleNames.has(appModule)
      ? // The wording is the platform's own, which publishers search for.
        packageError('mapping.unknown_app_module', `The AppModule with the given UniqueName ${appModule} was not found`, row.locate('appModule'))
      : null);
  if (appModuleProblem) problems.push(appModuleProblem);
  return problems;
}

function requiredProblem<F extends string>(row: SourceRow<F>, field: F & keyof typeof FIELD_NAMES): PackageProblem | null {
  return row.values[field].trim() === '' ? packageError('field.required', `${FIELD_NAMES[field]} is required`, row.locate(field)) : null;
}

function serviceIdShapeProblem(row: SourceRow<'serviceId'>): PackageProblem | null {
  const parsed = parseServiceId(row.values.serviceId);
  return parsed.ok ? null : packageError('service_id.invalid', parsed.message, row.locate('serviceId'));
}

/** With the offer known, a plan must be one of its plans; offline, it must at least belong to the solution's publisher. */
function serviceIdOwnerProblem(row: PlanRow, context: LicenseCheckContext): PackageProblem | null {
  const { serviceId } = row.values;
  if (context.offerServiceIds) {
    if (context.offerServiceIds.includes(serviceId)) return null;
    const known = context.offerServiceIds.length ? context.offerServiceIds.join(', ') : 'none yet';
    return packageError('service_id.unknown_plan', `Service ID "${serviceId}" is not a plan of this offer; its plans are: ${known}`, row.locate('serviceId'));
  }
  const parsed = parseServiceId(serviceId);
  if (!parsed.ok || context.publisher === undefined || parsed.publisherId === context.publisher) return null;
  return packageError(
    'service_id.publisher_mismatch',
    `Service ID "${serviceId}" belongs to publisher "${parsed.publisherId}", but the solution's publisher is "${context.publisher}"`,
    row.locate('serviceId'),
  );
}

function moreInfoUrlProblem(value: string, row: PlanRow): PackageProblem | null {
  const at = row.locate('moreInfoUrl');
  if (value.length > MORE_INFO_URL_MAX) return packageError('field.too_long', `More info URL must be at most ${MORE_INFO_URL_MAX} characters`, at);
  // new URL() alone would accept "https:example.com" or "mailto:…"; customers click this link, so it must be a plain absolute web address.
  const parsed = URL.canParse(value) ? new URL(value) : null;
  if (!/^https?:\/\//i.test(value) || !parsed || parsed.hostname === '') {
    return packageError('plan.url_invalid', `More info URL "${value}" must be an absolute http:// or https:// address`, at);
  }
  return null;
}

/** Reports every repeat of a key, pointing back at its first occurrence. */
function duplicateProblems<F extends string>(rows: readonly SourceRow<F>[], key: F[], code: 'plan.duplicate' | 'mapping.duplicate'): PackageProblem[] {
  const first = new Map<string, SourceRow<F>>();
  const problems: PackageProblem[] = [];
  for (const row of rows) {
    const values = key.map((field) => row.values[field]);
    if (values.some((value) => value.trim() === '')) continue;
    const identity = JSON.stringify(values);
    const earlier = first.get(identity);
    if (!earlier) first.set(identity, row);
    else {
      const what = code === 'plan.duplicate' ? `Service ID "${values[0]}" is already defined` : `Service ID "${values[0]}" is already mapped to ${values[1]}`;
      problems.push(packageError(code, `${what} (${earlier.label})`, row.locate(key[key.length - 1]!)));
    }
  }
  return problems;
}

function unusedPlanWarnings(plans: readonly PlanRow[], mappings: readonly MappingRow[]): PackageProblem[] {
  const mapped = new Set(mappings.map((row) => row.values.serviceId));
  const reported = new Set<string>();
  return plans.flatMap((row) => {
    const { serviceId } = row.values;
    if (serviceId === '' || mapped.has(serviceId) || reported.has(serviceId)) return [];
    reported.add(serviceId);
    return [
      packageWarning('plan.unused', `Plan ${serviceId} is not mapped to any app module, so its licenses unlock nothing; add a mapping or remove the plan`, row.locate('serviceId')),
    ];
  });
}
