import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Caller, TEST_PASSWORD, anonymous, createTestApp, type TestApp } from '../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../test/support/factories.js';
import { assertAudited } from '../../../test/support/audit.js';

describe('sign-in, sessions and API tokens', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
  });
  after(() => t.close());

  const signInRequest = (userPrincipalName: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName, password }, remoteAddress: `10.0.0.${Math.floor(Math.random() * 250)}` });

  test('the session cookie is HttpOnly and SameSite; the session names user, tenant and roles', async () => {
    const response = await signInRequest(`admin@${tenant.domain}`, TEST_PASSWORD);
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === 'lh_session')!;
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Lax');
    assert.equal(response.json().tenant.id, tenant.id);
    assert.deepEqual(response.json().roles, ['global_admin']);
    const signedIn = await assertAudited(t.app, 'user.signed_in', { tenantId: tenant.id, targetId: response.json().user.id });
    assert.match(signedIn.summary, /signed in \(password\)/);
  });

  test("the session carries the caller's abilities, decided by the server's policies, and the configured limits", async () => {
    const admin = (await tenant.admin.get('/api/v1/auth/session')).json();
    assert.deepEqual(admin.abilities['user.write'], { allowed: true, requirement: 'a Global admin or a User admin', scope: 'directory.write' });
    assert.equal(admin.abilities['license.assign'].allowed, true);
    assert.equal(admin.abilities['deal.write'].allowed, false, 'not a publisher');
    assert.equal(admin.abilities['operator.tenants.read'].allowed, false);
    assert.deepEqual(admin.limits, { dealThresholdUsd: 5000, gracePeriodDays: 30, suspendedPeriodDays: 30 });

    const member = await signInAs(t.app, await createUser(tenant));
    const abilities = (await member.get('/api/v1/auth/session')).json().abilities;
    assert.equal(abilities['user.read'].allowed, true);
    assert.equal(abilities['user.write'].allowed, false);
    assert.equal(abilities['license.assign'].allowed, false);

    // An API token can do no more than its scopes allow, whatever its owner's roles.
    const { token } = (await tenant.admin.post('/api/v1/auth/tokens', { name: 'reader', scopes: ['directory.read'], expiresInDays: 1 })).json();
    const viaToken = (await new Caller(t.app, { token }).get('/api/v1/auth/session')).json().abilities;
    assert.equal(viaToken['user.read'].allowed, true);
    assert.equal(viaToken['user.write'].allowed, false, 'directory.write is not among its scopes');
    assert.equal(viaToken['apiToken.manage'].allowed, false);
  });

  test('the deal threshold in the session is the configured one', async () => {
    const other = await createTestApp({ env: { LICENSEHUB_DEAL_THRESHOLD_USD: '12500' } });
    try {
      const admin = (await createTenant(other.app)).admin;
      assert.equal((await admin.get('/api/v1/auth/session')).json().limits.dealThresholdUsd, 12500);
    } finally {
      await other.close();
    }
  });

  test('wrong password and unknown user get the same answer', async () => {
    const wrong = await signInRequest(`admin@${tenant.domain}`, 'not-the-password');
    const unknown = await signInRequest(`nobody@${tenant.domain}`, 'not-the-password');
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.json().detail, unknown.json().detail);
  });

  test('a write with the cookie but without the CSRF token is refused', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenant.id}/groups`,
      payload: { displayName: 'CSRF victim' },
      headers: { cookie: (tenant.admin.auth as { cookie: string }).cookie },
    });
    assert.equal(response.statusCode, 403);
    assert.match(response.json().detail, /x-csrf-token/);
    assert.equal((await tenant.admin.get(`/api/v1/tenants/${tenant.id}/groups?search=CSRF`)).json().total, 0);
  });

  test('disabling a user ends their sessions', async () => {
    const user = await createUser(tenant);
    const session = await signInAs(t.app, user);
    assert.equal((await session.get('/api/v1/auth/session')).statusCode, 200);
    await tenant.admin.patch(`/api/v1/tenants/${tenant.id}/users/${user.id}`, { enabled: false });
    assert.equal((await session.get('/api/v1/auth/session')).statusCode, 401);
    assert.equal((await signInRequest(user.userPrincipalName, TEST_PASSWORD)).statusCode, 403);
    await assertAudited(t.app, 'user.disabled', { tenantId: tenant.id, targetId: user.id });
  });

  test('sign-out ends the session', async () => {
    const user = await createUser(tenant);
    const session = await signInAs(t.app, user);
    assert.equal((await session.post('/api/v1/auth/sign-out')).statusCode, 204);
    assert.equal((await session.get('/api/v1/auth/session')).statusCode, 401);
  });

  test('API tokens: shown once, stored hashed, scoped, revocable', async () => {
    const created = await tenant.admin.post('/api/v1/auth/tokens', { name: 'directory sync', scopes: ['directory.read'], expiresInDays: 30 });
    assert.equal(created.statusCode, 201, created.body);
    const { token, id } = created.json();
    assert.match(token, /^lh_[0-9a-f]{8}_/);
    const stored = await t.database.db.selectFrom('api_tokens').select('token_hash').where('id', '=', id).executeTakeFirstOrThrow();
    assert.notEqual(stored.token_hash, token);
    const audited = await assertAudited(t.app, 'api_token.created', { tenantId: tenant.id, targetId: id });
    assert.ok(!JSON.stringify(audited).includes(token), 'the audit log never holds the secret');
    assert.ok(!JSON.stringify((await tenant.admin.get('/api/v1/auth/tokens')).json()).includes(token), 'the secret is never listed');

    const bearer = new Caller(t.app, { token });
    assert.equal((await bearer.get(`/api/v1/tenants/${tenant.id}/users`)).statusCode, 200);
    const write = await bearer.post(`/api/v1/tenants/${tenant.id}/groups`, { displayName: 'From a read token' });
    assert.equal(write.statusCode, 403);
    assert.match(write.json().detail, /directory.write/);
    assert.equal((await bearer.get('/api/v1/auth/tokens')).statusCode, 403, 'tokens cannot manage tokens');

    assert.equal((await tenant.admin.delete(`/api/v1/auth/tokens/${id}`)).statusCode, 204);
    await assertAudited(t.app, 'api_token.revoked', { tenantId: tenant.id, targetId: id });
    assert.equal((await bearer.get(`/api/v1/tenants/${tenant.id}/users`)).statusCode, 401);
  });

  test('tokens expire, and cannot carry scopes the owner lacks', async () => {
    const created = (await tenant.admin.post('/api/v1/auth/tokens', { name: 'short', scopes: ['directory.read'], expiresInDays: 1 })).json();
    const bearer = new Caller(t.app, { token: created.token });
    const operatorScope = await tenant.admin.post('/api/v1/auth/tokens', { name: 'too much', scopes: ['operator'] });
    assert.equal(operatorScope.statusCode, 403);
    const badScope = await tenant.admin.post('/api/v1/auth/tokens', { name: 'bad', scopes: ['everything'] });
    assert.equal(badScope.statusCode, 400);
    assert.equal(badScope.json().errors[0].field, 'scopes.0');
    assert.equal((await bearer.get(`/api/v1/tenants/${tenant.id}/users`)).statusCode, 200);
    t.clock.advance(2 * 86_400_000);
    assert.equal((await bearer.get(`/api/v1/tenants/${tenant.id}/users`)).statusCode, 401);
  });

  test('a malformed Authorization header is a 401 with advice', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/session', headers: { authorization: 'Basic abc' } });
    assert.equal(response.statusCode, 401);
    assert.match(response.json().detail, /Bearer/);
    assert.equal((await anonymous(t.app).get('/api/v1/auth/session')).statusCode, 401);
  });
});

describe('audit log', () => {
  test('lists the actions that occurred, for the filter', async () => {
    const t = await createTestApp();
    try {
      const tenant = await createTenant(t.app);
      await createUser(tenant);
      const actions = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/audit/actions`)).json().items;
      assert.ok(actions.includes('user.created'));
      assert.ok(actions.includes('tenant.created'));
      const plain = await signInAs(t.app, await createUser(tenant));
      assert.equal((await plain.get(`/api/v1/tenants/${tenant.id}/audit/actions`)).statusCode, 403);
    } finally {
      await t.close();
    }
  });
});
