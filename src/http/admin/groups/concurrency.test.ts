import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';

/** Adding the same member twice at the same moment answers as two adds one after the other do: 204, then 409. */
describe('group members added twice at once', () => {
  let t: TestApp;
  let tenant: TenantFixture;

  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
  });
  after(() => t.close());

  const add = (groupId: string, memberType: 'user' | 'group', memberId: string) =>
    tenant.admin.post(`/api/v1/tenants/${tenant.id}/groups/${groupId}/members`, { memberType, memberId });

  test('sequential adds: the second is a 409 naming the member', async () => {
    const group = await createGroup(tenant);
    const user = await createUser(tenant);
    assert.equal((await add(group.id, 'user', user.id)).statusCode, 204);
    const second = await add(group.id, 'user', user.id);
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().detail, `${user.userPrincipalName} is already a member of ${group.displayName}`);
  });

  test('concurrent adds of one user, many rounds: one 204 and one 409 with the sequential answer, one membership', async () => {
    for (let round = 0; round < 12; round++) {
      const group = await createGroup(tenant);
      const user = await createUser(tenant);
      const answers = await Promise.all([add(group.id, 'user', user.id), add(group.id, 'user', user.id)]);
      assert.deepEqual(answers.map((a) => a.statusCode).sort(), [204, 409], `round ${round}: ${answers.map((a) => a.body).join(' | ')}`);
      assert.equal(answers.find((a) => a.statusCode === 409)!.json().detail, `${user.userPrincipalName} is already a member of ${group.displayName}`);
      const members = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/groups/${group.id}/members`)).json();
      assert.equal(members.items.length, 1);
    }
  });

  test('concurrent adds of one nested group: the same', async () => {
    for (let round = 0; round < 6; round++) {
      const [parent, child] = [await createGroup(tenant), await createGroup(tenant)];
      const answers = await Promise.all([add(parent.id, 'group', child.id), add(parent.id, 'group', child.id)]);
      assert.deepEqual(answers.map((a) => a.statusCode).sort(), [204, 409], `round ${round}: ${answers.map((a) => a.body).join(' | ')}`);
    }
  });
});
