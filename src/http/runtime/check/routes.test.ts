import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { decodeJwt, createLocalJWKSet, jwtVerify } from 'jose';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser } from '../../../../test/support/factories.js';
import { createPublishedOffer, createPublisher } from '../../../../test/support/licensingFactories.js';
import { assign, createGroup, createRuntimeKey, licensedCustomer } from '../../../../test/support/runtimeFixtures.js';

describe('runtime check API', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  before(async () => {
    t = await createTestApp();
    f = await licensedCustomer(t.app, 2);
  });
  after(() => t.close());

  const check = (user: string, appModule = f.plan.appModule, tenantId = f.customer.id) =>
    f.runtimeKey.post('/api/v1/runtime/check', { tenantId, user, appModule });

  test('401 without a key; 400 names each bad field; 403 for a key without the runtime scope', async () => {
    assert.equal((await anonymous(t.app).post('/api/v1/runtime/check', {})).statusCode, 401);
    const bad = await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: 'not-a-guid', user: '', appModule: 'x', extra: 1 });
    assert.equal(bad.statusCode, 400);
    const fields = bad.json().errors.map((e: { field: string }) => e.field).sort();
    assert.deepEqual(fields, ['extra', 'tenantId', 'user']);
    const customerToken = (await f.customer.admin.post('/api/v1/auth/tokens', { name: 'dir', scopes: ['directory.read'] })).json().token;
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/runtime/check', headers: { authorization: `Bearer ${customerToken}` }, payload: { tenantId: f.customer.id, user: 'x', appModule: 'y' } });
    assert.equal(response.statusCode, 403);
  });

  test('licensed, not assigned, no license required, unknown user and module', async () => {
    const licensed = (await check(f.licensed.userPrincipalName)).json();
    assert.deepEqual([licensed.licensed, licensed.code, licensed.plans], [true, 'LICENSED', [f.plan.serviceId]]);
    const refused = (await check(f.unlicensed.id)).json();
    assert.deepEqual([refused.licensed, refused.code], [false, 'NOT_ASSIGNED']);
    assert.deepEqual(refused.requiredPlans, [{ serviceId: f.plan.serviceId, displayName: f.plan.name, moreInfoUrl: 'https://example.com/plans' }]);
    assert.equal((await check(f.unlicensed.id, f.offer.freeAppModule)).json().code, 'NO_LICENSE_REQUIRED');
    assert.equal((await check('ghost@nowhere.example')).json().code, 'UNKNOWN_USER');
    assert.equal((await check(f.licensed.id, 'no_such_module')).json().code, 'UNKNOWN_APP_MODULE');
  });

  test('a tenant that has not installed the app reveals nothing', async () => {
    const stranger = await createTenant(t.app);
    const someone = await createUser(stranger);
    assert.equal((await check(someone.id, f.plan.appModule, stranger.id)).json().code, 'APP_NOT_INSTALLED');
    assert.equal((await check('nobody', f.plan.appModule, randomUUID())).json().code, 'APP_NOT_INSTALLED');
  });

  test("another publisher's key gets 403 for this app module", async () => {
    const other = await createPublisher(t.app);
    await createPublishedOffer(t.app, other);
    const otherKey = await createRuntimeKey(t.app, other);
    const response = await otherKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule });
    assert.equal(response.statusCode, 403);
    assert.ok(!response.body.includes(f.licensed.displayName));
  });

  test('an admin change is visible to the very next check (read-your-writes)', async () => {
    const group = await createGroup(f.customer);
    const member = await createUser(f.customer);
    t.clock.advance(60_000);
    await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: member.id });
    assert.equal((await check(member.id)).json().code, 'NOT_ASSIGNED');
    t.clock.advance(60_000);
    await assign(f.customer, f.plan.id, { groupIds: [group.id] });
    assert.equal((await check(member.id)).json().code, 'LICENSED');
    t.clock.advance(60_000);
    const extra = await createUser(f.customer);
    await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: extra.id });
    assert.equal((await check(extra.id)).json().code, 'NOT_ENOUGH_LICENSES', 'two seats: the third claimant waits');
    await f.customer.admin.patch(`/api/v1/tenants/${f.customer.id}/users/${member.id}`, { enabled: false });
    assert.equal((await check(member.id)).json().code, 'USER_DISABLED');
    assert.equal((await check(extra.id)).json().code, 'LICENSED', 'the freed seat goes to the next claimant');
  });

  test('batch: results in order; over the limit is a 400', async () => {
    const checks = [f.licensed.id, f.unlicensed.id, 'ghost'].map((user) => ({ tenantId: f.customer.id, user, appModule: f.plan.appModule }));
    const response = await f.runtimeKey.post('/api/v1/runtime/check/batch', { checks });
    assert.deepEqual(response.json().results.map((r: { code: string }) => r.code), ['LICENSED', 'NOT_ASSIGNED', 'UNKNOWN_USER']);
    const tooMany = await f.runtimeKey.post('/api/v1/runtime/check/batch', { checks: Array.from({ length: 1001 }, () => checks[0]) });
    assert.equal(tooMany.statusCode, 400);
    assert.match(tooMany.json().detail, /at most 1000/);
  });

  test('license tokens verify against the JWKS, survive key rotation, and are refused when tampered', async () => {
    const issued = (await f.runtimeKey.post('/api/v1/runtime/token', { tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule })).json();
    assert.equal(issued.code, 'LICENSED');
    const claims = decodeJwt(issued.token);
    assert.deepEqual([claims.sub, claims.tid, claims.aud, claims.plans], [f.licensed.id, f.customer.id, f.plan.appModule, [f.plan.serviceId]]);
    assert.ok((claims.exp! - claims.iat!) <= 15 * 60);
    const none = (await f.runtimeKey.post('/api/v1/runtime/token', { tenantId: f.customer.id, user: f.unlicensed.id, appModule: f.plan.appModule })).json();
    assert.equal(none.token, null);

    await t.app.licenseTokens.rotate();
    const jwks = createLocalJWKSet((await anonymous(t.app).get('/.well-known/jwks.json')).json());
    const verified = await jwtVerify(issued.token, jwks, { issuer: t.app.config.publicUrl, audience: f.plan.appModule, currentDate: t.clock.now() });
    assert.equal(verified.payload.sub, f.licensed.id, 'a token signed before rotation still verifies');
    const [header, payload, signature] = issued.token.split('.');
    const forged = [header, Buffer.from(JSON.stringify({ ...claims, sub: f.unlicensed.id })).toString('base64url'), signature].join('.');
    await assert.rejects(jwtVerify(forged, jwks, { currentDate: t.clock.now() }));
    void payload;
  });
});
