import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('groups API', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  let other: TenantFixture;
  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
    other = await createTenant(t.app);
  });
  after(() => t.close());
  const url = () => `/api/v1/tenants/${tenant.id}/groups`;

  test('401, 400 per field, 404 for another tenant, 403 for a plain user', async () => {
    assert.equal((await anonymous(t.app).get(url())).statusCode, 401);
    const bad = await tenant.admin.post(url(), { displayName: '  ' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'displayName');
    assert.equal((await other.admin.get(url())).statusCode, 404);
    const plain = await signInAs(t.app, await createUser(tenant));
    assert.equal((await plain.post(url(), { displayName: 'Nope' })).statusCode, 403);
  });

  test('nested groups; a cycle is refused with the loop named', async () => {
    const all = await createGroup(tenant, 'All Staff');
    const ops = await createGroup(tenant, 'Operations');
    const field = await createGroup(tenant, 'Field');
    const user = await createUser(tenant);
    const add = (group: string, memberType: string, memberId: string) =>
      tenant.admin.post(`${url()}/${group}/members`, { memberType, memberId });
    assert.equal((await add(all.id, 'group', ops.id)).statusCode, 204);
    assert.equal((await add(ops.id, 'group', field.id)).statusCode, 204);
    assert.equal((await add(field.id, 'user', user.id)).statusCode, 204);
    await assertAudited(t.app, 'group.member_added', { tenantId: tenant.id, targetId: field.id });
    assert.equal((await add(field.id, 'user', user.id)).statusCode, 409, 'already a member');

    const cycle = await add(field.id, 'group', all.id);
    assert.equal(cycle.statusCode, 409);
    assert.match(cycle.json().detail, /contain itself/);
    assert.deepEqual(cycle.json().cycle, [field.id, all.id, ops.id, field.id]);
    assert.equal((await add(field.id, 'group', field.id)).statusCode, 409, 'a group cannot contain itself');

    const members = (await tenant.admin.get(`${url()}/${ops.id}/members`)).json().items;
    assert.deepEqual(members.map((m: { type: string; id: string }) => [m.type, m.id]), [['group', field.id]]);
    const userDetail = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/users/${user.id}`)).json();
    assert.deepEqual(userDetail.groups.map((g: { id: string }) => g.id), [field.id]);

    assert.equal((await tenant.admin.delete(`${url()}/${field.id}/members/${user.id}`)).statusCode, 204);
    assert.equal((await tenant.admin.delete(`${url()}/${field.id}/members/${user.id}`)).statusCode, 404);
    await assertAudited(t.app, 'group.member_removed', { tenantId: tenant.id, targetId: field.id });
  });

  test('created, renamed and deleted groups are audited', async () => {
    const group = await createGroup(tenant, 'Temporary');
    await assertAudited(t.app, 'group.created', { tenantId: tenant.id, targetId: group.id });
    const renamed = await tenant.admin.patch(`${url()}/${group.id}`, { displayName: 'Project Team' });
    assert.equal(renamed.statusCode, 200, renamed.body);
    await assertAudited(t.app, 'group.updated', { tenantId: tenant.id, targetId: group.id });
    assert.equal((await tenant.admin.delete(`${url()}/${group.id}`)).statusCode, 204);
    await assertAudited(t.app, 'group.deleted', { tenantId: tenant.id, targetId: group.id });
    assert.equal((await tenant.admin.get(`${url()}/${group.id}`)).statusCode, 404);
  });

  test("another tenant's user or group cannot become a member", async () => {
    const mine = await createGroup(tenant);
    const theirs = await createGroup(other);
    const theirUser = await createUser(other);
    const r1 = await tenant.admin.post(`${url()}/${mine.id}/members`, { memberType: 'group', memberId: theirs.id });
    const r2 = await tenant.admin.post(`${url()}/${mine.id}/members`, { memberType: 'user', memberId: theirUser.id });
    assert.deepEqual([r1.statusCode, r2.statusCode], [404, 404]);
    assert.equal((await tenant.admin.get(`${url()}/${mine.id}/members`)).json().items.length, 0);
  });

  test('group names are unique per tenant, case-insensitively', async () => {
    await createGroup(tenant, 'Finance');
    const dup = await tenant.admin.post(url(), { displayName: 'finance' });
    assert.equal(dup.statusCode, 409);
    assert.equal((await other.admin.post(`/api/v1/tenants/${other.id}/groups`, { displayName: 'Finance' })).statusCode, 201);
  });
});
