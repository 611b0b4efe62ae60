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

  test('seats that manage themselves: Gold auto-claims with an automatic room and reclamation, Timesheets has a manual room with two waiting', async () => {
    const { admin, tenantId, products } = await adminOf('contoso.example');
    const gold = products.find((p) => p.planKey === 'gold')!;
    const pro = products.find((p) => p.planKey === 'pro')!;
    const base = (planId: string) => `/api/v1/tenants/${tenantId}/licenses/${planId}`;
    assert.deepEqual((await admin.get(`${base(gold.planId)}/policy`)).json(), { autoClaim: 'off', waitingRoom: 'automatic', reclaimAfterDays: 30, reclaimNoticeDays: 7, exclusionGroupId: null });
    assert.equal((await admin.get(`${base(pro.planId)}/policy`)).json().waitingRoom, 'manual');
    assert.deepEqual((await admin.get(`${base(pro.planId)}/waiting`)).json().items.map((w: { position: number }) => w.position), [1, 2]);
    const reclamations = (await admin.get(`${base(gold.planId)}/reclamations`)).json().items as { state: string; undoUntil: string | null }[];
    assert.deepEqual(reclamations.map((r) => r.state).sort(), ['announced', 'reclaimed']);
    assert.ok(reclamations.find((r) => r.state === 'reclaimed')!.undoUntil);
    assert.equal((await admin.get(`${base(gold.planId)}/activity`)).json().active.last7Days, 1);
    const silver = (await admin.get(`${base(products.find((p) => p.planKey === 'silver')!.planId)}/activity`)).json().active;
    assert.ok(silver.last7Days < silver.last30Days && silver.last30Days < silver.last90Days, JSON.stringify(silver));
    // Alex's launch page would show nothing; the License admin's shows the reclamation notice.
    // The demo was written straight to the database: the index learns of it as a start-up would.
    await t.app.entitlements.apply([{ kind: 'catalog' }, { kind: 'tenant', tenantId }]);
    const licenses = await signInFrom(t.app, 'licenses@contoso.example', DEMO_PASSWORD);
    const appModule = (await t.app.db.selectFrom('app_module_plans').select('app_module').where('plan_id', '=', gold.planId).executeTakeFirstOrThrow()).app_module;
    const page = (await licenses.get(`/api/v1/tenants/${tenantId}/launch/${appModule}`)).json();
    assert.equal(page.reclaimNotices?.length, 1, JSON.stringify(page));
    await assertSeatInvariants(t.app, tenantId, gold.planId);
  });
});
