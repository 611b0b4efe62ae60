import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, signInOperator, type Caller, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant } from '../../../../test/support/factories.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('operator tenants API', () => {
  let t: TestApp;
  let operator: Caller;
  before(async () => {
    t = await createTestApp();
    operator = await signInOperator(t.app);
  });
  after(() => t.close());

  const valid = (suffix: string) => ({
    displayName: `Globex ${suffix}`,
    primaryDomain: `globex${suffix}.example`,
    country: 'jp',
    isPublisher: true,
    partnerId: `77${suffix.padStart(5, '0')}`.slice(0, 8),
    admin: { userPrincipalName: `admin@globex${suffix}.example`, displayName: 'Globex Admin', password: 'globex-password-1' },
  });

  test('401 without credentials, 403 for a tenant admin', async () => {
    assert.equal((await anonymous(t.app).get('/api/v1/operator/tenants')).statusCode, 401);
    const tenant = await createTenant(t.app);
    assert.equal((await tenant.admin.get('/api/v1/operator/tenants')).statusCode, 403);
  });

  test('400 names each bad field and creates nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid('1'), country: 'ZZ' }, 'country'],
      [{ ...valid('1'), primaryDomain: 'not a domain' }, 'primaryDomain'],
      [{ ...valid('1'), partnerId: 'abc' }, 'partnerId'],
      [{ ...valid('1'), displayName: '' }, 'displayName'],
      [{ ...valid('1'), admin: { ...valid('1').admin, password: 'short' } }, 'admin.password'],
    ];
    for (const [body, field] of cases) {
      const response = await operator.post('/api/v1/operator/tenants', body);
      assert.equal(response.statusCode, 400, response.body);
      assert.ok(response.json().errors.some((e: { field: string }) => e.field === field), `${field}: ${response.body}`);
    }
    const wrongAdminDomain = await operator.post('/api/v1/operator/tenants', { ...valid('1'), admin: { ...valid('1').admin, userPrincipalName: 'admin@elsewhere.example' } });
    assert.equal(wrongAdminDomain.statusCode, 400);
    assert.equal((await operator.get('/api/v1/operator/tenants?search=globex1')).json().total, 0, 'no half-created tenant');
  });

  test('create, list, update, delete; domains and partner IDs are unique', async () => {
    const created = await operator.post('/api/v1/operator/tenants', valid('2'));
    assert.equal(created.statusCode, 201, created.body);
    const tenant = created.json();
    assert.deepEqual([tenant.country, tenant.countryName, tenant.isPublisher, tenant.userCount], ['JP', 'Japan', true, 1]);
    assert.equal((await operator.post('/api/v1/operator/tenants', valid('2'))).statusCode, 409);
    const list = (await operator.get('/api/v1/operator/tenants?publishersOnly=true&search=globex2')).json();
    assert.deepEqual(list.items.map((i: { id: string }) => i.id), [tenant.id]);
    const updated = await operator.patch(`/api/v1/operator/tenants/${tenant.id}`, { displayName: 'Globex Corporation' });
    assert.equal(updated.json().displayName, 'Globex Corporation');
    await assertAudited(t.app, 'tenant.updated', { tenantId: tenant.id, targetId: tenant.id });
    assert.equal((await operator.delete(`/api/v1/operator/tenants/${tenant.id}`)).statusCode, 204);
    assert.equal((await operator.get(`/api/v1/operator/tenants/${tenant.id}`)).statusCode, 404);
    const deleted = await assertAudited(t.app, 'tenant.deleted', { targetId: tenant.id });
    assert.equal(deleted.tenantId, null, "kept in the platform's log: the tenant's own log went with it");
  });

  test("the operator's own tenant cannot be deleted", async () => {
    const me = (await operator.get('/api/v1/auth/session')).json();
    const response = await operator.delete(`/api/v1/operator/tenants/${me.tenant.id}`);
    assert.equal(response.statusCode, 409);
  });
});
