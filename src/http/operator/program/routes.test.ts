import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type Caller, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant } from '../../../../test/support/factories.js';
import { createAppliedPublisher, operatorOf } from '../../../../test/support/partnerFactories.js';

describe('partner program API (operator side)', () => {
  let t: TestApp;
  let operator: Caller;
  before(async () => {
    t = await createTestApp();
    operator = await operatorOf(t.app);
  });
  after(() => t.close());

  const base = '/api/v1/operator/program/applications';

  test('401 without credentials, 403 for a tenant admin, 404 for a tenant that is no publisher', async () => {
    const publisher = await createAppliedPublisher(t.app);
    assert.equal((await anonymous(t.app).get(base)).statusCode, 401);
    assert.equal((await anonymous(t.app).post(`${base}/${publisher.id}/approve`)).statusCode, 401);
    const forbidden = await publisher.admin.post(`${base}/${publisher.id}/approve`);
    assert.equal(forbidden.statusCode, 403, 'a publisher cannot approve itself');
    assert.match(forbidden.json().detail, /the platform operator/);
    assert.equal((await publisher.admin.get(base)).statusCode, 403);
    const customer = await createTenant(t.app);
    assert.equal((await operator.post(`${base}/${customer.id}/approve`)).statusCode, 404);
    assert.equal((await operator.get(`${base}/not-a-guid`)).statusCode, 400);
    assert.equal((await publisher.admin.get(`/api/v1/tenants/${publisher.id}/partner/program`)).json().status, 'pending', 'still pending');
  });

  test('pending applications are listed with their prerequisites; approving needs a pending one', async () => {
    const first = await createAppliedPublisher(t.app);
    const second = await createAppliedPublisher(t.app);
    const listed = (await operator.get(base)).json();
    const mine = listed.items.filter((a: { tenant: { id: string } }) => [first.id, second.id].includes(a.tenant.id));
    assert.equal(mine.length, 2);
    assert.deepEqual(mine[0].prerequisites.map((p: { met: boolean }) => p.met), [true, true, false]);
    assert.equal(mine[0].tenant.primaryDomain.endsWith('.example'), true);

    const approved = await operator.post(`${base}/${first.id}/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    assert.deepEqual([approved.json().status, approved.json().canManageLicenses], ['approved', true]);
    const twice = await operator.post(`${base}/${first.id}/approve`);
    assert.equal(twice.statusCode, 409);
    assert.match(twice.json().detail, /Only a pending application can be decided; .* is already approved/);

    const pendingIds = (await operator.get(`${base}?status=pending&limit=500`)).json().items.map((a: { tenant: { id: string } }) => a.tenant.id);
    assert.ok(!pendingIds.includes(first.id) && pendingIds.includes(second.id));
    const approvedIds = (await operator.get(`${base}?status=approved`)).json().items.map((a: { tenant: { id: string } }) => a.tenant.id);
    assert.ok(approvedIds.includes(first.id));
    assert.equal((await operator.get(`${base}?status=maybe`)).statusCode, 400);
    assert.equal((await operator.get(`${base}/${second.id}`)).json().status, 'pending');

    const notApplied = await createTenant(t.app, { isPublisher: true });
    const early = await operator.post(`${base}/${notApplied.id}/approve`);
    assert.equal(early.statusCode, 409);
    assert.match(early.json().detail, /has not applied/);
  });

  test('approval needs a partner ID on file', async () => {
    const publisher = await createAppliedPublisher(t.app);
    await operator.patch(`/api/v1/operator/tenants/${publisher.id}`, { partnerId: null });
    const refused = await operator.post(`${base}/${publisher.id}/approve`);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().detail, /can't be approved yet: No partner ID is on file/);
  });

  test('declining needs a reason; the decision lands in the publisher log and the platform log', async () => {
    const publisher = await createAppliedPublisher(t.app);
    for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(1001) }]) {
      const response = await operator.post(`${base}/${publisher.id}/decline`, body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
      assert.equal(response.json().errors[0].field, 'reason');
    }
    const declined = await operator.post(`${base}/${publisher.id}/decline`, { reason: 'Tax details missing' });
    assert.equal(declined.statusCode, 200);
    assert.deepEqual([declined.json().status, declined.json().decisionReason], ['declined', 'Tax details missing']);
    const log = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/audit?action=partner_program.declined`)).json();
    assert.equal(log.items.length, 1);
    assert.match(log.items[0].summary, /Tax details missing/);
    const platformLog = await t.database.db.selectFrom('audit_events').select('summary').where('tenant_id', 'is', null).where('action', '=', 'partner_program.declined').where('target_id', '=', publisher.id).execute();
    assert.equal(platformLog.length, 1);
  });
});
