import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { DAY_MS, createPublishedOffer, createPublisher, dealBody, travel, type OfferFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('customer relationships API (consent)', () => {
  let t: TestApp;
  let publisher: PublisherFixture;
  let offer: OfferFixture;
  let customer: TenantFixture;
  before(async () => {
    t = await createTestApp();
    publisher = await createPublisher(t.app);
    offer = await createPublishedOffer(t.app, publisher);
    customer = await createTenant(t.app);
  });
  after(() => t.close());
  const url = (tenant = customer) => `/api/v1/tenants/${tenant.id}/relationships`;
  const invite = async (body: object = {}) => (await publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/relationships`, body)).json();
  const register = (tenant: TenantFixture) => publisher.admin.post(`/api/v1/tenants/${publisher.id}/partner/deals`, dealBody(offer, tenant, { licenses: [{ planId: offer.plans[0]!.id, quantity: 5 }] }));

  test('401, 400, 404 for another tenant, 403 for admins who may not consent', async () => {
    assert.equal((await anonymous(t.app).get(url())).statusCode, 401);
    assert.equal((await customer.admin.get(`${url()}/invitation`)).statusCode, 400, 'code is required');
    assert.equal((await customer.admin.get(`${url()}?status=maybe`)).statusCode, 400);
    assert.equal((await publisher.admin.get(url())).statusCode, 404);
    const invitation = await invite();
    const licenseAdmin = await signInAs(t.app, await createUser(customer, { roles: ['license_admin'] }));
    assert.equal((await licenseAdmin.get(url())).statusCode, 200, 'a License admin may look');
    assert.equal((await licenseAdmin.post(`${url()}/${invitation.id}/accept`, { code: invitation.code })).statusCode, 403);
    const plain = await signInAs(t.app, await createUser(customer));
    assert.equal((await plain.get(url())).statusCode, 403);
  });

  test('no licenses without consent; a Billing admin accepts a link; then deals provision', async () => {
    const refused = await register(customer);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().code, 'NO_CONSENT');
    assert.match(refused.json().detail, /has not accepted a relationship/);

    const invitation = await invite({ message: 'Hello from the publisher' });
    const found = await customer.admin.get(`${url()}/invitation?code=${encodeURIComponent(invitation.code)}`);
    assert.equal(found.statusCode, 200);
    assert.deepEqual([found.json().id, found.json().publisher.name, found.json().message], [invitation.id, publisher.name, 'Hello from the publisher']);
    assert.equal((await customer.admin.get(`${url()}/invitation?code=wrong`)).statusCode, 404);

    const billing = await signInAs(t.app, await createUser(customer, { roles: ['billing_admin'] }));
    assert.equal((await billing.post(`${url()}/${invitation.id}/accept`)).statusCode, 404, 'an open link needs its code');
    assert.equal((await billing.post(`${url()}/${invitation.id}/accept`, { code: 'guess' })).statusCode, 404);
    const accepted = await billing.post(`${url()}/${invitation.id}/accept`, { code: invitation.code });
    assert.equal(accepted.statusCode, 200);
    assert.deepEqual([accepted.json().status, accepted.json().customer.tenantId], ['accepted', customer.id]);
    assert.equal((await billing.post(`${url()}/${invitation.id}/accept`, { code: invitation.code })).statusCode, 409, 'answered once');
    assert.equal((await register(customer)).statusCode, 201);

    const second = await invite();
    const duplicate = await customer.admin.post(`${url()}/${second.id}/accept`, { code: second.code });
    assert.equal(duplicate.statusCode, 409);
    assert.match(duplicate.json().detail, /already has an accepted relationship/);

    const audit = (await customer.admin.get(`/api/v1/tenants/${customer.id}/audit?action=relationship.`)).json();
    assert.ok(audit.items.some((e: { action: string }) => e.action === 'relationship.accepted'));
    const publisherAudit = (await publisher.admin.get(`/api/v1/tenants/${publisher.id}/audit?action=relationship.accepted`)).json();
    assert.match(publisherAudit.items[0].summary, new RegExp(`${customer.name} accepted`));
  });

  test('an invitation for one tenant is invisible to others; declining and expiry', async () => {
    const target = await createTenant(t.app);
    const stranger = await createTenant(t.app);
    const invitation = await invite({ customerTenantId: target.id });
    assert.equal((await stranger.admin.post(`${url(stranger)}/${invitation.id}/accept`, { code: invitation.code })).statusCode, 404);
    assert.equal((await stranger.admin.get(`${url(stranger)}/invitation?code=${encodeURIComponent(invitation.code)}`)).statusCode, 404);
    const pending = (await target.admin.get(`${url(target)}?status=pending`)).json();
    assert.deepEqual(pending.items.map((i: { id: string }) => i.id), [invitation.id], 'listed as a request to the tenant');
    const declined = await target.admin.post(`${url(target)}/${invitation.id}/decline`);
    assert.equal(declined.json().status, 'declined');
    await assertAudited(t.app, 'relationship.declined', { tenantId: target.id, targetId: invitation.id });
    await assertAudited(t.app, 'relationship.declined', { tenantId: publisher.id, targetId: invitation.id });
    assert.equal((await publisher.admin.get(`/api/v1/tenants/${publisher.id}/partner/relationships/${invitation.id}`)).json().status, 'declined');
    assert.equal((await register(target)).statusCode, 409);

    const late = await invite({ customerTenantId: stranger.id });
    const back = await travel(t, 14 * DAY_MS, stranger);
    const expired = await stranger.admin.post(`${url(stranger)}/${late.id}/accept`);
    assert.equal(expired.statusCode, 409);
    assert.match(expired.json().detail, /expired on/);
    await back();
  });

  test('the customer ends a relationship: no new deals, no more licenses; reductions still work', async () => {
    const tenant = await createTenant(t.app);
    const invitation = await invite({ customerTenantId: tenant.id });
    await tenant.admin.post(`${url(tenant)}/${invitation.id}/accept`);
    const deal = (await register(tenant)).json();
    const ended = await tenant.admin.post(`${url(tenant)}/${invitation.id}/end`);
    assert.equal(ended.statusCode, 200);
    assert.deepEqual([ended.json().status, ended.json().endedBy], ['ended', 'customer']);
    await assertAudited(t.app, 'relationship.ended', { tenantId: tenant.id, targetId: invitation.id });
    await assertAudited(t.app, 'relationship.ended', { tenantId: publisher.id, targetId: invitation.id });
    assert.equal((await tenant.admin.post(`${url(tenant)}/${invitation.id}/end`)).statusCode, 409);
    assert.equal((await register(tenant)).statusCode, 409);
    const licenses = `/api/v1/tenants/${publisher.id}/partner/deals/${deal.id}/licenses/${offer.plans[0]!.id}`;
    assert.equal((await publisher.admin.patch(licenses, { quantity: 9 })).statusCode, 409, 'more licenses need consent');
    assert.equal((await publisher.admin.patch(licenses, { quantity: 2 })).statusCode, 200, 'fewer do not');
    const products = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/licenses`)).json();
    assert.equal(products.items[0].purchased, 2, 'licenses already bought stay');
  });
});
