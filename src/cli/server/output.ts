import type { OutputStream } from '../io.js';
import { formatProblem } from '../problemOutput.js';
import type { PublishProblem } from './refusals.js';

/** Aligned columns, header first: what `offers list` and `plans list` print. */
export function writeTable(out: OutputStream, header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  for (const row of [header, ...rows]) out.write(`${row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}\n`);
}

/** Publish problems: those inside the package point at file, line and column like the package checks; the others name the field to fix. */
export function writePublishProblems(out: OutputStream, problems: readonly PublishProblem[]): void {
  for (const problem of problems) {
    if (problem.file) out.write(`${formatProblem({ ...problem, file: problem.file, severity: 'error' })}\n`);
    else out.write(`${problem.field ? `${problem.field}: ` : ''}${problem.message}\n`);
  }
}
