import createClient, { type Client } from 'openapi-fetch';
import { CliError } from '../cliError.js';
import type { Connection } from './connection.js';
// The API's types, generated from its OpenAPI document (npm run generate:api); type-only, nothing of the web app runs here.
import type { components, paths } from '../../../web/src/api/openapi.js';

export type Schemas = components['schemas'];
type Answer<D> = { data: D; error?: never; response: Response } | { data?: never; error: unknown; response: Response };

/**
 * The LicenseHub API over global fetch with an API token. Failures become
 * CliErrors that say what the server said (its problem detail and each
 * field error); statuses a command handles itself are passed in `accept`.
 */

export interface ApiResponse<T = any> {
  status: number;
  body: T;
}

export interface CallOptions {
  json?: unknown;
  /** A raw body (a package zip), sent in chunks so onProgress can follow it. */
  upload?: { bytes: Uint8Array; contentType: string; onProgress?: (done: number, total: number) => void };
  /** Error statuses the caller handles (e.g. 422 to print a problem list). */
  accept?: number[];
}

const CHUNK = 64 * 1024;

function chunked(bytes: Uint8Array, onProgress?: (done: number, total: number) => void): ReadableStream<Uint8Array> {
  let offset = 0;
  onProgress?.(0, bytes.length);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      const next = Math.min(offset + CHUNK, bytes.length);
      controller.enqueue(bytes.slice(offset, next));
      offset = next;
      onProgress?.(offset, bytes.length);
    },
  });
}

export class ApiClient {
  private session: Promise<Schemas['Session']> | null = null;
  /** The typed client: paths, parameters, bodies and answers as the server's OpenAPI document declares them. */
  readonly api: Client<paths>;

  constructor(readonly connection: Connection) {
    this.api = createClient<paths>({ baseUrl: connection.server, headers: { authorization: `Bearer ${connection.token}`, accept: 'application/json' } });
  }

  /** The answer of a typed call; a failure becomes a CliError saying what the server said. */
  async answer<D>(call: Promise<Answer<D>>): Promise<Exclude<D, undefined>> {
    let result: Answer<D>;
    try {
      result = await call;
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new CliError(`Cannot reach ${this.connection.server}: ${cause}`);
    }
    if (result.error !== undefined || !result.response.ok) throw new CliError(describeFailure(result.response.status, result.error, this.connection.server));
    return result.data as Exclude<D, undefined>;
  }

  /** The caller's tenant: every Partner Center path names it. */
  async tenantId(): Promise<string> {
    return (await this.whoAmI()).tenant.id;
  }

  async call<T = any>(method: string, path: string, options: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.connection.token}`, accept: 'application/json' };
    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    } else if (options.upload) {
      headers['content-type'] = options.upload.contentType;
      body = chunked(options.upload.bytes, options.upload.onProgress);
    }
    let response: Response;
    try {
      response = await fetch(`${this.connection.server}${path}`, { method, headers, ...(body !== undefined ? { body } : {}), ...(options.upload ? { duplex: 'half' } : {}) } as RequestInit);
    } catch (error) {
      const cause = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
      throw new CliError(`Cannot reach ${this.connection.server}: ${cause}`);
    }
    const text = await response.text();
    const parsed = text ? safeJson(text) : null;
    if (response.ok || options.accept?.includes(response.status)) return { status: response.status, body: parsed as T };
    throw new CliError(describeFailure(response.status, parsed, this.connection.server));
  }

  /** Who the token acts for; the tenant ID is in every Partner Center path. */
  whoAmI() {
    this.session ??= this.answer(this.api.GET('/api/v1/auth/session'));
    return this.session;
  }

  async partnerPath(rest = ''): Promise<string> {
    const { tenant } = await this.whoAmI();
    return `/api/v1/tenants/${tenant.id}/partner${rest}`;
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return { detail: text.slice(0, 500) };
  }
}

function describeFailure(status: number, body: unknown, server: string): string {
  const problem = (body ?? {}) as { detail?: string; errors?: { field: string; message: string }[] };
  const detail = problem.detail ?? `HTTP ${status}`;
  if (status === 401) return `${server} refused the API token: ${detail}. Run "licensehub login" with a valid token`;
  const fields = problem.errors?.length ? `\n${problem.errors.map((e) => `  ${e.field}: ${e.message}`).join('\n')}` : '';
  return problem.errors?.length ? `${status === 400 ? 'Invalid request' : detail}${fields}` : detail;
}
