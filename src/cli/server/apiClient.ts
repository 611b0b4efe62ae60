import createClient, { type Client } from 'openapi-fetch';
import { CliError } from '../cliError.js';
import type { Connection } from './connection.js';
import { problemMessage, problemOf, type Problem } from './problemMessage.js';
// The API's types, generated from its OpenAPI document (npm run generate:api); type-only, nothing of the web app runs here.
import type { components, paths } from '../../../web/src/api/openapi.js';

export type Schemas = components['schemas'];

/** What openapi-fetch resolves to: `{ data, response }` for a 2xx, `{ error, response }` otherwise (an empty error body: undefined). */
type FetchResult = { data?: unknown; error?: unknown; response: Response };
/** The 2xx member of an operation's result: its `data` is the operation's answer (undefined for a 204). */
type Success<R> = Extract<R, { data: unknown }>;

const succeeded = <R extends FetchResult>(result: R): result is Success<R> => result.response.ok && result.error === undefined;

/** A call's outcome: the operation's answer, or the problem the server described. */
export type Outcome<R> = { ok: true; data: Success<R>['data'] } | { ok: false; problem: Problem };

const CHUNK = 64 * 1024;

function chunked(bytes: Uint8Array, onProgress: (done: number, total: number) => void): ReadableStream<Uint8Array> {
  let offset = 0;
  onProgress(0, bytes.length);
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      const next = Math.min(offset + CHUNK, bytes.length);
      controller.enqueue(bytes.slice(offset, next));
      offset = next;
      onProgress(offset, bytes.length);
    },
  });
}

/**
 * A file as the raw body of a typed call: openapi-fetch types binary bodies as strings, so the typed
 * body is empty and the serializer sends the bytes, in chunks when `onProgress` follows them.
 */
export function fileBody(bytes: Uint8Array, contentType: string, onProgress?: (done: number, total: number) => void) {
  const headers = { 'content-type': contentType };
  if (!onProgress) return { body: '', bodySerializer: () => bytes, headers };
  // A streamed request body must say it is sent while the answer may already come (fetch's half duplex).
  return { body: '', bodySerializer: () => chunked(bytes, onProgress), headers, duplex: 'half' as const };
}

/** The reason fetch gave for not reaching the server (undici puts the system error in `cause`). */
function unreachable(error: unknown): string {
  if (error instanceof Error && error.cause instanceof Error) return error.cause.message;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The LicenseHub API over global fetch with an API token, typed by the generated OpenAPI paths.
 * A refused call becomes a CliError that prints the server's problem detail as a sentence;
 * `outcome` hands the problem to commands that print a refusal's list themselves.
 */
export class ApiClient {
  private session: Promise<Schemas['Session']> | null = null;
  readonly api: Client<paths>;

  constructor(readonly connection: Connection) {
    this.api = createClient<paths>({ baseUrl: connection.server, headers: { authorization: `Bearer ${connection.token}`, accept: 'application/json' } });
  }

  async outcome<R extends FetchResult>(call: Promise<R>): Promise<Outcome<R>> {
    let result: R;
    try {
      result = await call;
    } catch (error) {
      throw new CliError(`Cannot reach ${this.connection.server}: ${unreachable(error)}`);
    }
    if (succeeded(result)) return { ok: true, data: result.data };
    return { ok: false, problem: problemOf(result.error, result.response) };
  }

  /** The answer of a typed call; a refusal becomes a CliError saying what the server said. */
  async answer<R extends FetchResult>(call: Promise<R>): Promise<Success<R>['data']> {
    const outcome = await this.outcome(call);
    if (!outcome.ok) throw this.refusal(outcome.problem);
    return outcome.data;
  }

  /** The error a refused call ends the command with. */
  refusal(problem: Problem): CliError {
    return new CliError(problemMessage(problem, this.connection.server));
  }

  /** Who the token acts for; the tenant ID is in every Partner Center path. */
  whoAmI() {
    this.session ??= this.answer(this.api.GET('/api/v1/auth/session'));
    return this.session;
  }

  /** The caller's tenant: every Partner Center path names it. */
  async tenantId(): Promise<string> {
    return (await this.whoAmI()).tenant.id;
  }
}
