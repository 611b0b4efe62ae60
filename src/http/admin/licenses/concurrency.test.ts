import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, type TenantFixture } from '../../../../test/support/factories.js';
import { customerWithLicenses, type PlanFixture, type PublisherFixture } from '../../../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../../../test/support/seatInvariants.js';
import { databaseKind } from '../../../../test/support/testDatabase.js';

/**
 * Assigned never exceeds purchased, under any concurrency: hundreds of
 * requests at once against a product with few seats. On PostgreSQL the app
 * runs on a pool of connections, so the product row lock is what holds the line.
 */
describe(`concurrent assignments (${databaseKind()})`, () => {
  let t: TestApp;
  let customer: TenantFixture;
  let publisher: PublisherFixture;
  let plan: PlanFixture;
  let dealId: string;
  let userIds: string[];
  const SEATS = 10;
  const USERS = 300;

  before(async () => {
    t = await createTestApp();
    ({ customer, publisher, plan, deal: { id: dealId } } = await customerWithLicenses(t.app, SEATS));
    const csv = ['User principal name,Display name', ...Array.from({ length: USERS }, (_, i) => `load${i}@${customer.domain},Load ${i}`)].join('\n');
    const imported = await customer.admin.request({ method: 'POST', url: `/api/v1/tenants/${customer.id}/users/import`, headers: { 'content-type': 'text/csv' }, payload: csv });
    assert.equal(imported.statusCode, 200, imported.body);
    userIds = imported.json().created.map((c: { id: string }) => c.id);
    assert.equal(userIds.length, USERS);
  });
  after(() => t.close());

  const assignUrl = () => `/api/v1/tenants/${customer.id}/licenses/${plan.id}/assign`;

  test(`${USERS} direct assignments at once to ${SEATS} seats: exactly ${SEATS} succeed`, async () => {
    const responses = await Promise.all(userIds.map((id) => customer.admin.post(assignUrl(), { userIds: [id] })));
    // On a loaded machine some wait on the product's lock past the lock timeout: a 503 with
    // Retry-After that changed nothing. Those are sent again, one at a time, as a client would.
    for (const [i, response] of responses.entries()) {
      if (response.statusCode !== 503) continue;
      assert.ok(response.headers['retry-after'], 'a 503 says when to retry');
      assert.equal(response.headers['content-type'], 'application/problem+json; charset=utf-8');
      responses[i] = await customer.admin.post(assignUrl(), { userIds: [userIds[i]!] });
    }
    const statuses = responses.map((r) => r.statusCode);
    assert.equal(statuses.filter((s) => s === 200).length, SEATS, `statuses: ${[...new Set(statuses)].join(', ')}`);
    assert.equal(statuses.filter((s) => s === 409).length, USERS - SEATS);
    const refused = responses.find((r) => r.statusCode === 409)!.json();
    assert.equal(refused.code, 'NOT_ENOUGH_LICENSES');
    const { assigned, purchased, holders } = await assertSeatInvariants(t.app, customer.id, plan.id);
    assert.deepEqual([assigned, purchased, holders], [SEATS, SEATS, SEATS]);
  });

  test('groups, unassignments, membership changes and quantity changes racing each other keep every invariant', async () => {
    const groups = await Promise.all(Array.from({ length: 6 }, () => createGroup(customer)));
    const member = (g: number, u: number) =>
      customer.admin.post(`/api/v1/tenants/${customer.id}/groups/${groups[g]!.id}/members`, { memberType: 'user', memberId: userIds[u] });
    for (let u = 0; u < 60; u++) assert.equal((await member(u % 6, 100 + u)).statusCode, 204);

    const dealLicense = `/api/v1/tenants/${publisher.id}/partner/deals/${dealId}/licenses/${plan.id}`;
    const work = [
      ...groups.map((g) => customer.admin.post(assignUrl(), { groupIds: [g.id] })),
      ...userIds.slice(0, 10).map((id) => customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${plan.id}/unassign`, { userIds: [id] })),
      ...userIds.slice(200, 260).map((id) => customer.admin.post(assignUrl(), { userIds: [id] })),
      ...[4, 25, 7, 40, 15].map((quantity) => publisher.admin.patch(dealLicense, { quantity })),
      ...Array.from({ length: 30 }, (_, i) => member(i % 6, 160 + i)),
      ...Array.from({ length: 10 }, (_, i) => customer.admin.delete(`/api/v1/tenants/${customer.id}/groups/${groups[i % 6]!.id}/members/${userIds[100 + i * 6 + (i % 6)]}`)),
      ...userIds.slice(290, 300).map((id) => customer.admin.patch(`/api/v1/tenants/${customer.id}/users/${id}`, { enabled: false })),
    ];
    const responses = await Promise.all(work);
    // A 503 is a lock timeout on a loaded machine: retryable, and it changed nothing (the invariants below still hold).
    for (const r of responses) assert.ok([200, 204, 404, 409].includes(r.statusCode) || (r.statusCode === 503 && r.headers['retry-after']), `unexpected ${r.statusCode}: ${r.body}`);
    const state = await assertSeatInvariants(t.app, customer.id, plan.id);
    assert.ok(state.holders > state.purchased, 'the groups entitle more users than there are seats');
    assert.equal(state.assigned, state.purchased, 'every seat is taken when more users are entitled than seats exist');
  });
});
