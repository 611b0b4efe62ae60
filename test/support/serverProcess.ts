import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';
import pg from 'pg';
import { totpCode } from '../../src/identity/totp.js';

/**
 * LicenseHub as operators run it: a separate process started from the
 * sources (`src/main.ts` through tsx), on a port of its own. Tests of what
 * only a process shows — crashes, signals and exit codes, several instances,
 * two processes on one data folder, a folder shared with the CLI, a database
 * started from nothing — use these instead of the in-process app.
 */
export const OPERATOR_PASSWORD = 'operator-password-1';
export const OPERATOR_UPN = 'admin@licensehub.local';

export interface ServerProcess {
  base: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote (logs and errors), for failure messages and for tests that read its log. */
  stderr(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** Resolves with the exit code once the process has ended (at once if it already has). */
  exited(): Promise<number | null>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts one server with the given environment on top of a quiet, demo-free default; `port` to start again where an earlier one ran. */
export async function startServerProcess(env: Record<string, string>, options: { port?: number } = {}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LICENSEHUB_DEMO: '0',
      LICENSEHUB_ADMIN_PASSWORD: OPERATOR_PASSWORD,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    child,
    stderr: () => output,
    stop: (signal = 'SIGTERM') => stopProcess(child, signal),
    exited: () => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : exit),
  };
}

export function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', (code) => {
      clearTimeout(force);
      resolve(code);
    });
    child.kill(signal);
  });
}

/** Waits for /readyz to answer 200; fails early, with its output, if the process exits first. */
export async function waitReady(server: ServerProcess, limitMs = 180_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) assert.fail(`server on port ${server.port} exited with ${server.child.exitCode}:\n${server.stderr()}`);
    try {
      if ((await fetch(`${server.base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`server on port ${server.port} was not ready within ${limitMs} ms:\n${server.stderr()}`);
}

export interface Session {
  cookie: string;
  csrf: string;
}

/** Second factors of accounts that had to enrol, per server address and account: a later sign-in (also after a restart) uses a recovery code, since a TOTP code is accepted only once. */
const recoveryCodes = new Map<string, string[]>();

/**
 * Signs in as a browser would. An account that must use MFA (the operator
 * always) enrols an authenticator at its first sign-in on a fresh database
 * and uses one of its recovery codes afterwards.
 */
export async function signIn(base: string, userPrincipalName = OPERATOR_UPN, password = OPERATOR_PASSWORD): Promise<Session> {
  const post = async (path: string, body: unknown, session?: Session) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('lh_session='));
    const json = (await response.json()) as Record<string, any>;
    return { status: response.status, json, cookie: setCookie ? setCookie.split(';')[0]! : session?.cookie };
  };
  const first = await post('/api/v1/auth/sign-in', { userPrincipalName, password });
  assert.equal(first.status, 200, `sign-in as ${userPrincipalName}: ${JSON.stringify(first.json)}`);
  const session = { cookie: first.cookie!, csrf: first.json.csrfToken as string };
  const key = `${base} ${userPrincipalName.toLowerCase()}`;
  if (first.json.signIn === 'mfaEnrollmentRequired') {
    const started = await post('/api/v1/auth/mfa/enrolment', undefined, session);
    const confirmed = await post('/api/v1/auth/mfa/enrolment/confirm', { code: totpCode(started.json.secret as string, new Date()) }, session);
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.json));
    recoveryCodes.set(key, confirmed.json.recoveryCodes as string[]);
    return { cookie: confirmed.cookie!, csrf: confirmed.json.session.csrfToken as string };
  }
  if (first.json.signIn === 'mfaRequired') {
    const code = recoveryCodes.get(key)?.pop();
    assert.ok(code, `${userPrincipalName} needs a second factor this test did not enrol`);
    const verified = await post('/api/v1/auth/mfa/verify', { recoveryCode: code }, session);
    assert.equal(verified.status, 200, `the MFA registration of ${userPrincipalName} survives: ${JSON.stringify(verified.json)}`);
    return { cookie: verified.cookie!, csrf: verified.json.csrfToken as string };
  }
  return session;
}

/** A request as a signed-in browser would send it (cookie, and the CSRF token on writes). */
export function sessionFetch(base: string, session: Session, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = { cookie: session.cookie, 'x-csrf-token': session.csrf };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

/** A tenant as the operator creates it: the tenant, its first Global admin and their audit events, in one transaction. */
export function createTenantRequest(base: string, session: Session, name: string, adminPassword = 'tenant-password-123'): Promise<Response> {
  return sessionFetch(base, session, '/api/v1/operator/tenants', {
    method: 'POST',
    body: {
      displayName: name,
      primaryDomain: `${name}.example`,
      country: 'NO',
      admin: { userPrincipalName: `admin@${name}.example`, displayName: `Admin of ${name}`, password: adminPassword },
    },
  });
}

/** A throwaway database on the PostgreSQL server of TEST_DATABASE_URL, dropped by `drop()`. */
export async function createEmptyPostgresDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `lh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
