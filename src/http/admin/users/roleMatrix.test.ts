import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, signIn, signInOperator, TEST_PASSWORD, type Caller, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { OPERATOR_UPN } from '../../../bootstrap.js';

/**
 * Entra ID's rules, walked over HTTP on a real server: every user-management
 * action × the caller's role × the target's role, allowed and refused. A
 * refused action changes nothing; an allowed one is checked to have happened.
 */
type Role = 'member' | 'user_admin' | 'license_admin' | 'billing_admin' | 'global_admin';
const ROLES: Role[] = ['member', 'user_admin', 'license_admin', 'billing_admin', 'global_admin'];
type Action = 'update' | 'resetPassword' | 'disable' | 'enable' | 'delete' | 'setRoles';
const NEW_PASSWORD = 'Fresh-harbour-lantern-42';

/**
 * Who may do what to whom, written out (not computed from the policy):
 * a Global admin anything; a User admin everything but roles, and only to
 * people without admin roles; License admins, Billing admins and members nothing.
 */
const EXPECTED: Record<Role, Record<Action, Role[]>> = {
  global_admin: { update: ROLES, resetPassword: ROLES, disable: ROLES, enable: ROLES, delete: ROLES, setRoles: ROLES },
  user_admin: { update: ['member'], resetPassword: ['member'], disable: ['member'], enable: ['member'], delete: ['member'], setRoles: [] },
  license_admin: { update: [], resetPassword: [], disable: [], enable: [], delete: [], setRoles: [] },
  billing_admin: { update: [], resetPassword: [], disable: [], enable: [], delete: [], setRoles: [] },
  member: { update: [], resetPassword: [], disable: [], enable: [], delete: [], setRoles: [] },
};

describe('user management follows Entra ID roles', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  const actors = new Map<Role, Caller>();
  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
    for (const role of ROLES) actors.set(role, await signInAs(t.app, await createUser(tenant, { roles: role === 'member' ? [] : [role] })));
  });
  after(() => t.close());

  const users = () => `/api/v1/tenants/${tenant.id}/users`;
  let serial = 0;
  /** A fresh target for each case (no password: creating it costs no hash). */
  async function target(role: Role, enabled = true) {
    const response = await tenant.admin.post(users(), {
      userPrincipalName: `target${++serial}@${tenant.domain}`,
      displayName: `Target ${serial}`,
      roles: role === 'member' ? [] : [role],
      enabled,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; userPrincipalName: string; displayName: string; roles: string[] };
  }

  const run: Record<Action, (caller: Caller, id: string) => Promise<{ statusCode: number; body: string }>> = {
    update: (caller, id) => caller.patch(`${users()}/${id}`, { displayName: 'Renamed' }),
    resetPassword: (caller, id) => caller.patch(`${users()}/${id}`, { password: NEW_PASSWORD }),
    disable: (caller, id) => caller.patch(`${users()}/${id}`, { enabled: false }),
    enable: (caller, id) => caller.patch(`${users()}/${id}`, { enabled: true }),
    delete: (caller, id) => caller.delete(`${users()}/${id}`),
    setRoles: (caller, id) => caller.put(`${users()}/${id}/roles`, { roles: ['billing_admin', 'license_admin'] }),
  };

  const state = async (id: string) => {
    const response = await tenant.admin.get(`${users()}/${id}`);
    if (response.statusCode === 404) return 'deleted';
    const user = response.json();
    const hash = (await t.database.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;
    return JSON.stringify([user.displayName, user.enabled, user.roles, hash !== null]);
  };

  for (const actor of ROLES) {
    test(`a ${actor} acting on each kind of user`, { timeout: 120_000 }, async () => {
      const caller = actors.get(actor)!;
      for (const action of Object.keys(run) as Action[]) {
        for (const targetRole of ROLES) {
          const victim = await target(targetRole, action !== 'enable');
          const before = await state(victim.id);
          const response = await run[action](caller, victim.id);
          const allowed = EXPECTED[actor][action].includes(targetRole);
          const what = `${actor} → ${action} → ${targetRole}: ${response.statusCode} ${response.body}`;
          if (allowed) {
            assert.ok(response.statusCode === 200 || response.statusCode === 204, what);
            assert.notEqual(await state(victim.id), before, `${what} changed nothing`);
          } else {
            assert.equal(response.statusCode, 403, what);
            assert.equal(await state(victim.id), before, `${what} changed the target`);
          }
        }
      }
    });
  }

  test('the finding: a User admin can no longer take over a Global admin', async () => {
    const globalAdmin = await createUser(tenant, { roles: ['global_admin'] });
    const asUserAdmin = actors.get('user_admin')!;
    const reset = await asUserAdmin.patch(`${users()}/${globalAdmin.id}`, { password: NEW_PASSWORD });
    assert.equal(reset.statusCode, 403);
    assert.match(reset.json().detail, /Only a Global admin may reset the password of an admin/);
    await assert.rejects(signIn(t.app, globalAdmin.userPrincipalName, NEW_PASSWORD), /401/);
    assert.equal((await asUserAdmin.patch(`${users()}/${globalAdmin.id}`, { enabled: false })).statusCode, 403);
    assert.equal((await asUserAdmin.delete(`${users()}/${globalAdmin.id}`)).statusCode, 403);
    assert.ok(await signInAs(t.app, globalAdmin), 'the Global admin still signs in with their own password');
  });

  test('a User admin may not create admins; the last Global admin can be neither demoted, disabled nor deleted', async () => {
    const made = await actors.get('user_admin')!.post(users(), { userPrincipalName: `new-admin@${tenant.domain}`, displayName: 'New', roles: ['global_admin'] });
    assert.equal(made.statusCode, 403);
    const solo = await createTenant(t.app);
    const base = `/api/v1/tenants/${solo.id}/users/${solo.adminId}`;
    const helper = await signInAs(t.app, await createUser(solo, { roles: ['global_admin'] }));
    // The helper demotes themself out of the way first; then the founder is the last one.
    await solo.admin.put(`/api/v1/tenants/${solo.id}/users/${(await helper.get('/api/v1/auth/session')).json().user.id}/roles`, { roles: [] });
    for (const response of [await helper.put(`${base}/roles`, { roles: [] }), await helper.patch(base, { enabled: false }), await helper.delete(base)]) {
      assert.equal(response.statusCode, 401, 'the demoted helper lost their session with their role');
    }
    assert.match((await solo.admin.put(`${base}/roles`, { roles: ['user_admin'] })).json().detail, /last Global admin/);
  });
});

describe("the operator's tenant is managed by operators only, and keeps one operator", () => {
  let t: TestApp;
  let operator: Caller;
  let operatorTenant: string;
  before(async () => {
    t = await createTestApp();
    operator = await signInOperator(t.app);
    operatorTenant = (await operator.get('/api/v1/auth/session')).json().tenant.id;
  });
  after(() => t.close());

  test('a Global admin of the operator tenant who is not an operator cannot touch the operator or make operators', async () => {
    const users = `/api/v1/tenants/${operatorTenant}/users`;
    const created = await operator.post(users, { userPrincipalName: 'helper@licensehub.local', displayName: 'Helper', password: TEST_PASSWORD, roles: ['global_admin'] });
    assert.equal(created.statusCode, 201, created.body);
    const helper = await signIn(t.app, 'helper@licensehub.local', TEST_PASSWORD);
    const operatorId = (await operator.get('/api/v1/auth/session')).json().user.id;
    assert.equal((await helper.patch(`${users}/${operatorId}`, { password: 'Fresh-harbour-lantern-42' })).statusCode, 403);
    assert.equal((await helper.delete(`${users}/${operatorId}`)).statusCode, 403);
    assert.equal((await helper.put(`${users}/${created.json().id}/roles`, { roles: ['global_admin', 'operator'] })).statusCode, 403);
    assert.equal((await helper.post(users, { userPrincipalName: 'x@licensehub.local', displayName: 'X' })).statusCode, 403);
    await signIn(t.app, OPERATOR_UPN, 'operator-password-1');
  });

  test('an operator can make another operator, and the last operator cannot be removed', async () => {
    const users = `/api/v1/tenants/${operatorTenant}/users`;
    const second = (await operator.post(users, { userPrincipalName: 'second@licensehub.local', displayName: 'Second', password: TEST_PASSWORD, roles: ['global_admin', 'operator'] })).json();
    assert.deepEqual(second.roles, ['global_admin', 'operator']);
    const asSecond = await signIn(t.app, 'second@licensehub.local', TEST_PASSWORD);
    const operatorId = (await operator.get('/api/v1/auth/session')).json().user.id;
    assert.equal((await asSecond.put(`${users}/${operatorId}/roles`, { roles: ['global_admin'] })).statusCode, 200, 'another operator remains');
    const last = await asSecond.put(`${users}/${second.id}/roles`, { roles: ['global_admin'] });
    assert.equal(last.statusCode, 409);
    assert.match(last.json().detail, /last operator/);
  });
});
