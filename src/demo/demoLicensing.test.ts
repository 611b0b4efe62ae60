import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../test/support/testApp.js';
import { signInFrom } from '../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../test/support/seatInvariants.js';
import { DEMO_PASSWORD, loadDemoData } from './loadDemo.js';

describe('demo licenses', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
    await loadDemoData(t.database.db, t.clock.now());
  });
  after(() => t.close());

  const adminOf = async (domain: string) => {
    const admin = await signInFrom(t.app, `admin@${domain}`, DEMO_PASSWORD);
    const tenantId = (await admin.get('/api/v1/auth/session')).json().tenant.id as string;
    const products = (await admin.get(`/api/v1/tenants/${tenantId}/licenses`)).json().items as { planKey: string; purchased: number; assigned: number; notEnoughLicenses: number; state: string; planId: string }[];
    return { admin, tenantId, products };
  };

  test('Contoso holds Field Ops and Timesheets, with direct and group assignments and one over-assigned group', async () => {
    const { admin, tenantId, products } = await adminOf('contoso.example');
    assert.deepEqual(products.map((p) => [p.planKey, p.purchased, p.state]).sort(), [['bronze', 20, 'active'], ['gold', 5, 'active'], ['pro', 10, 'active'], ['silver', 10, 'active']]);
    const pro = products.find((p) => p.planKey === 'pro')!;
    assert.deepEqual([pro.assigned, pro.notEnoughLicenses > 0], [10, true], 'All Staff has more members than Timesheets Pro has seats');
    const gold = products.find((p) => p.planKey === 'gold')!;
    const holders = (await admin.get(`/api/v1/tenants/${tenantId}/licenses/${gold.planId}/holders`)).json().items;
    assert.ok(holders.some((h: { user: { userPrincipalName: string }; sources: { kind: string }[] }) => h.user.userPrincipalName === 'alex.wilber@contoso.example' && h.sources[0]!.kind === 'direct'));
    const environments = (await admin.get(`/api/v1/tenants/${tenantId}/environments`)).json().items;
    assert.equal(environments[0].installedApps, 2);
    for (const product of products) await assertSeatInvariants(t.app, tenantId, product.planId);
  });

  test('one deal in its grace period, some expiring soon, deals that add up, a pending invitation', async () => {
    assert.deepEqual((await adminOf('humongousinsurance.example')).products.map((p) => p.state), ['warning']);
    const adatum = (await adminOf('adatum.example')).products[0]!;
    assert.equal(adatum.state, 'active');
    assert.deepEqual((await adminOf('woodgrove.example')).products.map((p) => [p.planKey, p.purchased]), [['gold', 15]]);
    const lucerne = await adminOf('lucerne.example');
    const requests = (await lucerne.admin.get(`/api/v1/tenants/${lucerne.tenantId}/relationships?status=pending`)).json();
    assert.equal(requests.items[0].publisher.name, 'Fabrikam Software');

    const fabrikam = await signInFrom(t.app, 'admin@fabrikam.example', DEMO_PASSWORD);
    const fabrikamId = (await fabrikam.get('/api/v1/auth/session')).json().tenant.id;
    const deals = (await fabrikam.get(`/api/v1/tenants/${fabrikamId}/partner/deals?limit=100`)).json();
    assert.equal(deals.total, 6 + 9, 'the six current deals and the nine of the backdated history (demoHistory.ts)');
    assert.deepEqual(deals.items.filter((d: { state: string }) => d.state === 'warning').map((d: { customerTenant: { name: string } }) => d.customerTenant.name), ['Humongous Insurance']);
  });
});
