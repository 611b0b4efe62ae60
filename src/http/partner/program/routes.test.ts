import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { approvePublisher, createAppliedPublisher, createOffer, operatorOf } from '../../../../test/support/partnerFactories.js';

describe('partner program API (publisher side)', () => {
  let t: TestApp;
  let publisher: TenantFixture;
  let other: TenantFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createTenant(t.app, { isPublisher: true });
    other = await createTenant(t.app, { isPublisher: true });
  });
  after(() => t.close());

  const url = (tenant: TenantFixture) => `/api/v1/tenants/${tenant.id}/partner/program`;
  const apply = (tenant: TenantFixture, body: object) => tenant.admin.post(`${url(tenant)}/application`, body);
  const valid = (publisherId: string, partnerId = '7700001') => ({ publisherId, partnerId, acceptMarketplaceAgreement: true });

  test('401, 400 per field, 404 for another tenant, 403 for a plain user and for a customer tenant', async () => {
    assert.equal((await anonymous(t.app).get(url(publisher))).statusCode, 401);
    assert.equal((await anonymous(t.app).post(`${url(publisher)}/application`, valid('nope'))).statusCode, 401);
    const cases: [object, string, RegExp][] = [
      [{ ...valid('Fabrikam') }, 'publisherId', /may contain only lowercase letters/],
      [{ ...valid('a.b') }, 'publisherId', /may contain only/],
      [{ ...valid('x'.repeat(39)) }, 'publisherId', /at most 38 characters/],
      [{ ...valid('fine'), partnerId: '12ab' }, 'partnerId', /6 to 10 digits/],
      [{ publisherId: 'fine', partnerId: '7700001' }, 'acceptMarketplaceAgreement', /accept the marketplace publisher agreement/],
      [{ ...valid('fine'), acceptMarketplaceAgreement: false }, 'acceptMarketplaceAgreement', /must be true/],
      [{ ...valid('fine'), shoeSize: 44 }, 'shoeSize', /not a known field/],
      [{ publisherId: 'fine', acceptMarketplaceAgreement: true }, 'partnerId', /is required: your tenant has no partner ID on file/],
    ];
    for (const [body, field, message] of cases) {
      const response = await apply(publisher, body);
      assert.equal(response.statusCode, 400, `${JSON.stringify(body)} → ${response.body}`);
      const problem = response.json().errors.find((e: { field: string }) => e.field === field);
      assert.ok(problem, `expected a problem on ${field}: ${response.body}`);
      assert.match(problem.message, message);
    }
    assert.equal((await publisher.admin.get(url(publisher))).json().status, 'not_enrolled', 'nothing was applied by the bad requests');

    assert.equal((await other.admin.get(url(publisher))).statusCode, 404);
    assert.equal((await other.admin.post(`${url(publisher)}/application`, valid('hijack'))).statusCode, 404);
    assert.equal((await publisher.admin.get(url(publisher))).json().publisherId, null, "another tenant's admin changed nothing");
    const plain = await signInAs(t.app, await createUser(publisher));
    assert.equal((await plain.get(url(publisher))).statusCode, 200, 'members of the publisher may look');
    const refused = await plain.post(`${url(publisher)}/application`, valid('plain'));
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().detail, /publisher tenant's Global admin/);
    const customer = await createTenant(t.app);
    assert.equal((await customer.admin.get(url(customer))).statusCode, 403, 'customer tenants have no partner program');
  });

  test('before applying every prerequisite is missing, each with what to do', async () => {
    const fresh = await createTenant(t.app, { isPublisher: true });
    const program = (await fresh.admin.get(url(fresh))).json();
    assert.equal(program.status, 'not_enrolled');
    assert.equal(program.canManageLicenses, false);
    assert.deepEqual(program.prerequisites.map((p: { key: string; met: boolean }) => [p.key, p.met]), [
      ['partnerId', false],
      ['marketplaceEnrollment', false],
      ['programApproval', false],
    ]);
    assert.match(program.prerequisites[2].message, /apply from Partner Center/);
  });

  test('apply → pending → approved; the application and the decision are audited', async () => {
    const tenant = await createTenant(t.app, { isPublisher: true });
    const applied = await apply(tenant, valid('contoso-apps', '7700002'));
    assert.equal(applied.statusCode, 200, applied.body);
    assert.deepEqual(
      [applied.json().status, applied.json().publisherId, applied.json().partnerId, applied.json().marketplaceEnrolled, applied.json().appliedAt],
      ['pending', 'contoso-apps', '7700002', true, '2026-11-24T12:00:00.000Z'],
    );
    assert.deepEqual(applied.json().prerequisites.map((p: { met: boolean }) => p.met), [true, true, false]);

    const corrected = await apply(tenant, { publisherId: 'contoso', acceptMarketplaceAgreement: true });
    assert.equal(corrected.statusCode, 200, 'a pending application can be corrected; the partner ID on file is kept');
    assert.deepEqual([corrected.json().publisherId, corrected.json().partnerId], ['contoso', '7700002']);
    const mismatch = await apply(tenant, valid('contoso', '7799999'));
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.json().errors[0].message, /does not match the partner ID on file \(7700002\)/);

    await approvePublisher(t.app, tenant);
    const program = (await tenant.admin.get(url(tenant))).json();
    assert.deepEqual([program.status, program.canManageLicenses, program.decidedAt], ['approved', true, '2026-11-24T12:00:00.000Z']);
    const again = await apply(tenant, valid('contoso'));
    assert.equal(again.statusCode, 409);
    assert.match(again.json().detail, /already approved/);

    const audit = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/audit?action=partner_program.`)).json();
    assert.deepEqual(audit.items.map((e: { action: string }) => e.action).sort(), ['partner_program.applied', 'partner_program.applied', 'partner_program.approved']);
    assert.equal(audit.items.find((e: { action: string }) => e.action === 'partner_program.approved').actor.displayName, 'Platform Operator');
  });

  test('publisher IDs and partner IDs are unique', async () => {
    const first = await createAppliedPublisher(t.app);
    const second = await createTenant(t.app, { isPublisher: true });
    const samePublisher = await apply(second, valid(first.publisherId, '7700003'));
    assert.equal(samePublisher.statusCode, 409);
    assert.deepEqual(samePublisher.json().errors, [{ field: 'publisherId', message: 'is already used by another publisher' }]);
    const samePartner = await apply(second, valid('unique-one', first.partnerId));
    assert.equal(samePartner.statusCode, 409);
    assert.deepEqual(samePartner.json().errors, [{ field: 'partnerId', message: 'is already used by another tenant' }]);
  });

  test('a declined publisher sees the reason and may apply again; the publisher ID is fixed once it has offers', async () => {
    const tenant = await createAppliedPublisher(t.app);
    const operator = await operatorOf(t.app);
    await operator.post(`/api/v1/operator/program/applications/${tenant.id}/decline`, { reason: 'Company details could not be verified' });
    const declined = (await tenant.admin.get(url(tenant))).json();
    assert.equal(declined.status, 'declined');
    assert.equal(declined.decisionReason, 'Company details could not be verified');
    assert.match(declined.prerequisites[2].message, /declined \("Company details could not be verified"\)/);

    await createOffer(tenant, { licenseManagement: false });
    const renamed = await apply(tenant, valid(`${tenant.publisherId}x`, tenant.partnerId));
    assert.equal(renamed.statusCode, 409);
    assert.match(renamed.json().detail, /can't change from "p[0-9a-f]+": your offers' IDs and Service IDs are built on it/);
    const reapplied = await apply(tenant, valid(tenant.publisherId, tenant.partnerId));
    assert.equal(reapplied.statusCode, 200);
    assert.deepEqual([reapplied.json().status, reapplied.json().decisionReason], ['pending', null]);
  });
});
