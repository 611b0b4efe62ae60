import { decodeCsvBytes } from '../csv.js';
import { packageError, type PackageProblem } from './problems.js';

export type JsonFileResult = { ok: true; value: unknown } | { ok: false; problem: PackageProblem };

/**
 * Decodes a package's JSON file (UTF-8, BOM allowed; the CSV decoder does
 * exactly that and names UTF-16 or Latin-1 when it sees them) and parses it,
 * turning a syntax error into a line and column the author can jump to.
 */
export function readJsonFile(bytes: Uint8Array, file: string): JsonFileResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) {
    const { line, column, message } = decoded.problem;
    return { ok: false, problem: packageError('file.encoding', message, { file, line, column }) };
  }
  try {
    return { ok: true, value: JSON.parse(decoded.text) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const at = syntaxErrorLocation(reason, decoded.text);
    return { ok: false, problem: packageError('json.syntax', `The file is not valid JSON: ${reason}`, { file, ...at }) };
  }
}

/** V8 reports "… at position N" (and, from Node 22, "(line L column C)"); we turn the offset into a line and column. */
function syntaxErrorLocation(reason: string, text: string): { line?: number; column?: number } {
  const position = /at position (\d+)/.exec(reason);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/Unexpected end of JSON input/.test(reason)) return lineAndColumn(text, text.length);
  return {};
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/** `appModules[2].uniqueName` from zod's path array. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? String(key) : `${text}.${String(key)}`), '');
}
