import createClient from 'openapi-fetch';
import type { components, operations, paths } from './openapi';
import { takePrefetched } from '../boot/prefetch';
import { isRecord } from './jsonShape';
import { humanizeProblem } from './problemText';

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

/**
 * A failed API call: the problem the server described, in words for people (problemText.ts turns
 * field paths, reason phrases and standards' names into sentences); the server's own text stays in `problem`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldProblem[];
  readonly problem: ProblemDetails;

  constructor(problem: ProblemDetails) {
    const human = humanizeProblem(problem);
    super(human.detail);
    this.name = 'ApiError';
    this.status = human.status;
    this.title = human.title;
    this.detail = human.detail;
    this.fieldErrors = human.errors ?? [];
    this.problem = problem;
  }
}

/** The query parameters an operation takes. */
export type OperationQuery<Id extends keyof operations> = NonNullable<operations[Id]['parameters']['query']>;
/** The JSON body an operation takes. */
export type OperationBody<Id extends keyof operations> = operations[Id]['requestBody'] extends { content: { 'application/json': infer Body } } | undefined ? Body : never;

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

const isFieldProblem = (value: unknown): value is FieldProblem => isRecord(value) && typeof value.field === 'string' && typeof value.message === 'string';

/** Whatever the server sent as a problem, as one (an error body that is not a problem becomes a generic one). */
function problemOf(body: unknown, response: Response): ProblemDetails {
  if (isRecord(body) && typeof body.detail === 'string') {
    const errors = Array.isArray(body.errors) ? body.errors.filter(isFieldProblem) : undefined;
    return { ...body, title: typeof body.title === 'string' ? body.title : response.statusText, status: response.status, detail: body.detail, ...(errors ? { errors } : {}) };
  }
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
export const api = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  headers: { accept: 'application/json' },
  // A GET that web/src/boot/early.ts started before this code loaded is answered from there.
  fetch: (request: Request, init?: RequestInit) => (request.method === 'GET' && takePrefetched(request.url)) || fetch(request, init),
});
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

/**
 * A file as the raw body of a typed call: openapi-fetch types binary request bodies as strings, so
 * the (unused) typed body is empty and the serializer sends the file itself, with its own type.
 */
export const fileBody = (file: Blob) => ({ body: '', bodySerializer: () => file, headers: { 'content-type': file.type || 'application/octet-stream' } });

/** What openapi-fetch resolves to: `{ data, response }` for a 2xx, `{ error, response }` otherwise (an empty error body: undefined). */
type FetchResult = { data?: unknown; error?: unknown; response: Response };
/** The 2xx member of an operation's result: its `data` is the operation's answer (undefined for a 204). */
type Success<R> = Extract<R, { data: unknown }>;

const succeeded = <R extends FetchResult>(result: R): result is Success<R> => result.response.ok && result.error === undefined;

/** The answer of a typed call (undefined for a 204), or an ApiError with the problem the server described. */
export async function answer<R extends FetchResult>(call: Promise<R>, signal?: AbortSignal): Promise<Success<R>['data']> {
  let result: R;
  try {
    result = await call;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError({ title: 'Network error', status: 0, detail: 'LicenseHub could not be reached. Check your connection and try again.' });
  }
  if (!succeeded(result)) throw new ApiError(problemOf(result.error, result.response));
  return result.data;
}

/**
 * The fetch of one typed call that sends the body with XMLHttpRequest, the one browser API that
 * reports upload progress: the typed client still builds the request (path, query, CSRF header) and
 * reads the answer as for any call. `onProgress` gets the fraction sent, 0 to 1.
 */
export function fetchWithUploadProgress(onProgress: (fraction: number) => void): (request: Request) => Promise<Response> {
  return async (request) => {
    const body = await request.blob();
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) onProgress(event.loaded / event.total);
      };
      xhr.onerror = () => reject(new TypeError('The upload could not reach the server'));
      xhr.onload = () => {
        if (xhr.status >= 200 && xhr.status < 300) onProgress(1);
        const contentType = xhr.getResponseHeader('content-type');
        resolve(
          new Response(xhr.status === 204 ? null : xhr.responseText, {
            status: xhr.status,
            statusText: xhr.statusText,
            headers: contentType ? { 'content-type': contentType } : {},
          }),
        );
      };
      xhr.send(body);
    });
  };
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
