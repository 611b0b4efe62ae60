import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Caller, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';

/**
 * A credential dies the moment its owner changes: a password reset, disabling,
 * deleting or a role change ends the person's sessions and API tokens before
 * the admin's request is answered — even a token the server has just
 * remembered (its cache used to keep it for 5 s).
 */
describe('credentials die when their owner changes', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
  });
  after(() => t.close());

  const users = () => `/api/v1/tenants/${tenant.id}/users`;

  /** A user with a browser session and an API token that the server has already used (and so remembers). */
  async function personWithCredentials(roles: string[] = ['user_admin']) {
    const user = await createUser(tenant, { roles });
    const session = await signInAs(t.app, user);
    const created = await session.post('/api/v1/auth/tokens', { name: 'automation', scopes: ['directory.read', 'directory.write'] });
    assert.equal(created.statusCode, 201, created.body);
    const token = new Caller(t.app, { token: created.json().token });
    assert.equal((await token.get(users())).statusCode, 200);
    assert.equal((await session.get(users())).statusCode, 200);
    return { user, session, token };
  }

  const tokensOf = (userId: string) => t.database.db.selectFrom('api_tokens').select(['revoked_at']).where('user_id', '=', userId).execute();

  for (const [change, apply] of [
    ['an admin resets the password', (id: string) => tenant.admin.patch(`${users()}/${id}`, { password: 'Fresh-harbour-lantern-42' })],
    ['an admin disables the account', (id: string) => tenant.admin.patch(`${users()}/${id}`, { enabled: false })],
    ['an admin changes the roles', (id: string) => tenant.admin.put(`${users()}/${id}/roles`, { roles: ['license_admin'] })],
  ] as const) {
    test(`${change}: the session and the API token stop working at once and the token is revoked`, async () => {
      const { user, session, token } = await personWithCredentials();
      const response = await apply(user.id);
      assert.equal(response.statusCode, 200, response.body);
      assert.equal((await token.get(users())).statusCode, 401, 'the remembered token is refused on the very next request');
      assert.equal((await session.get(users())).statusCode, 401, 'the session ended');
      assert.ok((await tokensOf(user.id)).every((r) => r.revoked_at !== null), 'revoked in the database, so no server can accept it again');
      const audit = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/audit?limit=1`)).json();
      assert.match(JSON.stringify(audit), /ended 1 session\(s\) and 1 API token\(s\)/);
    });
  }

  test('deleting the person ends their token at once', async () => {
    const { user, token } = await personWithCredentials();
    assert.equal((await tenant.admin.delete(`${users()}/${user.id}`)).statusCode, 204);
    assert.equal((await token.get(users())).statusCode, 401);
  });

  test('changing only the profile leaves credentials alone', async () => {
    const { user, session, token } = await personWithCredentials();
    assert.equal((await tenant.admin.patch(`${users()}/${user.id}`, { displayName: 'Renamed Person' })).statusCode, 200);
    assert.equal((await token.get(users())).statusCode, 200);
    assert.equal((await session.get(users())).statusCode, 200);
  });
});
