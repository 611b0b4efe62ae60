import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp } from './support/testApp.js';
import { createTestDatabase, databaseKind } from './support/testDatabase.js';
import { sessionFetch, signIn, startServerProcess, waitReady } from './support/serverProcess.js';

/**
 * SIGTERM with requests in flight: every one of them finishes and is kept,
 * no new connection is taken, the database closes cleanly and the process
 * exits 0 — on whichever database the suite runs.
 */
test(`SIGTERM lets requests in flight finish, takes no new connections and exits 0 (${databaseKind()})`, { timeout: 400_000 }, async () => {
  const onPostgres = databaseKind() === 'postgres';
  const database = onPostgres ? await createTestDatabase() : null;
  const dataDir = onPostgres ? null : mkdtempSync(join(tmpdir(), 'licensehub-shutdown-'));
  const env: Record<string, string> = database ? { DATABASE_URL: database.connectionString! } : { LICENSEHUB_DATA_DIR: dataDir! };
  // At info level the server logs each request it reads, which tells the test when all are in flight.
  let server = await startServerProcess({ ...env, LOG_LEVEL: 'info' });
  try {
    await waitReady(server);
    const operator = await signIn(server.base);
    const tenant = await sessionFetch(server.base, operator, '/api/v1/operator/tenants', {
      method: 'POST',
      body: {
        displayName: 'Shutdown Tenant',
        primaryDomain: 'shutdown.example',
        country: 'NO',
        admin: { userPrincipalName: 'admin@shutdown.example', displayName: 'Admin', password: 'shutdown-password-1' },
      },
    });
    assert.equal(tenant.status, 201);
    const tenantId = ((await tenant.json()) as { id: string }).id;
    const admin = await signIn(server.base, 'admin@shutdown.example', 'shutdown-password-1');

    // Each new user's password is hashed with scrypt (~0.1 s, four at a time): 24 of them stay in flight for a while.
    const COUNT = 24;
    let sigtermAt = Infinity;
    const requests = Array.from({ length: COUNT }, async (_, i) => {
      const response = await sessionFetch(server.base, admin, `/api/v1/tenants/${tenantId}/users`, {
        method: 'POST',
        body: { userPrincipalName: `inflight${i}@shutdown.example`, displayName: `In Flight ${i}`, password: `in-flight-password-${i}` },
      });
      return { status: response.status, afterSigterm: performance.now() > sigtermAt };
    });
    // SIGTERM once the server has read every one of them (its request log says so).
    const received = () => server.stderr().split('\n').filter((line) => line.includes('incoming request') && line.includes(`/tenants/${tenantId}/users`)).length;
    while (received() < COUNT) await new Promise((resolve) => setTimeout(resolve, 5));
    sigtermAt = performance.now();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await assert.rejects(fetch(`${server.base}/healthz`), 'a new connection after SIGTERM must be refused');

    const answers = await Promise.all(requests);
    if (answers.some((a) => a.status !== 201)) process.stderr.write(server.stderr());
    assert.deepEqual(answers.map((a) => a.status), Array(COUNT).fill(201));
    assert.ok(answers.some((a) => a.afterSigterm), 'some requests must still have been in flight at SIGTERM');
    assert.equal(await server.exited(), 0, `exit code; stderr: ${server.stderr()}`);

    server = await startServerProcess(env, { port: server.port });
    await waitReady(server);
    const again = await signIn(server.base, 'admin@shutdown.example', 'shutdown-password-1');
    const users = (await (await sessionFetch(server.base, again, `/api/v1/tenants/${tenantId}/users?search=inflight&limit=100`)).json()) as { items: unknown[] };
    assert.equal(users.items.length, COUNT, 'every acknowledged user is there after the restart');
  } finally {
    await server.stop('SIGKILL');
    await database?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
});

test('while draining, /readyz answers 503 and answers close their connections', async () => {
  const { app, close } = await createTestApp();
  try {
    assert.equal((await app.inject({ method: 'GET', url: '/readyz' })).statusCode, 200);
    await app.drain(1000);
    const ready = await app.inject({ method: 'GET', url: '/readyz' });
    assert.equal(ready.statusCode, 503);
    assert.equal(ready.json().status, 'not ready');
    assert.equal(ready.headers.connection, 'close');
  } finally {
    await close();
  }
});
