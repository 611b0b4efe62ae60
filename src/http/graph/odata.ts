import { DomainError } from '../../domain/problems.js';

/**
 * The OData query options LicenseHub's Graph-compatible API honours, parsed
 * as Microsoft Graph reads them: `$select`, `$top`, `$skiptoken` (from an
 * `@odata.nextLink`), `$count` (with `ConsistencyLevel: eventual`) and, on
 * /users, a `$filter` of the clauses license scripts use:
 *
 *   assignedLicenses/any(x:x/skuId eq <GUID>)
 *   userPrincipalName eq '<name>'
 *   accountEnabled eq true|false
 *
 * joined with `and`. Anything else gets Graph's own 400 (`Request_UnsupportedQuery`),
 * never a silently ignored clause.
 */

export type UserFilter =
  | { kind: 'assignedSku'; skuId: string }
  | { kind: 'userPrincipalName'; value: string }
  | { kind: 'accountEnabled'; value: boolean };

export interface CollectionQuery {
  select: string[] | null;
  top: number;
  /** Opaque position from an earlier page's @odata.nextLink. */
  skiptoken: string | null;
  count: boolean;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class ODataQueryError extends DomainError {
  constructor(message: string, code = 'Request_UnsupportedQuery') {
    super(400, 'Invalid request', message, { graphCode: code });
  }
}

/** The common options of a collection: `$top` between 1 and `maxTop` (Graph's 999 for users), `$count` only with ConsistencyLevel eventual. */
export function collectionQuery(query: Record<string, unknown>, headers: Record<string, unknown>, options: { defaultTop: number; maxTop: number; properties: readonly string[] }): CollectionQuery {
  const text = (name: string) => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw new ODataQueryError(`Query option '${name}' was specified more than once; it must be specified at most once.`, 'Request_BadRequest');
    return value;
  };
  const rawTop = text('$top');
  let top = options.defaultTop;
  if (rawTop !== undefined) {
    top = Number(rawTop);
    if (!/^\d+$/.test(rawTop) || top < 1 || top > options.maxTop) {
      throw new ODataQueryError(`Invalid page size specified: '${rawTop}'. Must be between 1 and ${options.maxTop} inclusive.`, 'Request_BadRequest');
    }
  }
  const rawSelect = text('$select');
  let select: string[] | null = null;
  if (rawSelect !== undefined) {
    select = rawSelect.split(',').map((p) => p.trim()).filter(Boolean);
    const unknown = select.find((p) => !options.properties.includes(p));
    if (unknown) throw new ODataQueryError(`Could not find a property named '${unknown}' on this resource; it has ${options.properties.join(', ')}.`, 'Request_BadRequest');
  }
  const rawCount = text('$count');
  if (rawCount !== undefined && rawCount !== 'true' && rawCount !== 'false') throw new ODataQueryError(`$count must be true or false, not '${rawCount}'.`, 'Request_BadRequest');
  const count = rawCount === 'true';
  if (count && String(headers['consistencylevel'] ?? '').toLowerCase() !== 'eventual') {
    throw new ODataQueryError('$count needs the request header ConsistencyLevel: eventual (as in Microsoft Graph advanced queries).', 'Request_BadRequest');
  }
  return { select, top, skiptoken: text('$skiptoken') ?? null, count };
}

/** `$filter` for /users, as clauses joined with `and`. */
export function parseUserFilter(raw: unknown): UserFilter[] {
  if (raw === undefined) return [];
  if (typeof raw !== 'string' || raw.trim() === '') throw new ODataQueryError('The $filter is empty.');
  const clauses = splitAnd(raw.trim());
  return clauses.map(parseClause);
}

/** A filter longer than this is refused before it is read (Graph scripts send a few clauses). */
const MAX_FILTER = 2_000;
const AND = /\s+and\s+/iy;

/** Splits on ` and ` outside string literals and parentheses, in one pass. */
function splitAnd(filter: string): string[] {
  if (filter.length > MAX_FILTER) throw new ODataQueryError(`The $filter is ${filter.length} characters long; at most ${MAX_FILTER} are accepted.`);
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < filter.length; i++) {
    const c = filter[i];
    if (c === "'") {
      if (quoted && filter[i + 1] === "'") i++; // '' is a quote inside a string literal
      else quoted = !quoted;
    } else if (quoted) continue;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && (c === ' ' || c === '\t')) {
      AND.lastIndex = i;
      const match = AND.exec(filter);
      if (match) {
        parts.push(filter.slice(start, i));
        start = i + match[0].length;
        i = start - 1;
      }
    }
  }
  if (quoted || depth !== 0) throw new ODataQueryError(`Invalid filter clause: unbalanced ${quoted ? 'quote' : 'parenthesis'} in '${filter}'.`);
  parts.push(filter.slice(start));
  return parts.map((p) => p.trim());
}

function parseClause(clause: string): UserFilter {
  const any = /^assignedLicenses\/any\(\s*(\w+)\s*:\s*(\w+)\/skuId\s+eq\s+'?([0-9a-fA-F-]{36})'?\s*\)$/.exec(clause);
  if (any) {
    if (any[1] !== any[2]) throw new ODataQueryError(`Invalid filter clause: the lambda variable '${any[2]}' is not '${any[1]}'.`);
    if (!GUID.test(any[3]!)) throw new ODataQueryError(`Invalid filter clause: '${any[3]}' is not a GUID.`);
    return { kind: 'assignedSku', skuId: any[3]!.toLowerCase() };
  }
  const upn = /^userPrincipalName\s+eq\s+'((?:[^']|'')*)'$/.exec(clause);
  if (upn) return { kind: 'userPrincipalName', value: upn[1]!.replace(/''/g, "'") };
  const enabled = /^accountEnabled\s+eq\s+(true|false)$/i.exec(clause);
  if (enabled) return { kind: 'accountEnabled', value: enabled[1]!.toLowerCase() === 'true' };
  throw new ODataQueryError(
    `Unsupported or invalid filter clause '${clause}'. Supported: assignedLicenses/any(x:x/skuId eq <GUID>), userPrincipalName eq '<name>', accountEnabled eq true|false, joined with and.`,
  );
}

/** Keeps only the selected properties (Graph always returns id). */
export function selectProperties<T extends Record<string, unknown>>(object: T, select: string[] | null): Partial<T> {
  if (!select) return object;
  const picked: Record<string, unknown> = { id: object.id };
  for (const property of select) picked[property] = object[property];
  return picked as Partial<T>;
}

/** $skiptoken values are opaque to clients: base64url JSON of where the next page starts. */
export function encodeSkiptoken(position: unknown): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeSkiptoken<T>(token: string | null, valid: (value: unknown) => value is T): T | null {
  if (token === null) return null;
  try {
    const value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (valid(value)) return value;
  } catch {
    // fall through
  }
  throw new ODataQueryError('The $skiptoken is not one this API issued; follow @odata.nextLink as given.', 'Request_BadRequest');
}
