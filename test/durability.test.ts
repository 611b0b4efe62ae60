import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessionFetch, signIn, startServerProcess, waitReady } from './support/serverProcess.js';

/**
 * An acknowledged write survives kill -9: start the real server on an
 * embedded data folder, create a tenant, SIGKILL the process the moment the
 * 201 arrives, start again on the same folder and find the tenant.
 */
test('a write acknowledged before kill -9 is there after restart', { timeout: 400_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'licensehub-durability-'));
  let server = await startServerProcess({ LICENSEHUB_DATA_DIR: dataDir });
  try {
    await waitReady(server);
    const session = await signIn(server.base);
    const names: string[] = [];
    for (let i = 0; i < 3; i++) {
      const name = `Durable Tenant ${i}`;
      const response = await sessionFetch(server.base, session, '/api/v1/operator/tenants', {
        method: 'POST',
        body: {
        displayName: name,
        primaryDomain: `durable${i}.example`,
        country: 'NO',
        admin: { userPrincipalName: `admin@durable${i}.example`, displayName: 'Admin', password: 'durable-password-1' },
        },
      });
      assert.equal(response.status, 201);
      names.push(name);
    }
    server.child.kill('SIGKILL');
    await server.exited();

    // The killed process left its lock file behind; the next one sees it is stale and takes the folder.
    server = await startServerProcess({ LICENSEHUB_DATA_DIR: dataDir }, { port: server.port });
    await waitReady(server);
    const again = await signIn(server.base);
    const list = await fetch(`${server.base}/api/v1/operator/tenants?search=durable`, { headers: { cookie: again.cookie } });
    const body = (await list.json()) as { items: { displayName: string }[] };
    assert.deepEqual(body.items.map((t) => t.displayName).sort(), names);
  } finally {
    await server.stop('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  }
});
