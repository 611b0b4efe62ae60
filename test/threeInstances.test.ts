import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { createLocalJWKSet, jwtVerify } from 'jose';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/demo/loadDemo.js';
import { startRoundRobinProxy, type RoundRobinProxy } from './support/roundRobinProxy.js';
import { createEmptyPostgresDatabase, sessionFetch, signIn, startServerProcess, waitReady, type ServerProcess, type Session } from './support/serverProcess.js';

/**
 * Three stateless LicenseHub instances on one PostgreSQL database behind one
 * address that sends each request to the next instance in turn, with the demo
 * data. Sessions, writes, shared rate limits, caches (entitlements, runtime
 * keys, signing keys) and background jobs must behave as on one server.
 * Not covered here: the sign-in throttle, which is per process until the
 * security work (issue 13) moves its counters into the database.
 */
const serverUrl = process.env.TEST_DATABASE_URL;

describe('three instances behind one address', { skip: serverUrl ? false : 'needs TEST_DATABASE_URL (instances share a PostgreSQL database)' }, () => {
  let servers: ServerProcess[] = [];
  let proxy: RoundRobinProxy;
  let db: Kysely<any>;
  let drop: () => Promise<void>;

  before(async () => {
    const database = await createEmptyPostgresDatabase(serverUrl!);
    drop = database.drop;
    // No grace or suspension for lapsed deals, and every instance runs the lifecycle job each second.
    const env = {
      DATABASE_URL: database.url,
      LICENSEHUB_DEMO: '1',
      LICENSEHUB_GRACE_DAYS: '0',
      LICENSEHUB_SUSPENDED_DAYS: '0',
      LICENSEHUB_LIFECYCLE_INTERVAL_SECONDS: '1',
    };
    servers = await Promise.all([1, 2, 3].map(() => startServerProcess(env)));
    await Promise.all(servers.map((s) => waitReady(s)));
    proxy = await startRoundRobinProxy(servers);
    db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url, max: 2 }) }) });
  });
  after(async () => {
    await proxy?.close();
    await Promise.all(servers.map((s) => s.stop()));
    await db?.destroy();
    await drop?.();
  });

  /** Polls every instance directly until each answers as expected, within the limit. */
  async function onEveryInstance(probe: (base: string) => Promise<unknown>, expected: unknown, limitMs: number): Promise<number> {
    const started = performance.now();
    for (;;) {
      const answers = await Promise.all(servers.map((s) => probe(s.base)));
      if (answers.every((a) => JSON.stringify(a) === JSON.stringify(expected))) return performance.now() - started;
      if (performance.now() - started > limitMs) assert.fail(`after ${limitMs} ms the instances answer ${JSON.stringify(answers)}, expected ${JSON.stringify(expected)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  test('a session made on one instance works on all; signing out on one ends it on all', async () => {
    const before = [...proxy.served];
    const session = await signIn(proxy.base, 'admin@contoso.example', DEMO_PASSWORD);
    for (let i = 0; i < 6; i++) assert.equal((await sessionFetch(proxy.base, session, '/api/v1/auth/session')).status, 200);
    assert.ok(proxy.served.every((count, i) => count - before[i]! >= 2), `requests per instance: ${proxy.served}`);
    // A write with the session's CSRF token, read back from each instance.
    const me = (await (await sessionFetch(proxy.base, session, '/api/v1/auth/session')).json()) as { tenant: { id: string } };
    const created = await sessionFetch(proxy.base, session, `/api/v1/tenants/${me.tenant.id}/groups`, { method: 'POST', body: { displayName: 'Three instances' } });
    assert.equal(created.status, 201, await created.clone().text());
    const { id } = (await created.json()) as { id: string };
    for (const server of servers) assert.equal((await sessionFetch(server.base, session, `/api/v1/tenants/${me.tenant.id}/groups/${id}`)).status, 200);

    assert.equal((await sessionFetch(proxy.base, session, '/api/v1/auth/sign-out', { method: 'POST' })).status, 204);
    for (const server of servers) assert.equal((await sessionFetch(server.base, session, '/api/v1/auth/session')).status, 401);
  });

  test('license checks, runtime keys and signing keys agree across instances', async () => {
    const customer = await signIn(proxy.base, 'admin@contoso.example', DEMO_PASSWORD);
    const publisher = await signIn(proxy.base, 'admin@fabrikam.example', DEMO_PASSWORD);
    const tenantId = ((await (await sessionFetch(proxy.base, customer, '/api/v1/auth/session')).json()) as { tenant: { id: string } }).tenant.id;
    const keyResponse = await sessionFetch(proxy.base, publisher, '/api/v1/auth/tokens', { method: 'POST', body: { name: 'three instances', scopes: ['runtime.check'] } });
    assert.equal(keyResponse.status, 201);
    const key = (await keyResponse.json()) as { id: string; token: string };
    const body = { tenantId, user: 'alex.wilber@contoso.example', appModule: 'fab_fieldops_gold' };
    const check = async (base: string) => {
      const response = await fetch(`${base}/api/v1/runtime/check`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return response.status === 200 ? ((await response.json()) as { code: string }).code : response.status;
    };
    await onEveryInstance(check, 'LICENSED', 5000);

    // A token signed by one instance verifies with the keys another publishes.
    const issued = await fetch(`${servers[0]!.base}/api/v1/runtime/token`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const { token } = (await issued.json()) as { token: string };
    const jwks = createLocalJWKSet((await (await fetch(`${servers[2]!.base}/.well-known/jwks.json`)).json()) as Parameters<typeof createLocalJWKSet>[0]);
    const verified = await jwtVerify(token, jwks, { audience: body.appModule });
    assert.equal(verified.payload.upn, body.user);

    // Disabling the user through the shared address reaches every instance's index.
    const users = (await (await sessionFetch(proxy.base, customer, `/api/v1/tenants/${tenantId}/users?search=alex.wilber`)).json()) as { items: { id: string }[] };
    const patched = await sessionFetch(proxy.base, customer, `/api/v1/tenants/${tenantId}/users/${users.items[0]!.id}`, { method: 'PATCH', body: { enabled: false } });
    assert.equal(patched.status, 200, await patched.clone().text());
    const disabled = await onEveryInstance(check, 'USER_DISABLED', 1000);

    // Revoking the key through the shared address refuses it on every instance.
    assert.equal((await sessionFetch(proxy.base, publisher, `/api/v1/auth/tokens/${key.id}`, { method: 'DELETE' })).status, 204);
    const revoked = await onEveryInstance(check, 401, 1000);
    process.stdout.write(`# on all three instances: disabled user after ${Math.round(disabled)} ms, revoked key after ${Math.round(revoked)} ms\n`);
  });

  test('a rate limit kept in the database holds across instances', async () => {
    const listing = (await (await fetch(`${proxy.base}/api/v1/marketplace/offers?search=timesheets`)).json()) as { items: { slug: string }[] };
    const slug = listing.items[0]!.slug;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const response = await fetch(`${proxy.base}/api/v1/marketplace/offers/${slug}/leads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: `Visitor ${i}`, email: `visitor${i}@example.com`, company: 'Example', country: 'NO', message: 'Call me', consent: true }),
      });
      statuses.push(response.status);
    }
    // Five leads in ten minutes per visitor, wherever each request landed.
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429]);
  });

  test('the lifecycle job, running on all three every second, moves each lapsed product once', { timeout: 60_000 }, async () => {
    // The demo's lapsed deal is in its 30-day grace period; make its next change due now, as if the days had passed.
    const due = await db.updateTable('products').set({ next_change_at: sql`now() - interval '1 second'` }).where('state', '=', 'warning').executeTakeFirst();
    assert.ok(Number(due.numUpdatedRows) > 0, 'the demo has a product in its grace period');
    const changes = async () =>
      (
        await sql<{ target_id: string; tenant_id: string; to: string; copies: number }>`
          select target_id, tenant_id, detail->>'to' as to, count(*)::int as copies from audit_events
          where action = 'license.state_changed' group by 1, 2, 3`.execute(db)
      ).rows;
    const deadline = Date.now() + 30_000;
    while ((await changes()).length === 0) {
      if (Date.now() > deadline) assert.fail('no lifecycle change within 30 s');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await new Promise((resolve) => setTimeout(resolve, 3000)); // three more rounds on every instance
    const rows = await changes();
    assert.deepEqual(rows.filter((r) => r.copies !== 1), [], 'a state change was recorded more than once');
    process.stdout.write(`# lifecycle: ${rows.length} audit entries of state changes, each once\n`);
  });
});
