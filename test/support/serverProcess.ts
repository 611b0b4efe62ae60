import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';
import pg from 'pg';

/**
 * LicenseHub as operators run it: a separate process started from the
 * sources (`src/main.ts` through tsx), on a port of its own. Tests that need
 * several instances, a data folder shared with the CLI or a database started
 * from nothing use these instead of the in-process app.
 */
export const OPERATOR_PASSWORD = 'operator-password-1';

export interface ServerProcess {
  base: string;
  port: number;
  child: ChildProcess;
  /** What the process wrote to stderr (its warnings and errors), for failure messages. */
  stderr(): string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
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

/** Starts one server with the given environment on top of a quiet, demo-free default. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
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
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    child,
    stderr: () => stderr,
    stop: (signal = 'SIGTERM') => stopProcess(child, signal),
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

/** Waits for /readyz to answer 200; fails early, with its stderr, if the process exits first. */
export async function waitReady(server: ServerProcess, limitMs = 120_000): Promise<void> {
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

export async function signIn(base: string, userPrincipalName = 'admin@licensehub.local', password = OPERATOR_PASSWORD): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName, password }),
  });
  assert.equal(response.status, 200, `sign-in as ${userPrincipalName}: ${await response.clone().text()}`);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('lh_session='))!.split(';')[0]!;
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
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
export function createTenantRequest(base: string, session: Session, name: string): Promise<Response> {
  return sessionFetch(base, session, '/api/v1/operator/tenants', {
    method: 'POST',
    body: {
      displayName: name,
      primaryDomain: `${name}.example`,
      country: 'NO',
      admin: { userPrincipalName: `admin@${name}.example`, displayName: `Admin of ${name}`, password: 'tenant-password-123' },
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
