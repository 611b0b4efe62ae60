import { decodeCsvBytes, parseCsv, parseCsvTable, type CsvProblem, type TableColumnSpec } from '../csv.js';
import { checkLicenseRows, type LicenseCheckContext } from './licenseChecks.js';
import { licenseFromRows, type LicenseMetadata } from './licenseMetadata.js';
import type { MappingField, PlanField, SourceRow } from './licenseRows.js';
import { hasErrors, packageError, type PackageProblem, type PackageProblemCode } from './problems.js';

/**
 * The two CSV files publishers author today, turned into license.json the way
 * `pac solution add-license` does:
 * - plan definitions: `Service ID, Display name, More info URL`
 * - plan mapping: `Service ID, Component name`, one row per (plan, app module).
 */

export const LICENSE_CSV_MAX_ROWS = 5000;

export const PLAN_DEFINITION_COLUMNS: TableColumnSpec<PlanField>[] = [
  { key: 'serviceId', headers: ['Service ID'], required: true },
  { key: 'displayName', headers: ['Display name'], required: true },
  { key: 'moreInfoUrl', headers: ['More info URL'], required: true },
];

export const PLAN_MAPPING_COLUMNS: TableColumnSpec<MappingField>[] = [
  { key: 'serviceId', headers: ['Service ID'], required: true },
  { key: 'appModule', headers: ['Component name', 'App module'], required: true },
];

export interface CsvFile {
  /** The name problems are reported against, e.g. "mapping.csv". */
  name: string;
  bytes: Uint8Array;
}

export interface CsvRows<F extends string> {
  /** Null when the file can't be read row by row (encoding, empty, a required column missing). */
  rows: SourceRow<F>[] | null;
  problems: PackageProblem[];
}

export function readLicenseCsv<F extends string>(file: CsvFile, columns: TableColumnSpec<F>[], what: string): CsvRows<F> {
  const decoded = decodeCsvBytes(file.bytes);
  if (!decoded.ok) return { rows: null, problems: [csvProblem(decoded.problem, file.name, 'file.encoding')] };
  const table = parseCsvTable(decoded.text, columns, { maxRows: LICENSE_CSV_MAX_ROWS });
  const problems = table.problems.map((p) => csvProblem(p, file.name, classifyCsvProblem(p.message)));
  if (table.records.length === 0 && !hasErrors(problems)) {
    problems.push(packageError('csv.no_rows', `The file has a header but no ${what}`, { file: file.name, line: 2 }));
  }
  const unreadable: PackageProblemCode[] = ['csv.missing_column', 'csv.empty', 'csv.too_many_rows'];
  if (problems.some((p) => unreadable.includes(p.code))) return { rows: null, problems };
  const columnOf = headerColumns(decoded.text, columns);
  const rows = table.records.map(({ line, values }) => ({
    values,
    label: `line ${line}`,
    locate: (field: F) => ({ file: file.name, line, column: columnOf.get(field) }),
  }));
  return { rows, problems };
}

export interface LicenseFromCsv {
  /** The metadata to write as license.json; null when there are errors. */
  license: LicenseMetadata | null;
  problems: PackageProblem[];
}

/** Reads both CSVs, checks them against the solution, and builds license.json when nothing is wrong. */
export function licenseFromCsv(planDefinitions: CsvFile, planMapping: CsvFile, context: LicenseCheckContext): LicenseFromCsv {
  const plans = readLicenseCsv(planDefinitions, PLAN_DEFINITION_COLUMNS, 'plans');
  const mappings = readLicenseCsv(planMapping, PLAN_MAPPING_COLUMNS, 'mappings');
  const problems = [...plans.problems, ...mappings.problems, ...checkLicenseRows(plans.rows, mappings.rows, context)];
  const license = hasErrors(problems) || !plans.rows || !mappings.rows ? null : licenseFromRows(plans.rows, mappings.rows);
  return { license, problems };
}

function csvProblem(problem: CsvProblem, file: string, code: PackageProblemCode): PackageProblem {
  return packageError(code, problem.message, { file, line: problem.line, column: problem.column });
}

// csv.ts reports plain messages; these prefixes are its wording, mapped to stable codes for API clients.
const CSV_MESSAGE_CODES: [RegExp, PackageProblemCode][] = [
  [/^Missing column/, 'csv.missing_column'],
  [/^Unknown column/, 'csv.unknown_column'],
  [/^Column .* appears twice/, 'csv.duplicate_column'],
  [/^Expected \d+ cells/, 'csv.row_shape'],
  [/^The file is empty/, 'csv.empty'],
  [/^Too many rows/, 'csv.too_many_rows'],
];

function classifyCsvProblem(message: string): PackageProblemCode {
  return CSV_MESSAGE_CODES.find(([pattern]) => pattern.test(message))?.[1] ?? 'csv.syntax';
}

/**
 * The 1-based column of each field in this file's header, so a problem can say
 * `mapping.csv:4:2` even when the publisher ordered the columns differently.
 * Header names are matched as csv.ts matches them: ignoring case, spaces, "_" and "-".
 */
function headerColumns<F extends string>(text: string, columns: TableColumnSpec<F>[]): Map<F, number> {
  const normalize = (h: string) => h.trim().toLowerCase().replace(/[\s_-]+/g, '');
  const header = parseCsv(text).rows[0]?.cells.map(normalize) ?? [];
  const columnOf = new Map<F, number>();
  for (const spec of columns) {
    const index = header.findIndex((cell) => spec.headers.some((h) => normalize(h) === cell));
    if (index >= 0) columnOf.set(spec.key, index + 1);
  }
  return columnOf;
}
