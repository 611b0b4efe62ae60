import createClient from 'openapi-fetch';
import type { components, operations, paths } from './openapi';

/** The API's named schemas, generated from its OpenAPI document (`npm run generate:api`): `Schemas['Deal']`, `Schemas['Session']`… */
export type Schemas = components['schemas'];
/** The JSON answer of an operation (by its operationId) with the given status, as the server's schema declares it. */
export type OperationAnswer<Id extends keyof operations, Status extends number = 200> = operations[Id]['responses'] extends Record<Status, { content: { 'application/json': infer Body } }> ? Body : never;

/** One field the API rejected, e.g. `{ field: 'usageLocation', message: 'must be an ISO 3166-1 alpha-2 country code' }`. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** RFC 9457 problem details: the body of every error the API returns. */
export interface ProblemDetails {
  type?: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** A failed API call, carrying the problem the server described. */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldProblem[];
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = problem.status;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
    this.problem = problem;
  }
}

type QueryValue = string | number | boolean | undefined | null;

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON unless `contentType` says otherwise. */
  body?: unknown;
  contentType?: string;
  /** Extra request headers, e.g. Idempotency-Key. */
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const CSRF_COOKIE = 'lh_csrf';
const unauthorizedListeners = new Set<() => void>();

/** Called when a signed-in call comes back 401, i.e. the session ended. */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function readCsrfToken(): string | null {
  const entry = document.cookie.split('; ').find((cookie) => cookie.startsWith(`${CSRF_COOKIE}=`));
  return entry ? decodeURIComponent(entry.slice(CSRF_COOKIE.length + 1)) : null;
}

function withQuery(path: string, query: Record<string, QueryValue> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Whatever the server sent as a problem, as one (an error body that is not a problem becomes a generic one). */
function problemOf(body: unknown, response: Response): ProblemDetails {
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Partial<ProblemDetails>;
  if (typeof problem.detail === 'string') return { ...problem, title: problem.title ?? response.statusText, status: response.status, detail: problem.detail };
  return {
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status} ${response.statusText}. Try again in a moment.`,
  };
}

/**
 * The typed API client: paths, parameters, bodies and answers come from the
 * generated OpenAPI types, so a call that does not match the server's
 * contract does not compile. Sends the session cookie and the CSRF header.
 */
export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin', headers: { accept: 'application/json' } });
api.use({
  onRequest({ request }) {
    if (request.method !== 'GET') {
      const csrfToken = readCsrfToken();
      if (csrfToken) request.headers.set('x-csrf-token', csrfToken);
    }
    return request;
  },
  onResponse({ response, schemaPath }) {
    if (response.status === 401 && schemaPath !== '/api/v1/auth/sign-in') unauthorizedListeners.forEach((listener) => listener());
    return undefined;
  },
});

type Answer<D> = { data: D; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

/**
 * The answer of a typed call, or an ApiError with the problem the server described.
 * (openapi-fetch types `data` as possibly undefined for bodiless answers; operations with a 204 discard it.)
 */
export async function answer<D>(call: Promise<Answer<D>>, signal?: AbortSignal): Promise<Exclude<D, undefined>> {
  let result: Answer<D>;
  try {
    result = await call;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ title: 'Network error', status: 0, detail: 'LicenseHub could not be reached. Check your connection and try again.' });
  }
  if (result.error !== undefined || !result.response.ok) throw new ApiError(problemOf(result.error, result.response));
  return result.data as Exclude<D, undefined>;
}

async function readProblem(response: Response): Promise<ProblemDetails> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as Partial<ProblemDetails>;
    if (typeof body.detail === 'string') {
      return { ...body, title: body.title ?? response.statusText, status: response.status, detail: body.detail };
    }
  } catch {
    // not JSON: fall through to a generic problem
  }
  return {
    title: response.statusText || 'Request failed',
    status: response.status,
    detail: `The server answered ${response.status} ${response.statusText}. Try again in a moment.`,
  };
}

/** Calls the LicenseHub API with the session cookie and CSRF header; throws ApiError on any non-2xx answer. */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    body = options.contentType ? (options.body as BodyInit) : JSON.stringify(options.body);
  }
  if (method !== 'GET') {
    const csrfToken = readCsrfToken();
    if (csrfToken) headers['x-csrf-token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError({ title: 'Network error', status: 0, detail: 'LicenseHub could not be reached. Check your connection and try again.' });
  }

  if (!response.ok) {
    const problem = await readProblem(response);
    if (response.status === 401 && path !== '/api/v1/auth/sign-in') unauthorizedListeners.forEach((listener) => listener());
    throw new ApiError(problem);
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

interface UploadOptions {
  contentType: string;
  query?: Record<string, QueryValue>;
  /** The fraction of the file sent so far, 0 to 1. */
  onProgress(fraction: number): void;
}

/**
 * POSTs a file as the raw request body and reports upload progress (fetch
 * cannot), with the same CSRF header and problem handling as apiRequest.
 */
export function uploadWithProgress<T>(path: string, file: Blob, options: UploadOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', withQuery(path, options.query));
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('content-type', options.contentType);
    const csrfToken = readCsrfToken();
    if (csrfToken) request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress(event.loaded / event.total);
    };
    request.onerror = () =>
      reject(new ApiError({ title: 'Network error', status: 0, detail: 'LicenseHub could not be reached. Check your connection and try again.' }));
    request.onload = () => {
      const response = new Response(request.responseText, { status: request.status, statusText: request.statusText });
      if (request.status >= 200 && request.status < 300) {
        options.onProgress(1);
        resolve((request.responseText ? JSON.parse(request.responseText) : undefined) as T);
        return;
      }
      if (request.status === 401) unauthorizedListeners.forEach((listener) => listener());
      readProblem(response).then((problem) => reject(new ApiError(problem)));
    };
    request.send(file);
  });
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface PageQuery {
  limit?: number;
  offset?: number;
}

/** Any failure as an ApiError, so pages show one kind of message. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError({
    title: 'Unexpected error',
    status: 0,
    detail: error instanceof Error ? error.message : 'Something went wrong. Reload the page and try again.',
  });
}
