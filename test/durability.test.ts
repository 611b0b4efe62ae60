import { test } from 'node:test';
import assert from 'node:assert/strict';
import { totpCode } from '../src/identity/totp.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An acknowledged write survives kill -9: start the real server on an
 * embedded data folder, create a tenant, SIGKILL the process the moment the
 * 201 arrives, start again on the same folder and find the tenant.
 */
const PASSWORD = 'operator-password-1';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

function startServer(dataDir: string, port: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LICENSEHUB_DATA_DIR: dataDir, LICENSEHUB_DEMO: '0', LICENSEHUB_ADMIN_PASSWORD: PASSWORD, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function waitReady(base: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become ready within 60 s');
}

/** The operator must use MFA: the first sign-in enrols an authenticator, later ones use a recovery code (a restart takes less than a TOTP step). */
let recoveryCodes: string[] = [];
async function signIn(base: string) {
  const post = async (path: string, body: unknown, cookie?: string, csrf?: string) => {
    const response = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie, 'x-csrf-token': csrf! } : {}) },
      body: JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('lh_session='));
    return { status: response.status, json: (await response.json()) as any, cookie: setCookie ? setCookie.split(';')[0]! : cookie! };
  };
  const first = await post('/api/v1/auth/sign-in', { userPrincipalName: 'admin@licensehub.local', password: PASSWORD });
  assert.equal(first.status, 200);
  if (first.json.signIn === 'mfaEnrollmentRequired') {
    const started = await fetch(`${base}/api/v1/auth/mfa/enrolment`, { method: 'POST', headers: { cookie: first.cookie, 'x-csrf-token': first.json.csrfToken } });
    const { secret } = (await started.json()) as { secret: string };
    const confirmed = await post('/api/v1/auth/mfa/enrolment/confirm', { code: totpCode(secret, new Date()) }, first.cookie, first.json.csrfToken);
    assert.equal(confirmed.status, 200);
    recoveryCodes = confirmed.json.recoveryCodes;
    return { cookie: confirmed.cookie, csrf: confirmed.json.session.csrfToken as string };
  }
  assert.equal(first.json.signIn, 'mfaRequired');
  const verified = await post('/api/v1/auth/mfa/verify', { recoveryCode: recoveryCodes.pop() }, first.cookie, first.json.csrfToken);
  assert.equal(verified.status, 200, 'the MFA registration (sealed with the key file beside the data) survived the restart');
  return { cookie: verified.cookie, csrf: verified.json.csrfToken as string };
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', () => resolve())));
}

test('a write acknowledged before kill -9 is there after restart', { timeout: 180_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'licensehub-durability-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  let server = startServer(dataDir, port);
  try {
    await waitReady(base);
    const session = await signIn(base);
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const name = `Durable Tenant ${i}`;
      const response = await fetch(`${base}/api/v1/operator/tenants`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: JSON.stringify({
          displayName: name,
          primaryDomain: `durable${i}.example`,
          country: 'NO',
          admin: { userPrincipalName: `admin@durable${i}.example`, displayName: 'Admin', password: 'durable-password-1' },
        }),
      });
      assert.equal(response.status, 201);
      names.push(name);
    }
    server.kill('SIGKILL');
    await killed(server);

    server = startServer(dataDir, port);
    await waitReady(base);
    const again = await signIn(base);
    const list = await fetch(`${base}/api/v1/operator/tenants?search=durable`, { headers: { cookie: again.cookie } });
    const body = (await list.json()) as { items: { displayName: string }[] };
    assert.deepEqual(body.items.map((t) => t.displayName).sort(), names);
  } finally {
    server.kill('SIGKILL');
    await killed(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
