import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, TEST_PASSWORD, type TestApp } from '../../../test/support/testApp.js';
import { createTenant, createUser, type TenantFixture } from '../../../test/support/factories.js';
import { OPERATOR_UPN } from '../../bootstrap.js';
import { ADDRESS } from '../../domain/identity/signInBackoff.js';

/**
 * Sign-in throttling that cannot be turned against a user: failures slow down
 * the (account, address) pair and the address, never the account; the answer
 * is the same whether or not the account exists; the counters live in the
 * database, so every server sees them.
 */
describe('sign-in throttling', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
  });
  after(() => t.close());

  const attempt = (app: TestApp['app'], userPrincipalName: string, password: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName, password }, remoteAddress });

  test('the finding: wrong passwords from other addresses no longer lock anyone out — the operator included', async () => {
    const victim = await createUser(tenant);
    for (const upn of [victim.userPrincipalName, OPERATOR_UPN]) {
      for (let i = 0; i < 10; i++) assert.notEqual((await attempt(t.app, upn, 'wrong-password!', `203.0.113.${(i % 5) + 1}`)).statusCode, 200);
    }
    const own = await attempt(t.app, victim.userPrincipalName, TEST_PASSWORD, '198.51.100.20');
    assert.equal(own.statusCode, 200, `the victim signs in from their own address: ${own.body}`);
    const operator = await attempt(t.app, OPERATOR_UPN, 'operator-password-1', '198.51.100.21');
    assert.equal(operator.statusCode, 200, operator.body);
  });

  test('an existing and an unknown account get the same answers, waits included', async () => {
    const known = await createUser(tenant);
    const answers = async (upn: string, address: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await attempt(t.app, upn, 'wrong-password!', address);
        seen.push(`${response.statusCode} ${response.json().detail} ${response.headers['retry-after'] ?? ''}`);
      }
      return seen;
    };
    const forKnown = await answers(known.userPrincipalName, '192.0.2.10');
    const forUnknown = await answers(`nobody-${Date.now()}@${tenant.domain}`, '192.0.2.11');
    assert.deepEqual(forUnknown, forKnown);
    // Five free failures, the sixth starts a one-second wait.
    assert.deepEqual(forKnown.map((a) => a.slice(0, 3)), ['401', '401', '401', '401', '401', '401', '429']);
    assert.match(forKnown[6]!, /try again in 1 second/);
    assert.ok(!forKnown.some((a) => a.startsWith('423')), 'no lock');
  });

  test('the wait doubles with each failure and blocks even the right password until it is over', async () => {
    const user = await createUser(tenant);
    const address = '192.0.2.30';
    for (let i = 0; i < 5; i++) assert.equal((await attempt(t.app, user.userPrincipalName, 'wrong-password!', address)).statusCode, 401);
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      assert.equal((await attempt(t.app, user.userPrincipalName, 'wrong-password!', address)).statusCode, 401, 'a counted failure');
      const blocked = await attempt(t.app, user.userPrincipalName, TEST_PASSWORD, address);
      assert.equal(blocked.statusCode, 429, 'no guessing while waiting, not even the right password');
      waits.push(Number(blocked.headers['retry-after']));
      t.clock.advance(waits.at(-1)! * 1000);
    }
    assert.deepEqual(waits, [1, 2, 4, 8]);
    assert.equal((await attempt(t.app, user.userPrincipalName, TEST_PASSWORD, address)).statusCode, 200, 'after the wait, the right password works');
  });

  test('password spraying from one address slows that address down, not others', async () => {
    const address = '192.0.2.40';
    // Four at a time, as a sprayer would (each failure costs the server a full password hash).
    for (let i = 0; i < ADDRESS.free; i += 4) {
      const batch = await Promise.all([0, 1, 2, 3].map((j) => attempt(t.app, `spray${i + j}@${tenant.domain}`, 'Summer2026!', address)));
      assert.ok(batch.every((r) => r.statusCode === 401));
    }
    assert.equal((await attempt(t.app, `spray-last@${tenant.domain}`, 'Summer2026!', address)).statusCode, 401, 'the failure that starts the wait');
    const fresh = await createUser(tenant);
    assert.equal((await attempt(t.app, fresh.userPrincipalName, TEST_PASSWORD, address)).statusCode, 429, 'the spraying address waits');
    assert.equal((await attempt(t.app, fresh.userPrincipalName, TEST_PASSWORD, '192.0.2.41')).statusCode, 200, 'everyone else signs in');
  });
});

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

describe('throttling is shared by every server', { skip: onPostgres ? false : 'needs TEST_DATABASE_URL (two servers share a PostgreSQL database)' }, () => {
  let a: TestApp;
  let b: TestApp;
  before(async () => {
    a = await createTestApp();
    b = await createTestApp({ sharing: a });
  });
  after(async () => {
    await b?.close();
    await a?.close();
  });

  test('failures on one server count on the other', async () => {
    const tenant = await createTenant(a.app);
    const user = await createUser(tenant);
    const address = '192.0.2.50';
    const attempt = (app: TestApp['app']) =>
      app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName: user.userPrincipalName, password: 'wrong-password!' }, remoteAddress: address });
    // Five free failures and the sixth that starts the wait, spread over both servers.
    for (let i = 0; i < 6; i++) assert.equal((await attempt(i % 2 ? a.app : b.app)).statusCode, 401);
    assert.equal((await attempt(b.app)).statusCode, 429);
    assert.equal((await attempt(a.app)).statusCode, 429);
  });
});
