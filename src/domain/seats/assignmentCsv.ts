import { decodeCsvBytes, parseCsvTable, type CsvProblem } from '../csv.js';

/**
 * The CSV admins upload to assign a license to many users: one user principal
 * name per row under a "User principal name" header; a "Display name" column
 * (as in a user export) is accepted and ignored. Every problem is reported
 * with its line, and a file with any problem assigns nobody.
 */
export const ASSIGNMENT_CSV_COLUMNS = [
  { key: 'userPrincipalName' as const, headers: ['User principal name', 'UPN', 'userPrincipalName'], required: true },
  { key: 'displayName' as const, headers: ['Display name', 'displayName', 'Name'], required: false },
];
export const ASSIGNMENT_CSV_MAX_ROWS = 5000;

export interface AssignmentCsvRow {
  line: number;
  userPrincipalName: string;
}

export type AssignmentCsv = { ok: true; rows: AssignmentCsvRow[] } | { ok: false; problems: CsvProblem[] };

export function readAssignmentCsv(bytes: Uint8Array): AssignmentCsv {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const table = parseCsvTable(decoded.text, ASSIGNMENT_CSV_COLUMNS, { maxRows: ASSIGNMENT_CSV_MAX_ROWS });
  // A header that cannot be read makes every row meaningless: report just that.
  const headerProblems = table.problems.filter((p) => p.line === 1 || p.message.startsWith('Too many rows') || p.message.startsWith('The file is empty'));
  if (headerProblems.length) return { ok: false, problems: headerProblems };
  const problems = [...table.problems];
  const rows: AssignmentCsvRow[] = [];
  const seen = new Set<string>();
  for (const { line, values } of table.records) {
    const upn = values.userPrincipalName;
    if (!upn) problems.push({ line, message: 'User principal name is empty' });
    else if (!seen.has(upn.toLowerCase())) {
      seen.add(upn.toLowerCase());
      rows.push({ line, userPrincipalName: upn });
    }
  }
  if (problems.length === 0 && rows.length === 0) problems.push({ line: 2, message: 'The file has a header but no users' });
  return problems.length ? { ok: false, problems: problems.sort((a, b) => a.line - b.line) } : { ok: true, rows };
}
