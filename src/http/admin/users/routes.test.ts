import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('users API', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  let other: TenantFixture;
  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app, { country: 'DE' });
    other = await createTenant(t.app);
  });
  after(() => t.close());

  const url = () => `/api/v1/tenants/${tenant.id}/users`;

  test('401 without credentials', async () => {
    const response = await anonymous(t.app).get(url());
    assert.equal(response.statusCode, 401);
    assert.match(response.headers['content-type'] as string, /application\/problem\+json/);
  });

  test('400 names each bad field', async () => {
    const cases: [object, string, RegExp][] = [
      [{ displayName: 'No UPN' }, 'userPrincipalName', /expected string|required/i],
      [{ userPrincipalName: `a@${tenant.domain}`, displayName: '' }, 'displayName', /must not be empty/],
      [{ userPrincipalName: `a@${tenant.domain}`, displayName: 'x'.repeat(300) }, 'displayName', /at most 256/],
      [{ userPrincipalName: `a@${tenant.domain}`, displayName: 'A', usageLocation: 'XX' }, 'usageLocation', /ISO 3166-1/],
      [{ userPrincipalName: `a@${tenant.domain}`, displayName: 'A', password: 'short' }, 'password', /at least 12/],
      [{ userPrincipalName: `a@${tenant.domain}`, displayName: 'A', shoeSize: 44 }, 'shoeSize', /not a known field/],
      [{ userPrincipalName: 'a@elsewhere.example', displayName: 'A' }, 'userPrincipalName', new RegExp(`@${tenant.domain.replace('.', '\\.')}`)],
      [{ userPrincipalName: 'not-an-email', displayName: 'A' }, 'userPrincipalName', /name@domain/],
    ];
    for (const [body, field, message] of cases) {
      const response = await tenant.admin.post(url(), body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)} → ${response.body}`);
      const problem = response.json();
      const fieldProblem = problem.errors.find((e: { field: string }) => e.field === field);
      assert.ok(fieldProblem, `expected a problem on ${field}: ${response.body}`);
      assert.match(fieldProblem.message, message);
    }
    const list = (await tenant.admin.get(url())).json();
    assert.equal(list.total, 1, 'nothing was created by the bad requests');
  });

  test('malformed JSON is a 400 problem, not a 500', async () => {
    const response = await tenant.admin.request({ method: 'POST', url: url(), payload: '{"displayName": ', headers: { 'content-type': 'application/json' } });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().status, 400);
  });

  test('404 for another tenant; 403 for a user without an admin role', async () => {
    const response = await other.admin.post(url(), { userPrincipalName: `x@${tenant.domain}`, displayName: 'X' });
    assert.equal(response.statusCode, 404);
    const plain = await createUser(tenant);
    const caller = await signInAs(t.app, plain);
    const forbidden = await caller.post(url(), { userPrincipalName: `y@${tenant.domain}`, displayName: 'Y' });
    assert.equal(forbidden.statusCode, 403);
    assert.match(forbidden.json().detail, /Global admin or a User admin/);
    assert.equal((await caller.get(url())).statusCode, 200, 'members may read the directory');
  });

  test('create, read, update, disable, delete', async () => {
    const created = await tenant.admin.post(url(), { userPrincipalName: `Ana.Souza@${tenant.domain}`, displayName: 'Ana Souza' });
    assert.equal(created.statusCode, 201);
    const user = created.json();
    assert.equal(user.usageLocation, 'DE', "defaults to the tenant's country");
    assert.equal(user.enabled, true);
    const duplicate = await tenant.admin.post(url(), { userPrincipalName: `ana.souza@${tenant.domain}`, displayName: 'Other Ana' });
    assert.equal(duplicate.statusCode, 409, 'user principal names are unique regardless of case');

    const patched = await tenant.admin.patch(`${url()}/${user.id}`, { displayName: 'Ana M. Souza', usageLocation: 'br', enabled: false });
    assert.equal(patched.statusCode, 200, patched.body);
    assert.deepEqual([patched.json().displayName, patched.json().usageLocation, patched.json().enabled], ['Ana M. Souza', 'BR', false]);
    await assertAudited(t.app, 'user.created', { tenantId: tenant.id, targetId: user.id });
    await assertAudited(t.app, 'user.disabled', { tenantId: tenant.id, targetId: user.id });
    assert.equal((await tenant.admin.patch(`${url()}/${user.id}`, { displayName: 'Ana Maria Souza' })).statusCode, 200);
    const updated = await assertAudited(t.app, 'user.updated', { tenantId: tenant.id, targetId: user.id });
    assert.match(updated.summary, /\(displayName\)/);

    const search = (await tenant.admin.get(`${url()}?search=souza`)).json();
    assert.deepEqual(search.items.map((u: { id: string }) => u.id), [user.id]);

    assert.equal((await tenant.admin.delete(`${url()}/${user.id}`)).statusCode, 204);
    assert.equal((await tenant.admin.get(`${url()}/${user.id}`)).statusCode, 404);
    await assertAudited(t.app, 'user.deleted', { tenantId: tenant.id, targetId: user.id });
  });

  test('roles: only Global admins grant them, and the last Global admin stays', async () => {
    const userAdmin = await createUser(tenant, { roles: ['user_admin'] });
    const target = await createUser(tenant);
    const asUserAdmin = await signInAs(t.app, userAdmin);
    assert.equal((await asUserAdmin.put(`${url()}/${target.id}/roles`, { roles: ['license_admin'] })).statusCode, 403);
    const granted = await tenant.admin.put(`${url()}/${target.id}/roles`, { roles: ['license_admin'] });
    assert.deepEqual(granted.json().roles, ['license_admin']);
    const rolesChanged = await assertAudited(t.app, 'user.roles_changed', { tenantId: tenant.id, targetId: target.id });
    assert.match(rolesChanged.summary + JSON.stringify(rolesChanged.detail), /license_admin|License admin/);
    const disableSelf = await tenant.admin.patch(`${url()}/${tenant.adminId}`, { enabled: false });
    assert.equal(disableSelf.statusCode, 409);
    assert.equal(disableSelf.json().errors[0].field, 'enabled');
    const demote = await tenant.admin.put(`${url()}/${tenant.adminId}/roles`, { roles: [] });
    assert.equal(demote.statusCode, 409);
    assert.match(demote.json().detail, /last Global admin/);
  });

  test('CSV import reports every rejected row and creates the rest', async () => {
    const csv = [
      'User principal name,Display name,Usage location,Enabled',
      `mia@${tenant.domain},Mia Wong,SG,true`,
      `bad@elsewhere.example,Wrong Domain,US,true`,
      `kai@${tenant.domain},,US,maybe`,
      `mia@${tenant.domain},Mia Again,SG,true`,
      `"leo@${tenant.domain}","Leo ""The Lion"" Berg",se,false`,
      `admin@${tenant.domain},Existing,US,true`,
    ].join('\n');
    const preview = await tenant.admin.request({ method: 'POST', url: `${url()}/import?dryRun=true`, payload: csv, headers: { 'content-type': 'text/csv' } });
    assert.equal(preview.statusCode, 200, preview.body);
    assert.equal(preview.json().created.length, 2);
    assert.equal((await tenant.admin.get(`${url()}?search=mia`)).json().total, 0, 'dry run creates nobody');

    const response = await tenant.admin.request({ method: 'POST', url: `${url()}/import`, payload: csv, headers: { 'content-type': 'text/csv' } });
    const report = response.json();
    assert.deepEqual(report.created.map((c: { line: number }) => c.line), [2, 6]);
    assert.deepEqual(report.rejected.map((r: { line: number }) => r.line), [3, 4, 5, 7]);
    assert.match(report.rejected[0].errors[0], /must end with @/);
    assert.equal(report.rejected[1].errors.length, 2, 'every reason for a row is listed');
    assert.match(report.rejected[2].errors[0], /repeats line 2/);
    assert.match(report.rejected[3].errors[0], /already exists/);
    const leo = (await tenant.admin.get(`${url()}?search=leo`)).json().items[0];
    assert.deepEqual([leo.displayName, leo.usageLocation, leo.enabled], ['Leo "The Lion" Berg', 'SE', false]);
    await assertAudited(t.app, 'user.imported', { tenantId: tenant.id });
  });

  test('CSV import refuses a file in the wrong encoding or without the needed columns, creating nobody', async () => {
    const latin1 = Buffer.from(`User principal name,Display name\njos\xe9@${tenant.domain},Jos\xe9\n`, 'latin1');
    const response = await tenant.admin.request({ method: 'POST', url: `${url()}/import`, payload: latin1, headers: { 'content-type': 'text/csv' } });
    assert.equal(response.statusCode, 400);
    assert.match(response.json().detail, /not valid UTF-8/);
    const noColumn = await tenant.admin.request({ method: 'POST', url: `${url()}/import`, payload: 'Display name\nNobody\n', headers: { 'content-type': 'text/csv' } });
    assert.equal(noColumn.statusCode, 400);
    assert.match(noColumn.json().detail, /Missing column "User principal name"/);
    const json = await tenant.admin.post(`${url()}/import`, { not: 'csv' });
    assert.equal(json.statusCode, 415);
  });
});
