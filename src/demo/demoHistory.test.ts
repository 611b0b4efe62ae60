import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../test/support/testApp.js';
import { signInFrom } from '../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../test/support/seatInvariants.js';
import { DEMO_PASSWORD, loadDemoData } from './loadDemo.js';

describe('demo history for the partner reports', () => {
  let t: TestApp;
  let loadMs = 0;
  before(async () => {
    t = await createTestApp();
    const started = performance.now();
    await loadDemoData(t.database.db, t.clock.now());
    loadMs = performance.now() - started;
  });
  after(() => t.close());

  test('a year of provisioning and assignments across many countries, written by the real commands', async (context) => {
    const fabrikam = await signInFrom(t.app, 'admin@fabrikam.example', DEMO_PASSWORD);
    const tenantId = (await fabrikam.get('/api/v1/auth/session')).json().tenant.id as string;
    const response = await fabrikam.get(`/api/v1/tenants/${tenantId}/partner/reports/licenses?from=2025-12&to=2026-11`);
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json();
    const provisioned = report.series.map((p: { provisioned: number }) => p.provisioned);
    assert.equal(provisioned.length, 12);
    assert.ok(provisioned[0] > 0, 'licenses already provisioned a year ago');
    assert.ok(new Set(provisioned).size >= 6, `the numbers move from month to month: ${provisioned}`);
    assert.ok(report.series.every((p: { assigned: number; provisioned: number }) => p.assigned <= p.provisioned));
    assert.ok(report.byCountry.length >= 10, `${report.byCountry.length} countries`);
    assert.ok(report.byCustomer.length >= 12);
    assert.ok(report.byPlan.every((p: { serviceId: string }) => p.serviceId.includes('.fieldops.')), 'only Fabrikam’s own plans');
    // The history's products obey the seat rules like any other.
    const products = await t.app.db.selectFrom('products').select(['tenant_id', 'plan_id']).execute();
    for (const p of products) await assertSeatInvariants(t.app, p.tenant_id, p.plan_id);
    context.diagnostic(`demo load took ${Math.round(loadMs)} ms`);
  });
});
