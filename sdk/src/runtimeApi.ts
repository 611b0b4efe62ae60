import { LicenseHubError, type ProblemDetails } from './errors.js';

/**
 * One POST to the runtime API. Separates the two kinds of failure callers
 * treat differently: the server being unavailable (unreachable, too slow, 5xx
 * or 429 — the caller falls back to its cache or policy) and the server
 * refusing the request (other 4xx — thrown as LicenseHubError).
 */
export type ApiOutcome = { ok: true; body: unknown } | { ok: false; unavailable: string };

export interface RuntimeApiConnection {
  baseUrl: string;
  runtimeKey: string;
  timeoutMs: number;
  fetch: typeof fetch;
}

export async function postRuntimeApi(connection: RuntimeApiConnection, path: string, body: unknown): Promise<ApiOutcome> {
  let status: number;
  let text: string;
  try {
    const response = await connection.fetch(`${connection.baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${connection.runtimeKey}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(connection.timeoutMs),
    });
    status = response.status;
    text = await response.text();
  } catch (error) {
    return { ok: false, unavailable: describeFailure(error, connection.timeoutMs) };
  }
  if (status >= 500 || status === 429) return { ok: false, unavailable: `LicenseHub answered ${status}` };
  if (status >= 400) throw new LicenseHubError(parseProblem(text, status));
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, unavailable: `LicenseHub answered ${status} with a body that is not JSON` };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return `no answer within ${timeoutMs} ms`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const message = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return `LicenseHub could not be reached (${message})`;
}

function parseProblem(text: string, status: number): ProblemDetails {
  try {
    const body = JSON.parse(text) as Partial<ProblemDetails>;
    if (body && typeof body === 'object' && typeof body.detail === 'string') {
      return { ...body, type: body.type ?? 'about:blank', title: body.title ?? `HTTP ${status}`, status, detail: body.detail };
    }
  } catch {
    // Not a problem document (a proxy's error page): describe the status instead.
  }
  return { type: 'about:blank', title: `HTTP ${status}`, status, detail: text.slice(0, 200) || `LicenseHub answered ${status}` };
}
