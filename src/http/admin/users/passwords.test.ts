import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signInOperator, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';

/** NIST SP 800-63B through the API: weak passwords are refused with a reason on the field, and nothing changes. */
describe('passwords follow NIST SP 800-63B', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
  });
  after(() => t.close());

  const users = () => `/api/v1/tenants/${tenant.id}/users`;
  const refused = (response: { statusCode: number; json(): any; body: string }, message: RegExp) => {
    assert.equal(response.statusCode, 400, response.body);
    const problem = response.json().errors.find((e: { field: string }) => e.field === 'password' || e.field === 'admin.password');
    assert.ok(problem, response.body);
    assert.match(problem.message, message);
  };

  test('creating a user: a common password, twelve spaces and the person’s own name are refused', async () => {
    const body = (password: string) => ({ userPrincipalName: `megan.bowen@${tenant.domain}`, displayName: 'Megan Bowen', password });
    refused(await tenant.admin.post(users(), body('password1234')), /common or breached/);
    refused(await tenant.admin.post(users(), body(' '.repeat(12))), /too few different characters/);
    refused(await tenant.admin.post(users(), body('MeganBowen2026!')), /your name/);
    refused(await tenant.admin.post(users(), body('megan.bowen.123')), /your name|user principal name/);
    assert.equal((await tenant.admin.get(`${users()}?search=megan`)).json().total, 0, 'nobody was created');
    assert.equal((await tenant.admin.post(users(), body('Orchard-lantern-velvet-9'))).statusCode, 201);
  });

  test('a password reset to a weak password is refused and the old password keeps working', async () => {
    const user = await createUser(tenant, { name: 'Alex Wilber' });
    const before = await t.database.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    refused(await tenant.admin.patch(`${users()}/${user.id}`, { password: 'qwerty123456' }), /common or breached|neighbouring/);
    refused(await tenant.admin.patch(`${users()}/${user.id}`, { password: 'Alex.Wilber.2026' }), /your name/);
    const after = await t.database.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(after.password_hash, before.password_hash);
  });

  test("a new tenant's first admin gets the same rules", async () => {
    const operator = await signInOperator(t.app);
    const response = await operator.post('/api/v1/operator/tenants', {
      displayName: 'Weak Co',
      primaryDomain: 'weak-co.example',
      country: 'US',
      admin: { userPrincipalName: 'admin@weak-co.example', displayName: 'Weak Admin', password: 'iloveyou1234' },
    });
    refused(response, /common or breached/);
  });
});
