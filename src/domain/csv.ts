import { parse } from 'csv-parse/sync';

/**
 * Reading every CSV the product accepts (user import, license plan
 * definitions and mappings, bulk assignment): csv-parse does the parsing; this
 * module adds what a person needs on top of it.
 *
 * It is strict where a person would want to know: bytes that are not UTF-8,
 * an unterminated quote, a row with the wrong number of cells. Every problem
 * carries the 1-based line (and, where there is one, the 1-based cell) so a
 * CLI or an API can point at it.
 */

export interface CsvProblem {
  line: number;
  /** 1-based cell of the row (as a spreadsheet counts columns), when the problem is about one. */
  column?: number;
  message: string;
}

export interface CsvRow {
  /** 1-based line where the row starts in the file. */
  line: number;
  cells: string[];
}

export type CsvDecodeResult = { ok: true; text: string } | { ok: false; problem: CsvProblem };

/** Decodes bytes as UTF-8 (a BOM is allowed), naming the encoding we think it is otherwise. */
export function decodeCsvBytes(bytes: Uint8Array): CsvDecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {
      ok: false,
      problem: { line: 1, column: 1, message: 'The file is UTF-16 encoded; save it as UTF-8 (CSV UTF-8) and try again' },
    };
  }
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    const { line, column } = locateFirstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: { line, column, message: 'The file is not valid UTF-8 (it may be Latin-1 or Windows-1252); save it as UTF-8 and try again' },
    };
  }
}

function locateFirstInvalidUtf8(bytes: Uint8Array): { line: number; column: number } {
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const width = b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (width === 0) return { line, column };
    for (let k = 1; k < width; k++) {
      const c = bytes[i + k];
      if (c === undefined || c >> 6 !== 0b10) return { line, column };
    }
    if (b === 0x0a) {
      line++;
      column = 1;
    } else column++;
    i += width;
  }
  return { line, column };
}

export interface ParsedCsv {
  rows: CsvRow[];
  problems: CsvProblem[];
}

// csv-parse's codes for a record it had to skip, in words a person editing the file in a spreadsheet can act on.
const SYNTAX_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'This quoted cell is never closed',
  INVALID_OPENING_QUOTE: 'A quote appears inside an unquoted cell; wrap the whole cell in quotes and double the inner quote ("")',
  CSV_INVALID_CLOSING_QUOTE: 'A quoted cell goes on after its closing quote; wrap the whole cell in quotes and double the inner quote ("")',
};

/** Line breaks inside a record's raw text, leaving out the one that ends it. */
function innerLineBreaks(raw: string): number {
  const body = raw.replace(/[\r\n]$/, '');
  return body.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Splits CSV text into rows of cells with csv-parse (RFC 4180: quoted cells
 * keep commas, quotes and line breaks; CRLF, LF and CR all end a row). Blank
 * lines are skipped. A row csv-parse cannot read (a broken quote) is reported
 * at the line where it starts and the 1-based cell where the trouble is, and
 * left out; the rows around it are still returned.
 */
export function parseCsv(text: string, options: { delimiter?: string } = {}): ParsedCsv {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const records = parse(text, {
    delimiter: options.delimiter ?? ',',
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    // Blank lines are dropped below, not with skip_empty_lines, which stops counting them in info.lines.
    skip_records_with_error: true,
    info: true,
    raw: true,
    on_skip: (error, raw) => {
      if (!error) return undefined;
      const line = Number(error.lines) - innerLineBreaks(raw ?? '');
      const column = typeof error.column === 'number' ? error.column + 1 : undefined;
      problems.push({ line, ...(column !== undefined ? { column } : {}), message: SYNTAX_MESSAGES[error.code] ?? `This row cannot be read: ${error.message}` });
      return undefined;
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  for (const { record, info, raw } of records) {
    // Empty lines and lines of spaces are skipped; a quoted empty cell ("") is a row.
    if (record.length === 1 && record[0]!.trim() === '' && !raw.trimStart().startsWith('"')) continue;
    rows.push({ line: info.lines - innerLineBreaks(raw), cells: record });
  }
  problems.sort((a, b) => a.line - b.line);
  return { rows, problems };
}

export interface TableColumnSpec<K extends string> {
  key: K;
  /** Header names accepted for this column, compared case- and space-insensitively. */
  headers: string[];
  required: boolean;
}

export interface TableRecord<K extends string> {
  line: number;
  values: Record<K, string>;
}

export interface ParsedTable<K extends string> {
  records: TableRecord<K>[];
  problems: CsvProblem[];
}

const normalizeHeader = (h: string) => h.trim().toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Reads a CSV with a header row into records keyed by column. Missing required
 * columns, unknown columns and rows with the wrong cell count are reported
 * with their line numbers; the well-formed rows are still returned so callers
 * can report every problem at once.
 */
export function parseCsvTable<K extends string>(text: string, columns: TableColumnSpec<K>[], options: { fileName?: string; maxRows?: number } = {}): ParsedTable<K> {
  const { rows, problems } = parseCsv(text);
  const records: TableRecord<K>[] = [];
  const header = rows[0];
  if (!header) {
    problems.push({ line: 1, message: `The file is empty; expected a header row: ${columns.map((c) => c.headers[0]).join(', ')}` });
    return { records, problems };
  }
  const indexOf = new Map<K, number>();
  header.cells.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    const spec = columns.find((c) => c.headers.some((h) => normalizeHeader(h) === name));
    if (!spec) {
      problems.push({ line: header.line, column: index + 1, message: `Unknown column "${raw.trim()}"; expected ${columns.map((c) => `"${c.headers[0]}"`).join(', ')}` });
    } else if (indexOf.has(spec.key)) {
      problems.push({ line: header.line, column: index + 1, message: `Column "${raw.trim()}" appears twice` });
    } else indexOf.set(spec.key, index);
  });
  for (const spec of columns) {
    if (spec.required && !indexOf.has(spec.key)) {
      problems.push({ line: header.line, message: `Missing column "${spec.headers[0]}"` });
    }
  }
  const dataRows = rows.slice(1);
  if (options.maxRows !== undefined && dataRows.length > options.maxRows) {
    problems.push({ line: dataRows[options.maxRows]!.line, message: `Too many rows: at most ${options.maxRows} are accepted in one file` });
    return { records, problems };
  }
  for (const row of dataRows) {
    if (row.cells.length !== header.cells.length) {
      problems.push({ line: row.line, message: `Expected ${header.cells.length} cells, found ${row.cells.length}` });
      continue;
    }
    const values = {} as Record<K, string>;
    for (const spec of columns) {
      const index = indexOf.get(spec.key);
      values[spec.key] = index === undefined ? '' : row.cells[index]!.trim();
    }
    records.push({ line: row.line, values });
  }
  return { records, problems };
}

/** Quotes a cell for CSV output and defuses spreadsheet formulas (=, +, -, @, tab, CR). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
