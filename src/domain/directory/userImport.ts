import { decodeCsvBytes, parseCsvTable, type CsvProblem } from '../csv.js';
import { NUL_PROBLEM, hasNul } from '../text.js';
import { DISPLAY_NAME_MAX, countryProblem, userPrincipalNameProblem } from './names.js';

/** The CSV admins upload to create users in bulk. */
export const USER_IMPORT_COLUMNS = [
  { key: 'userPrincipalName' as const, headers: ['User principal name', 'UPN', 'userPrincipalName'], required: true },
  { key: 'displayName' as const, headers: ['Display name', 'displayName', 'Name'], required: true },
  { key: 'usageLocation' as const, headers: ['Usage location', 'usageLocation', 'Country'], required: false },
  { key: 'enabled' as const, headers: ['Enabled', 'Account enabled', 'accountEnabled'], required: false },
];
export const USER_IMPORT_MAX_ROWS = 5000;

export interface ImportCandidate {
  line: number;
  userPrincipalName: string;
  displayName: string;
  usageLocation: string | null;
  enabled: boolean;
}

export interface RejectedRow {
  line: number;
  userPrincipalName: string | null;
  errors: string[];
}

export type UserImportPlan =
  | { ok: false; fileProblems: CsvProblem[] }
  | { ok: true; candidates: ImportCandidate[]; rejected: RejectedRow[] };

const TRUE = new Set(['', 'true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/**
 * Reads the upload and decides, row by row, what can be created. Problems
 * with the file itself (encoding, header) reject the whole file; problems in
 * a row reject that row only, with every reason listed. Every rule a row must
 * pass to be stored is checked here or against the directory (importUsers), so
 * a dry run refuses exactly the rows the real run would.
 */
export function planUserImport(bytes: Uint8Array, tenantDomain: string): UserImportPlan {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, fileProblems: [decoded.problem] };
  const table = parseCsvTable(decoded.text, USER_IMPORT_COLUMNS, { maxRows: USER_IMPORT_MAX_ROWS });
  const headerProblems = table.problems.filter((p) => p.line === 1 || p.message.startsWith('Too many rows') || p.message.startsWith('The file is empty'));
  if (headerProblems.length) return { ok: false, fileProblems: headerProblems };
  if (table.records.length === 0 && table.problems.length === 0) {
    return { ok: false, fileProblems: [{ line: 2, message: 'The file has a header but no users' }] };
  }

  const rejected: RejectedRow[] = table.problems.map((p) => ({ line: p.line, userPrincipalName: null, errors: [p.message] }));
  const candidates: ImportCandidate[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of table.records) {
    const errors: string[] = [];
    const upn = values.userPrincipalName;
    const upnProblem = upn ? userPrincipalNameProblem(upn, tenantDomain) : 'is required';
    if (upnProblem) errors.push(`User principal name ${upnProblem}`);
    const firstLine = seen.get(upn.toLowerCase());
    if (upn && firstLine !== undefined) errors.push(`User principal name repeats line ${firstLine}`);
    else if (upn) seen.set(upn.toLowerCase(), line);
    if (!values.displayName) errors.push('Display name is required');
    else if (values.displayName.length > DISPLAY_NAME_MAX) errors.push(`Display name must be at most ${DISPLAY_NAME_MAX} characters`);
    else if (hasNul(values.displayName)) errors.push(`Display name ${NUL_PROBLEM}`);
    const location = values.usageLocation.toUpperCase();
    if (location && countryProblem(location)) errors.push(`Usage location "${values.usageLocation}" ${countryProblem(location)}`);
    const enabledText = values.enabled.toLowerCase();
    if (!TRUE.has(enabledText) && !FALSE.has(enabledText)) errors.push(`Enabled must be true or false, not "${values.enabled}"`);
    if (errors.length) rejected.push({ line, userPrincipalName: upn || null, errors });
    else {
      candidates.push({
        line,
        userPrincipalName: upn,
        displayName: values.displayName,
        usageLocation: location || null,
        enabled: !FALSE.has(enabledText),
      });
    }
  }
  rejected.sort((a, b) => a.line - b.line);
  return { ok: true, candidates, rejected };
}
