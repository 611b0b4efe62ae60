import type { FastifyRequest } from 'fastify';
import { NUL_PROBLEM, hasNul } from '../../domain/text.js';
import type { FieldProblem } from '../../domain/problems.js';

/**
 * Every field of a request that holds a NUL character (U+0000), named as the
 * validation problems name fields ("displayName", "query parameter q", "path
 * parameter slug"). PostgreSQL refuses NUL in text, so such input is turned
 * away before any route sees it; file uploads (Buffers) are bytes, not text,
 * and are checked by their own readers.
 */
export function nulFields(request: FastifyRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  walk(request.params, 'path parameter ', problems);
  walk(request.query, 'query parameter ', problems);
  walk(request.body, '', problems);
  return problems;
}

const MAX_PROBLEMS = 20;

function walk(value: unknown, path: string, problems: FieldProblem[]): void {
  if (problems.length >= MAX_PROBLEMS || value === null || value === undefined) return;
  if (typeof value === 'string') {
    if (hasNul(value)) problems.push({ field: fieldName(path), message: NUL_PROBLEM });
    return;
  }
  if (typeof value !== 'object' || Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return;
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value);
  for (const [key, item] of entries) {
    if (hasNul(key)) {
      problems.push({ field: fieldName(path), message: `has a field name that ${NUL_PROBLEM.replace('must not contain', 'contains')}; field names must not contain it` });
      continue;
    }
    walk(item, path === '' || path.endsWith(' ') ? `${path}${key}` : `${path}.${key}`, problems);
  }
}

const fieldName = (path: string) => (path === '' ? '(body)' : path.endsWith(' ') ? path.trim() : path);
