import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { DAY_MS, createPublisher, travel, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('partner relationships API', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let customer: TenantFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createPublisher(t.app);
    customer = await createTenant(t.app);
  });
  after(() => t.close());
  const url = () => `/api/v1/tenants/${publisher.id}/partner/relationships`;

  test('401, 400 per field, 404 for another tenant, 403 for a plain member or a customer tenant', async () => {
    assert.equal((await anonymous(t.app).post(url(), {})).statusCode, 401);
    const bad = await publisher.admin.post(url(), { customerTenantId: 'not-a-guid', message: 'x'.repeat(1001) });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json().errors.map((e: { field: string }) => e.field).sort(), ['customerTenantId', 'message']);
    assert.equal((await publisher.admin.post(url(), { colour: 'red' })).json().errors[0].field, 'colour');
    assert.equal((await customer.admin.get(url())).statusCode, 404);
    const plain = await signInAs(t.app, await createUser(publisher));
    assert.equal((await plain.get(url())).statusCode, 403);
    assert.equal((await customer.admin.get(`/api/v1/tenants/${customer.id}/partner/relationships`)).statusCode, 403, 'a customer tenant is no publisher');
  });

  test('an invitation link: its code is shown once, stored hashed, valid 14 days', async () => {
    const created = await publisher.admin.post(url(), { message: 'Please accept so we can provision your licenses' });
    assert.equal(created.statusCode, 201);
    const invitation = created.json();
    assert.equal(invitation.status, 'pending');
    const invited = await assertAudited(t.app, 'relationship.invited', { tenantId: publisher.id, targetId: invitation.id });
    assert.ok(!JSON.stringify(invited).includes(invitation.code), 'the invitation code is not in the audit log');
    assert.equal(invitation.customer.tenantId, null);
    assert.equal(invitation.invitationUrl, `http://localhost:8080/admin/relationships/accept?code=${invitation.code}`);
    assert.equal(new Date(invitation.expiresAt).getTime() - t.clock.now().getTime(), 14 * 24 * 60 * 60 * 1000);
    const stored = await t.app.db.selectFrom('relationships').select('invitation_code_hash').where('id', '=', invitation.id).executeTakeFirstOrThrow();
    assert.notEqual(stored.invitation_code_hash, invitation.code);
    const listed = (await publisher.admin.get(url())).json();
    assert.ok(!JSON.stringify(listed).includes(invitation.code), 'the code is never shown again');
    assert.equal((await publisher.admin.get(`${url()}/${invitation.id}`)).json().message, 'Please accept so we can provision your licenses');
  });

  test('an invitation for a tenant: unknown, own or already-invited tenants are refused', async () => {
    assert.equal((await publisher.admin.post(url(), { customerTenantId: '0f8fad5b-d9cb-469f-a165-70867728950e' })).statusCode, 404);
    const own = await publisher.admin.post(url(), { customerTenantId: publisher.id });
    assert.equal(own.statusCode, 400);
    assert.match(own.json().detail, /your own tenant/);
    const target = await createTenant(t.app);
    const first = await publisher.admin.post(url(), { customerTenantId: target.id });
    assert.equal(first.statusCode, 201);
    assert.equal(first.json().customer.name, null, 'the customer is named only once it consents');
    const again = await publisher.admin.post(url(), { customerTenantId: target.id });
    assert.equal(again.statusCode, 409);
    assert.match(again.json().detail, /already pending/);
    assert.equal((await target.admin.post(`/api/v1/tenants/${target.id}/relationships/${first.json().id}/accept`)).statusCode, 200);
    const accepted = (await publisher.admin.get(`${url()}/${first.json().id}`)).json();
    assert.deepEqual([accepted.status, accepted.customer.name], ['accepted', target.name]);
    assert.match((await publisher.admin.post(url(), { customerTenantId: target.id })).json().detail, /already has an accepted relationship/);
  });

  test('cancelling a pending invitation makes its link useless; only pending ones can be cancelled', async () => {
    const invitation = (await publisher.admin.post(url(), {})).json();
    const cancelled = await publisher.admin.post(`${url()}/${invitation.id}/cancel`);
    assert.equal(cancelled.statusCode, 200);
    assert.equal(cancelled.json().status, 'cancelled');
    await assertAudited(t.app, 'relationship.cancelled', { tenantId: publisher.id, targetId: invitation.id });
    assert.equal((await publisher.admin.post(`${url()}/${invitation.id}/cancel`)).statusCode, 409);
    const accept = await customer.admin.post(`/api/v1/tenants/${customer.id}/relationships/${invitation.id}/accept`, { code: invitation.code });
    assert.equal(accept.statusCode, 409);
    assert.match(accept.json().detail, /already cancelled/);
    const other = await createPublisher(t.app);
    assert.equal((await other.admin.post(`/api/v1/tenants/${other.id}/partner/relationships/${invitation.id}/cancel`)).statusCode, 404, "another publisher's invitation");
  });

  test('the list filters by status, expired included', async () => {
    const fresh = await createPublisher(t.app);
    const base = `/api/v1/tenants/${fresh.id}/partner/relationships`;
    const old = (await fresh.admin.post(base, {})).json();
    const back = await travel(t, 15 * DAY_MS, fresh);
    const recent = (await fresh.admin.post(base, {})).json();
    const statuses = (query: string) => fresh.admin.get(`${base}?${query}`).then((r) => r.json().items.map((i: { id: string }) => i.id));
    assert.deepEqual(await statuses('status=expired'), [old.id]);
    assert.deepEqual(await statuses('status=pending'), [recent.id]);
    assert.equal((await fresh.admin.get(base)).json().total, 2);
    assert.equal((await fresh.admin.get(`${base}?status=lost`)).statusCode, 400);
    await back();
  });
});
