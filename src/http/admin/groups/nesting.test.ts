import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createUser, type TenantFixture } from '../../../../test/support/factories.js';
import { customerWithLicenses, type PlanFixture } from '../../../../test/support/licensingFactories.js';

/** Nested groups seen from the child: the groups it is in, and the licenses its members get through them. */
describe('group nesting from the child side', () => {
  let t: TestApp;
  let customer: TenantFixture;
  let plan: PlanFixture;
  before(async () => {
    t = await createTestApp();
    ({ customer, plan } = await customerWithLicenses(t.app, 1));
  });
  after(() => t.close());
  const groups = () => `/api/v1/tenants/${customer.id}/groups`;
  const nest = (parentId: string, memberType: 'user' | 'group', memberId: string) => customer.admin.post(`${groups()}/${parentId}/members`, { memberType, memberId });

  test('memberOf names the parents; licenses of a parent (at any depth) show as inherited, counted for this group only', async () => {
    const company = await createGroup(customer, 'Company');
    const sales = await createGroup(customer, 'Sales');
    const emea = await createGroup(customer, 'Sales EMEA');
    const outsider = await createUser(customer);
    const ana = await createUser(customer);
    const bo = await createUser(customer);
    assert.equal((await nest(company.id, 'group', sales.id)).statusCode, 204);
    assert.equal((await nest(sales.id, 'group', emea.id)).statusCode, 204);
    await nest(emea.id, 'user', ana.id);
    await nest(emea.id, 'user', bo.id);
    await nest(company.id, 'user', outsider.id);
    assert.equal((await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/assign`, { groupIds: [company.id] })).statusCode, 200);

    assert.deepEqual((await customer.admin.get(`${groups()}/${emea.id}`)).json().memberOf, [{ id: sales.id, displayName: 'Sales' }]);
    assert.deepEqual((await customer.admin.get(`${groups()}/${company.id}`)).json().memberOf, []);

    const inherited = (await customer.admin.get(`${groups()}/${emea.id}/licenses`)).json().items;
    assert.equal(inherited.length, 1);
    assert.deepEqual([inherited[0].planId, inherited[0].inheritedFrom], [plan.id, { id: company.id, displayName: 'Company' }]);
    assert.equal(inherited[0].activeMembers + inherited[0].notEnoughMembers, 2, "only Sales EMEA's two members count");
    const own = (await customer.admin.get(`${groups()}/${company.id}/licenses`)).json().items;
    assert.deepEqual([own[0].inheritedFrom, own[0].activeMembers + own[0].notEnoughMembers], [null, 3]);
    assert.equal((await customer.admin.get(`${groups()}/${sales.id}/licenses`)).json().items[0].inheritedFrom.id, company.id, 'any depth');
  });
});
