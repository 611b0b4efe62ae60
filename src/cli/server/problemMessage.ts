import type { components } from '../../../web/src/api/openapi.js';
import { isRecord } from '../jsonShape.js';

/** RFC 9457 problem details, as the API's OpenAPI document declares every refusal. */
export type Problem = components['schemas']['Problem'];


const isFieldProblem = (value: unknown): value is { field: string; message: string } =>
  isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';

/** What the server sent for a refused call, as a problem; a body that is not one (a proxy's error page) becomes a generic one. */
export function problemOf(body: unknown, response: Response): Problem {
  if (isRecord(body) && typeof body.detail === 'string') {
    const errors = Array.isArray(body.errors) ? body.errors.filter(isFieldProblem) : undefined;
    return {
      ...body,
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: typeof body.title === 'string' ? body.title : response.statusText,
      status: response.status,
      detail: body.detail,
      ...(errors ? { errors } : {}),
    };
  }
  const reason = response.statusText ? ` ${response.statusText}` : '';
  return { type: 'about:blank', title: response.statusText, status: response.status, detail: `The server answered HTTP ${response.status}${reason} without saying why` };
}

/**
 * The server's detail as a sentence: a capital letter when it starts with a plain word (a field
 * path such as `offerKey:` keeps its case) and a full stop when it has none.
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  const capitalized = /^[a-z]+\s/.test(trimmed) ? `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}` : trimmed;
  return /[.!?]["'”)\]]?$/.test(capitalized) ? capitalized : `${capitalized}.`;
}

/** What the CLI prints after "error: " for a refused call: the problem's detail, and for a refused token what to do. */
export function problemMessage(problem: Problem, server: string): string {
  const detail = asSentence(problem.detail);
  if (problem.status === 401) return `${server} refused the API token: ${detail} Run "licensehub login" with a valid token.`;
  return detail;
}
