import { DEMO_PASSWORD } from './session.js';
import { currentCode, freshCode, rememberAuthenticator } from './authenticator.js';

/** A problem the API answered, thrown by `ApiClient` on any non-2xx status. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`${what} → ${status} ${JSON.stringify(body)}`);
  }
}

/**
 * The LicenseHub API as one signed-in user, for arranging what a browser test
 * starts from (the UI under test is then exercised in the browser).
 */
export interface ApiClient {
  get<T = any>(path: string): Promise<T>;
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>): Promise<T>;
  patch<T = any>(path: string, body: unknown): Promise<T>;
  put<T = any>(path: string, body: Uint8Array, contentType: string): Promise<T>;
  /** Posts raw bytes, e.g. a package zip. */
  postBytes<T = any>(path: string, body: Uint8Array, contentType: string): Promise<T>;
  delete(path: string): Promise<void>;
  /** The signed-in user's tenant ID. */
  tenantId: string;
  userId: string;
}

export async function signInApi(baseUrl: string, userPrincipalName: string, password = DEMO_PASSWORD): Promise<ApiClient> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ userPrincipalName, password }),
  });
  if (!response.ok) throw new ApiFailure(response.status, await response.text(), `sign in as ${userPrincipalName}`);
  let cookies = cookiesOf(response);
  let session = (await response.json()) as { signIn: string; csrfToken: string; tenant: { id: string }; user: { id: string } };
  // Accounts that must use MFA (the operator): enrol at the first sign-in, then a fresh code each time.
  const step = async (path: string, body?: unknown) => {
    const answer = await fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { cookie: cookies, 'x-csrf-token': session.csrfToken, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    if (!answer.ok) throw new ApiFailure(answer.status, await answer.text(), `${path} as ${userPrincipalName}`);
    if (answer.headers.getSetCookie().length) cookies = cookiesOf(answer);
    return answer.json();
  };
  if (session.signIn === 'mfaEnrollmentRequired') {
    const { secret } = await step('/api/v1/auth/mfa/enrolment');
    const confirmed = await step('/api/v1/auth/mfa/enrolment/confirm', { code: currentCode(secret) });
    rememberAuthenticator(baseUrl, userPrincipalName, secret, confirmed.recoveryCodes);
    session = confirmed.session;
  } else if (session.signIn === 'mfaRequired') {
    session = await step('/api/v1/auth/mfa/verify', { code: await freshCode(baseUrl, userPrincipalName) });
  }

  const call = async <T>(method: string, path: string, body?: BodyInit, contentType?: string, extra: Record<string, string> = {}): Promise<T> => {
    const headers: Record<string, string> = { cookie: cookies, accept: 'application/json', ...extra };
    if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
    if (contentType) headers['content-type'] = contentType;
    const answer = await fetch(`${baseUrl}${path}`, { method, headers, body });
    const text = await answer.text();
    const parsed = text ? JSON.parse(text) : undefined;
    if (!answer.ok) throw new ApiFailure(answer.status, parsed, `${method} ${path}`);
    return parsed as T;
  };
  const json = (value: unknown) => (value === undefined ? undefined : JSON.stringify(value));

  return {
    tenantId: session.tenant.id,
    userId: session.user.id,
    get: (path) => call('GET', path),
    post: (path, body, headers) => call('POST', path, json(body), body === undefined ? undefined : 'application/json', headers),
    patch: (path, body) => call('PATCH', path, json(body), 'application/json'),
    put: (path, body, contentType) => call('PUT', path, body as BodyInit, contentType),
    postBytes: (path, body, contentType) => call('POST', path, body as BodyInit, contentType),
    delete: (path) => call('DELETE', path),
  };
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .join('; ');
}
