/**
 * Everything wrong with a solution package is reported as a PackageProblem, so
 * the server, the Partner Center UI and the CLI show the same list, each entry
 * pointing at the file and, where it applies, the CSV line and column or the
 * JSON path.
 */

export type PackageProblemCode =
  // the zip itself (see zipReader.ts)
  | 'archive.not_zip'
  | 'archive.unsupported'
  | 'archive.corrupt'
  | 'archive.unsafe_path'
  | 'archive.symlink'
  | 'archive.duplicate_entry'
  | 'archive.too_many_entries'
  | 'archive.entry_too_large'
  | 'archive.too_large'
  | 'archive.compression_ratio'
  | 'archive.size_mismatch'
  // which files the package holds
  | 'package.missing_file'
  | 'package.unexpected_file'
  // reading a file
  | 'file.encoding'
  | 'json.syntax'
  | 'csv.syntax'
  | 'csv.empty'
  | 'csv.no_rows'
  | 'csv.missing_column'
  | 'csv.unknown_column'
  | 'csv.duplicate_column'
  | 'csv.row_shape'
  | 'csv.too_many_rows'
  // solution.json
  | 'manifest.invalid'
  | 'manifest.duplicate_app_module'
  | 'manifest.publisher_mismatch'
  | 'version.order'
  // license metadata, whether from license.json or the two CSVs
  | 'license.invalid'
  | 'field.required'
  | 'field.too_long'
  | 'service_id.invalid'
  | 'service_id.publisher_mismatch'
  | 'service_id.unknown_plan'
  | 'plan.duplicate'
  | 'plan.url_invalid'
  | 'plan.unused'
  | 'mapping.duplicate'
  | 'mapping.unknown_app_module'
  | 'mapping.plan_not_defined'
  // offer rules that look at the package
  | 'freemium.every_app_module_mapped';

/** Warnings are shown but do not make a package invalid. */
export type ProblemSeverity = 'error' | 'warning';

/** Where a problem is: a file, and inside it a 1-based line and column (CSV) or a JSON path. */
export interface ProblemLocation {
  file: string;
  line?: number;
  column?: number;
  path?: string;
}

export interface PackageProblem extends ProblemLocation {
  code: PackageProblemCode;
  severity: ProblemSeverity;
  message: string;
}

export function packageError(code: PackageProblemCode, message: string, at: ProblemLocation): PackageProblem {
  return { code, severity: 'error', message, ...withoutUndefined(at) };
}

export function packageWarning(code: PackageProblemCode, message: string, at: ProblemLocation): PackageProblem {
  return { code, severity: 'warning', message, ...withoutUndefined(at) };
}

export const hasErrors = (problems: readonly PackageProblem[]) => problems.some((p) => p.severity === 'error');

// Problems are serialized to JSON for the API and `check --json`; keys with
// undefined values would only add noise there and break deepEqual in tests.
function withoutUndefined(at: ProblemLocation): ProblemLocation {
  const clean: ProblemLocation = { file: at.file };
  if (at.line !== undefined) clean.line = at.line;
  if (at.column !== undefined) clean.column = at.column;
  if (at.path !== undefined) clean.path = at.path;
  return clean;
}
