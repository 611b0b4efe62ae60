import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import assert from 'node:assert/strict';

/**
 * The real server as operators run it (`src/main.ts` in its own process), for
 * tests of what only a process shows: crashes, signals, exit codes, two
 * processes on one data folder.
 */
export const PROCESS_OPERATOR_PASSWORD = 'operator-password-1';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  child: ChildProcess;
  base: string;
  /** Everything the process wrote (logs and errors) so far. */
  stderr(): string;
  exited(): Promise<number | null>;
}

export function startServerProcess(port: number, env: Record<string, string>): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LICENSEHUB_DEMO: '0', LICENSEHUB_ADMIN_PASSWORD: PROCESS_OPERATOR_PASSWORD, LOG_LEVEL: process.env.SERVER_LOG_LEVEL ?? 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // Logs go to stdout: kept with stderr, so a failing test can show what the server said.
  child.stdout!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, base: `http://127.0.0.1:${port}`, stderr: () => stderr, exited: () => (child.exitCode !== null || child.signalCode !== null ? Promise.resolve(child.exitCode) : exit) };
}

export async function waitReady(base: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${base} did not become ready within ${timeoutMs / 1000} s`);
}

export interface Session {
  cookie: string;
  csrf: string;
}

export function signInOperatorAt(base: string): Promise<Session> {
  return signInAt(base, 'admin@licensehub.local', PROCESS_OPERATOR_PASSWORD);
}

export async function signInAt(base: string, userPrincipalName: string, password: string): Promise<Session> {
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName, password }),
  });
  assert.equal(response.status, 200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('lh_session='))!.split(';')[0]!;
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
}

export function sendAs(session: Session, base: string, method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
}

export async function stopProcess(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
  await server.exited();
}
