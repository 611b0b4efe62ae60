import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../../test/support/testApp.js';
import { createTenant } from '../../test/support/factories.js';
import { EntitlementIndex } from './entitlementIndex.js';
import { loadEverything } from './indexLoader.js';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('loading a large directory leaves the server answering health checks', { timeout: 120_000 }, async () => {
  const tenant = await createTenant(t.app);
  const count = 60_000;
  await sql`
    insert into users (id, tenant_id, user_principal_name, display_name)
    select gen_random_uuid(), ${tenant.id}::uuid, 'bulk' || n || '@' || ${tenant.domain}, 'Bulk ' || n
    from generate_series(1, ${count}) as n`.execute(t.database.db);

  const index = new EntitlementIndex();
  let loading = true;
  const loaded = loadEverything(t.database.db, index).finally(() => (loading = false));
  const latencies: number[] = [];
  while (loading) {
    const started = performance.now();
    const response = await t.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(response.statusCode, 200);
    latencies.push(performance.now() - started);
    // Like a real probe, wait between checks (inject alone never lets timers and I/O run).
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const { users } = await loaded;
  assert.ok(users >= count, `loaded ${users} users`);
  assert.ok(latencies.length >= 2, 'health checks were answered during the load, not only after it');
  assert.equal(index.check(tenant.id, `bulk123@${tenant.domain}`, 'anything').code, 'UNKNOWN_APP_MODULE');
  assert.ok(index.findUser(tenant.id, `bulk59999@${tenant.domain}`), 'the last page is loaded too');
});
