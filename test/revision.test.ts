import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from './support/testApp.js';
import { createUser, type TenantFixture } from './support/factories.js';
import { customerWithLicenses, type PlanFixture } from './support/licensingFactories.js';

describe('LicenseHub-Revision: the change feed revision on write answers', () => {
  let t: TestApp;
  let customer: TenantFixture;
  let plan: PlanFixture;
  before(async () => {
    t = await createTestApp();
    ({ customer, plan } = await customerWithLicenses(t.app, 3));
  });
  after(() => t.close());

  test('a write that changes licenses carries a revision that only grows; reads and failed writes carry none', async () => {
    const base = `/api/v1/tenants/${customer.id}/licenses/${plan.id}`;
    const one = (await createUser(customer)).id;
    const two = (await createUser(customer)).id;
    const first = await customer.admin.post(`${base}/assign`, { userIds: [one] });
    assert.equal(first.statusCode, 200);
    const second = await customer.admin.post(`${base}/assign`, { userIds: [two] });
    const [a, b] = [first.headers['licensehub-revision'], second.headers['licensehub-revision']];
    assert.match(String(a), /^\d+$/);
    assert.ok(BigInt(String(b)) > BigInt(String(a)), `${b} follows ${a}`);

    const read = await customer.admin.get(base);
    assert.equal(read.headers['licensehub-revision'], undefined);
    const refused = await customer.admin.post(`${base}/assign`, { userIds: ['not-a-guid'] });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.headers['licensehub-revision'], undefined);
  });
});
