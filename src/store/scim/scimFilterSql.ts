import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { CompValue, FilterNode } from '../../domain/scim/filter.js';
import { scimInvalid } from '../../domain/scim/errors.js';
import { SCHEMA } from '../../domain/scim/schemas.js';

/**
 * A parsed SCIM filter as a SQL condition, over the attributes a resource
 * can be filtered on. Values are always bound parameters, never spliced:
 * a filter can ask only what the attribute table lets it ask.
 */
type Column =
  | { kind: 'text'; sql: RawBuilder<unknown>; caseExact: boolean }
  | { kind: 'uuid'; sql: RawBuilder<unknown> }
  | { kind: 'boolean'; sql: RawBuilder<unknown> }
  | { kind: 'date'; sql: RawBuilder<unknown> };

export interface FilterAttributes {
  columns: Record<string, Column>;
  /** valuePath / dotted sub-attribute of a multi-valued attribute: `members[value eq "…"]`, `emails.value eq "…"`. */
  multiValued: Record<string, (sub: string, node: FilterNode, build: (n: FilterNode, cols: Record<string, Column>) => RawBuilder<SqlBool>) => RawBuilder<SqlBool>>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);
const FALSE = sql<SqlBool>`false`;

function normalizePath(path: string): string {
  const lower = path.toLowerCase();
  for (const urn of [SCHEMA.user, SCHEMA.group]) if (lower.startsWith(`${urn.toLowerCase()}:`)) return path.slice(urn.length + 1);
  return path;
}

function compare(column: Column, op: string, value: CompValue, path: string): RawBuilder<SqlBool> {
  if (value === null) {
    if (op === 'eq') return sql<SqlBool>`${column.sql} is null`;
    if (op === 'ne') return sql<SqlBool>`${column.sql} is not null`;
    throw scimInvalid('invalidFilter', `${path} ${op} null: only eq and ne compare with null`);
  }
  if (column.kind === 'boolean') {
    if (typeof value !== 'boolean') throw scimInvalid('invalidFilter', `${path} is true or false; compare it with true or false`);
    if (op === 'eq') return sql<SqlBool>`${column.sql} = ${value}`;
    if (op === 'ne') return sql<SqlBool>`${column.sql} <> ${value}`;
    throw scimInvalid('invalidFilter', `${path} is a boolean: only eq and ne apply`);
  }
  if (typeof value !== 'string') throw scimInvalid('invalidFilter', `${path} is compared with a "string"`);
  if (column.kind === 'uuid') {
    // Ids are GUIDs: any other value matches nothing (and never reaches the database as a malformed uuid).
    if (op === 'eq') return UUID.test(value) ? sql<SqlBool>`${column.sql} = ${value.toLowerCase()}::uuid` : FALSE;
    if (op === 'ne') return UUID.test(value) ? sql<SqlBool>`${column.sql} <> ${value.toLowerCase()}::uuid` : sql<SqlBool>`true`;
    throw scimInvalid('invalidFilter', `${path} is an id: only eq and ne apply`);
  }
  if (column.kind === 'date') {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) throw scimInvalid('invalidFilter', `${path} is compared with a date-time such as "2026-01-31T12:00:00Z"`);
    const operator = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[op];
    if (!operator) throw scimInvalid('invalidFilter', `${path} is a date-time: use eq, ne, gt, ge, lt or le`);
    return sql<SqlBool>`${column.sql} ${sql.raw(operator)} ${date}`;
  }
  const target = column.caseExact ? column.sql : sql`lower(${column.sql})`;
  const v = column.caseExact ? value : value.toLowerCase();
  switch (op) {
    case 'eq':
      return sql<SqlBool>`${target} = ${v}`;
    case 'ne':
      return sql<SqlBool>`(${target} is null or ${target} <> ${v})`;
    case 'co':
      return sql<SqlBool>`${target} like ${`%${escapeLike(v)}%`}`;
    case 'sw':
      return sql<SqlBool>`${target} like ${`${escapeLike(v)}%`}`;
    case 'ew':
      return sql<SqlBool>`${target} like ${`%${escapeLike(v)}`}`;
    default: {
      const operator = { gt: '>', ge: '>=', lt: '<', le: '<=' }[op]!;
      return sql<SqlBool>`${target} ${sql.raw(operator)} ${v}`;
    }
  }
}

export function filterToSql(node: FilterNode, attributes: FilterAttributes): RawBuilder<SqlBool> {
  const build = (n: FilterNode, columns: Record<string, Column>): RawBuilder<SqlBool> => {
    switch (n.kind) {
      case 'and':
        return sql<SqlBool>`(${build(n.left, columns)} and ${build(n.right, columns)})`;
      case 'or':
        return sql<SqlBool>`(${build(n.left, columns)} or ${build(n.right, columns)})`;
      case 'not':
        return sql<SqlBool>`(not coalesce(${build(n.filter, columns)}, false))`;
      case 'valuePath': {
        const multi = lookup(attributes.multiValued, normalizePath(n.path));
        if (!multi) throw scimInvalid('invalidFilter', `${n.path}[…] is not supported; filter on ${Object.keys(attributes.multiValued).join(', ') || 'no multi-valued attribute'} that way`);
        return multi('', n.filter, build);
      }
      case 'present':
      case 'compare': {
        const path = normalizePath(n.path);
        const column = lookup(columns, path);
        if (column) {
          if (n.kind === 'present') return column.kind === 'text' ? sql<SqlBool>`coalesce(${column.sql}, '') <> ''` : sql<SqlBool>`${column.sql} is not null`;
          return compare(column, n.op, n.value, n.path);
        }
        const dot = path.lastIndexOf('.');
        const multi = dot > 0 ? lookup(attributes.multiValued, path.slice(0, dot)) : undefined;
        if (multi) return multi(path.slice(dot + 1), n, build);
        throw scimInvalid('invalidFilter', `Filtering on "${n.path}" is not supported; filter on ${[...Object.keys(columns), ...Object.keys(attributes.multiValued)].join(', ')}`);
      }
    }
  };
  return build(node, attributes.columns);
}

function lookup<T>(table: Record<string, T>, name: string): T | undefined {
  const key = Object.keys(table).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : table[key];
}

/** Builds the columns object of a filter's inner part (e.g. members' `value`, emails' `value`/`type`). */
export const column = {
  text: (expression: RawBuilder<unknown>, caseExact = false): Column => ({ kind: 'text', sql: expression, caseExact }),
  uuid: (expression: RawBuilder<unknown>): Column => ({ kind: 'uuid', sql: expression }),
  boolean: (expression: RawBuilder<unknown>): Column => ({ kind: 'boolean', sql: expression }),
  date: (expression: RawBuilder<unknown>): Column => ({ kind: 'date', sql: expression }),
};

/** A sub-attribute filter (`emails.value eq "x"`) as the valuePath `emails[value eq "x"]`. */
export function asInner(sub: string, node: FilterNode): FilterNode {
  if (!sub) return node;
  if (node.kind === 'compare') return { ...node, path: sub };
  if (node.kind === 'present') return { ...node, path: sub };
  return node;
}
