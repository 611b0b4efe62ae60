import { z } from 'zod';
import { formatJsonPath, readJsonFile } from './jsonFile.js';
import { zodIssuesToProblems } from './jsonFields.js';
import type { MappingField, MappingRow, PlanField, PlanRow, SourceRow } from './licenseRows.js';
import type { PackageProblem } from './problems.js';

/**
 * `license.json`: the package's license metadata. `servicePlans` are the
 * offer's plans as the package knows them; `mappings` say which app modules
 * each plan licenses, one entry per (plan, app module) pair. Field values are
 * checked by licenseChecks.ts so JSON and CSV input get the same rules.
 */

export const LICENSE_FILE = 'license.json';
export const LICENSE_ROWS_MAX = 5000;

const text = z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') });
const rowError = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : 'must be an object') };

export const servicePlanSchema = z.strictObject({ serviceId: text, displayName: text, moreInfoUrl: text }, rowError);
export const planMappingSchema = z.strictObject({ serviceId: text, appModule: text }, rowError);

const rowList = (what: string) =>
  z
    .array(z.unknown(), { error: (issue) => (issue.input === undefined ? 'is required' : `must be a list of ${what}`) })
    .min(1, `must list at least one ${what.replace(/s$/, '')}`)
    .max(LICENSE_ROWS_MAX, `must list at most ${LICENSE_ROWS_MAX} ${what}`);

// Rows are parsed one by one (below) so one malformed row doesn't hide the problems of the others.
const containerSchema = z.strictObject({ servicePlans: rowList('service plans'), mappings: rowList('mappings') }, { error: 'license.json must hold a JSON object' });

export const licenseMetadataSchema = z.strictObject({
  servicePlans: z.array(servicePlanSchema).min(1).max(LICENSE_ROWS_MAX),
  mappings: z.array(planMappingSchema).min(1).max(LICENSE_ROWS_MAX),
});

export type LicenseMetadata = z.infer<typeof licenseMetadataSchema>;
export type ServicePlan = LicenseMetadata['servicePlans'][number];
export type PlanMapping = LicenseMetadata['mappings'][number];

export interface LicenseReading {
  /** Null when the list is missing or not a list; the problem says so. */
  plans: PlanRow[] | null;
  mappings: MappingRow[] | null;
  /** Problems with the file's shape; the field rules run later, in licenseChecks.ts. */
  problems: PackageProblem[];
}

export function readLicenseJson(bytes: Uint8Array, file = LICENSE_FILE): LicenseReading {
  const json = readJsonFile(bytes, file);
  if (!json.ok) return { plans: null, mappings: null, problems: [json.problem] };
  const container = containerSchema.safeParse(json.value);
  const problems = container.success ? [] : zodIssuesToProblems(container.error.issues, 'license.invalid', file);
  const raw = (typeof json.value === 'object' && json.value !== null ? json.value : {}) as Record<string, unknown>;
  const plans = readRows<PlanField>(raw.servicePlans, 'servicePlans', servicePlanSchema, file, problems);
  const mappings = readRows<MappingField>(raw.mappings, 'mappings', planMappingSchema, file, problems);
  return { plans, mappings, problems };
}

function readRows<F extends string>(
  list: unknown,
  listName: string,
  schema: z.ZodType<Record<F, string>>,
  file: string,
  problems: PackageProblem[],
): SourceRow<F>[] | null {
  if (!Array.isArray(list)) return null;
  const rows: SourceRow<F>[] = [];
  list.slice(0, LICENSE_ROWS_MAX).forEach((item: unknown, index) => {
    const label = formatJsonPath([listName, index]);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      const located = parsed.error.issues.map((issue) => ({ ...issue, path: [listName, index, ...issue.path] }));
      problems.push(...zodIssuesToProblems(located, 'license.invalid', file));
      return;
    }
    rows.push({ values: parsed.data, label, locate: (field) => ({ file, path: `${label}.${field}` }) });
  });
  return rows;
}

export function licenseFromRows(plans: readonly PlanRow[], mappings: readonly MappingRow[]): LicenseMetadata {
  return {
    servicePlans: plans.map(({ values }) => ({ serviceId: values.serviceId, displayName: values.displayName, moreInfoUrl: values.moreInfoUrl })),
    mappings: mappings.map(({ values }) => ({ serviceId: values.serviceId, appModule: values.appModule })),
  };
}

/** The bytes of license.json as the CLI writes it: two-space indented, ending with a newline. */
export function serializeLicenseMetadata(license: LicenseMetadata): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(license, null, 2)}\n`);
}
