/**
 * SCIM filters (RFC 7644 §3.4.2.2), parsed into a small tree the store turns
 * into SQL over the attributes it supports. Pure: no I/O.
 *
 *   FILTER    = attrExp / logExp / valuePath / *1"not" "(" FILTER ")"
 *   valuePath = attrPath "[" valFilter "]"
 *   attrExp   = (attrPath SP "pr") / (attrPath SP compareOp SP compValue)
 *   compValue = false / null / true / number / string
 *
 * A filter that does not parse throws ScimFilterError with what was expected
 * and where; the HTTP edge answers it as 400 scimType invalidFilter.
 */

export type CompareOp = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type CompValue = string | number | boolean | null;

export type FilterNode =
  | { kind: 'compare'; path: string; op: CompareOp; value: CompValue }
  | { kind: 'present'; path: string }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; filter: FilterNode }
  /** `members[value eq "…"]`: the inner filter's paths are relative to `path`. */
  | { kind: 'valuePath'; path: string; filter: FilterNode };

export class ScimFilterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScimFilterError';
  }
}

const COMPARE_OPS = new Set<CompareOp>(['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le']);
/** A filter longer than this is not something a provisioning client sends. */
export const FILTER_MAX_LENGTH = 2000;
const MAX_DEPTH = 20;

type Token =
  | { t: 'word'; v: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'number'; v: number; at: number }
  | { t: '(' | ')' | '[' | ']'; at: number };

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === '[' || c === ']') {
      tokens.push({ t: c, at: i });
      i++;
      continue;
    }
    if (c === '"') {
      // A JSON string: escapes as JSON has them.
      let j = i + 1;
      while (j < input.length && input[j] !== '"') j += input[j] === '\\' ? 2 : 1;
      if (j >= input.length) throw new ScimFilterError(`The string starting at position ${i + 1} is not closed with a double quote`);
      let value: string;
      try {
        value = JSON.parse(input.slice(i, j + 1)) as string;
      } catch {
        throw new ScimFilterError(`The string starting at position ${i + 1} has an invalid escape`);
      }
      tokens.push({ t: 'string', v: value, at: i });
      i = j + 1;
      continue;
    }
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(input.slice(i));
    if (number && (c === '-' || /\d/.test(c))) {
      tokens.push({ t: 'number', v: Number(number[0]), at: i });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z][A-Za-z0-9_:.$-]*/.exec(input.slice(i));
    if (!word) throw new ScimFilterError(`Unexpected character "${c}" at position ${i + 1}`);
    tokens.push({ t: 'word', v: word[0], at: i });
    i += word[0].length;
  }
  return tokens;
}

export function parseFilter(input: string): FilterNode {
  if (input.length > FILTER_MAX_LENGTH) throw new ScimFilterError(`The filter is longer than ${FILTER_MAX_LENGTH} characters`);
  if (!input.trim()) throw new ScimFilterError('The filter is empty');
  const tokens = tokenize(input);
  let pos = 0;
  const peek = () => tokens[pos];
  const where = () => (peek() ? `at position ${peek()!.at + 1}` : 'at the end');
  const isWord = (token: Token | undefined, word: string): boolean => token?.t === 'word' && token.v.toLowerCase() === word;

  function expect(t: '(' | ')' | '[' | ']') {
    if (peek()?.t !== t) throw new ScimFilterError(`Expected "${t}" ${where()}`);
    pos++;
  }

  function parseOr(depth: number): FilterNode {
    let left = parseAnd(depth);
    while (isWord(peek(), 'or')) {
      pos++;
      left = { kind: 'or', left, right: parseAnd(depth) };
    }
    return left;
  }

  function parseAnd(depth: number): FilterNode {
    let left = parseUnary(depth);
    while (isWord(peek(), 'and')) {
      pos++;
      left = { kind: 'and', left, right: parseUnary(depth) };
    }
    return left;
  }

  function parseUnary(depth: number): FilterNode {
    if (depth > MAX_DEPTH) throw new ScimFilterError(`The filter nests more than ${MAX_DEPTH} levels deep`);
    const token = peek();
    if (isWord(token, 'not')) {
      pos++;
      expect('(');
      const filter = parseOr(depth + 1);
      expect(')');
      return { kind: 'not', filter };
    }
    if (token?.t === '(') {
      pos++;
      const filter = parseOr(depth + 1);
      expect(')');
      return filter;
    }
    if (token?.t !== 'word') throw new ScimFilterError(`Expected an attribute name ${where()}`);
    pos++;
    const path = token.v;
    if (peek()?.t === '[') {
      pos++;
      const inner = parseOr(depth + 1);
      expect(']');
      return { kind: 'valuePath', path, filter: inner };
    }
    const opToken = peek();
    if (opToken?.t !== 'word') throw new ScimFilterError(`Expected an operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr) after "${path}" ${where()}`);
    const op = opToken.v.toLowerCase();
    pos++;
    if (op === 'pr') return { kind: 'present', path };
    if (!COMPARE_OPS.has(op as CompareOp)) throw new ScimFilterError(`"${opToken.v}" is not a SCIM operator (eq, ne, co, sw, ew, gt, ge, lt, le, pr)`);
    const valueToken = peek();
    let value: CompValue;
    if (valueToken?.t === 'string' || valueToken?.t === 'number') value = valueToken.v;
    else if (isWord(valueToken, 'true')) value = true;
    else if (isWord(valueToken, 'false')) value = false;
    else if (isWord(valueToken, 'null')) value = null;
    else throw new ScimFilterError(`Expected a value (a "string", a number, true, false or null) after "${path} ${op}" ${where()}`);
    pos++;
    return { kind: 'compare', path, op: op as CompareOp, value };
  }

  const tree = parseOr(0);
  if (pos < tokens.length) throw new ScimFilterError(`Unexpected "${describe(tokens[pos]!)}" at position ${tokens[pos]!.at + 1}`);
  return tree;
}

function describe(token: Token): string {
  return 'v' in token ? String(token.v) : token.t;
}
