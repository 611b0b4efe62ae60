import { test } from 'node:test';
import assert from 'node:assert/strict';
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

async function signIn(base: string) {
  const response = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userPrincipalName: 'admin@licensehub.local', password: PASSWORD }),
  });
  assert.equal(response.status, 200);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('lh_session='))!.split(';')[0]!;
  return { cookie, csrf: ((await response.json()) as { csrfToken: string }).csrfToken };
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
