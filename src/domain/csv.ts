/**
 * A small RFC 4180 CSV reader shared by every CSV the product accepts
 * (user import, license plan definitions and mappings, bulk assignment).
 *
 * It is strict where a person would want to know: bytes that are not UTF-8,
 * an unterminated quote, a row with the wrong number of cells. Every problem
 * carries the 1-based line and column so a CLI or an API can point at it.
 */

export interface CsvProblem {
  line: number;
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

/** Splits CSV text into rows of cells. Blank lines are skipped. */
export function parseCsv(text: string, options: { delimiter?: string } = {}): ParsedCsv {
  const delimiter = options.delimiter ?? ',';
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let cells: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quoteLine = 0;
  let quoteColumn = 0;
  let line = 1;
  let column = 0;
  let rowLine = 1;
  let cellStarted = false;

  const endRow = () => {
    cells.push(cell);
    const blank = cells.length === 1 && cells[0]!.trim() === '' && !cellStarted;
    if (!blank) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
    cellStarted = false;
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    column++;
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
          column++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') {
          line++;
          column = 0;
        }
        cell += ch;
      }
      continue;
    }
    if (ch === '"') {
      if (cell.trim() !== '') {
        problems.push({ line, column, message: 'A quote appears inside an unquoted cell; wrap the whole cell in quotes and double the inner quote ("")' });
        cell += ch;
      } else {
        cell = '';
        inQuotes = true;
        cellStarted = true;
        quoteLine = line;
        quoteColumn = column;
      }
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      cellStarted = true;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // handled by the \n that follows
    } else if (ch === '\n' || ch === '\r') {
      endRow();
      line++;
      column = 0;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (inQuotes) {
    problems.push({ line: quoteLine, column: quoteColumn, message: 'This quoted cell is never closed' });
  }
  if (cell !== '' || cells.length > 0 || cellStarted) endRow();
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
