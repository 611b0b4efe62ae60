import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Caller, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createUser, signInAs } from '../../../../test/support/factories.js';
import { licensedCustomer } from '../../../../test/support/runtimeFixtures.js';
import { assertAudited } from '../../../../test/support/audit.js';
import { assertSeatInvariants } from '../../../../test/support/seatInvariants.js';

type Fixture = Awaited<ReturnType<typeof licensedCustomer>>;
type Person = { id: string; userPrincipalName: string; displayName: string };

/**
 * A license request is answered by the seat its requester gets, however they get it: the waiting
 * room (automatic, or an admin approving there), an admin assigning the product directly or
 * through a group, or their own auto-claim. Runs on PGlite, and on PostgreSQL with TEST_DATABASE_URL.
 */
describe('license requests answered by the seat the requester gets', () => {
  let t: TestApp;
  before(async () => {
    t = await createTestApp();
  });
  after(() => t.close());

  const requestsOf = (f: Fixture) => `/api/v1/tenants/${f.customer.id}/license-requests`;
  const productOf = (f: Fixture) => `/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}`;
  const setPolicy = async (f: Fixture, policy: { autoClaim?: string; waitingRoom: string }) => {
    const response = await f.customer.admin.put(`${productOf(f)}/policy`, { autoClaim: 'off', reclaimAfterDays: null, reclaimNoticeDays: 7, exclusionGroupId: null, ...policy });
    assert.equal(response.statusCode, 200, response.body);
  };
  const ask = async (f: Fixture, person: Person) => {
    const caller = await signInAs(t.app, person);
    const created = await caller.post(requestsOf(f), { appModule: f.plan.appModule, message: 'I need it for the site visits' });
    assert.equal(created.statusCode, 201, created.body);
    return { caller, id: created.json().id as string };
  };
  const mine = async (caller: Caller) => {
    const items = (await caller.get(`/api/v1/tenants/${(await caller.get('/api/v1/auth/session')).json().tenant.id}/license-requests/mine`)).json().items;
    return items[0] as { id: string; status: string; plan: { id: string; name: string } | null; decidedAt: string | null; decidedBy: { kind: string; user: { id: string; displayName: string } | null } | null };
  };
  const decisionEvent = async (f: Fixture, requestId: string) => {
    const rows = await t.app.db
      .selectFrom('license_events')
      .select(['revision', 'data'])
      .where('type', '=', 'license_request.decided')
      .where('subject', '=', `tenants/${f.customer.id}/license_requests/${requestId}`)
      .execute();
    assert.equal(rows.length, 1, 'one decision event');
    return { revision: String(rows[0]!.revision), data: rows[0]!.data as Record<string, unknown> };
  };
  const notificationsOf = async (caller: Caller) => (await caller.get('/api/v1/me/notifications')).json().items as { kind: string; title: string; body: string; link: string }[];
  const check = async (f: Fixture, person: Person) => (await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: person.id, appModule: f.plan.appModule })).json().code as string;

  test('automatic waiting room with a free seat: the request is approved at once by the room, in the same transaction, and the requester is told once', async () => {
    const f = await licensedCustomer(t.app, 2);
    await setPolicy(f, { waitingRoom: 'automatic' });
    const ana = await createUser(f.customer, { name: 'Ana Asks' });
    const { caller, id } = await ask(f, ana);

    const answered = await mine(caller);
    assert.deepEqual([answered.id, answered.status, answered.plan?.id], [id, 'approved', f.plan.id]);
    assert.deepEqual(answered.decidedBy, { kind: 'waiting_room', user: null }, 'decided by the automatic waiting room, not by a person');
    assert.equal(answered.decidedAt, t.clock.now().toISOString());
    assert.equal((await f.customer.admin.get(`${requestsOf(f)}?status=pending`)).json().total, 0, 'nothing left for the admins');
    assert.equal(await check(f, ana), 'LICENSED');

    // One transaction: the request, the seat and the decision share one revision of the change feed.
    const decision = await decisionEvent(f, id);
    assert.deepEqual(decision.data, { tenantId: f.customer.id, requestId: id, userId: ana.id, offerId: f.offer.id, offerKey: f.offer.offerKey, appModule: f.plan.appModule, decision: 'approved', planId: f.plan.id, decidedBy: 'waiting_room' });
    const sameRevision = await t.app.db.selectFrom('license_events').select('type').where('revision', '=', decision.revision).orderBy('position').execute();
    assert.deepEqual(
      sameRevision.map((e) => e.type).filter((type) => ['license_request.created', 'waiting_room.joined', 'waiting_room.admitted', 'seat.granted', 'license_request.decided'].includes(type)),
      ['license_request.created', 'waiting_room.admitted', 'seat.granted', 'license_request.decided'],
    );
    await assertAudited(t.app, 'license_request.approved', { tenantId: f.customer.id, targetId: id, summary: /the waiting room gave the requester a seat of/ });

    // The same words as an admin's approval, saying the room gave it; no second "you got a license".
    const told = await notificationsOf(caller);
    assert.deepEqual(told.map((n) => n.kind), ['license_request.decided']);
    assert.equal(told[0]!.title, `Your license request for ${f.plan.name} app was approved`);
    assert.match(told[0]!.body, new RegExp(`The waiting room gave you a free ${f.plan.name} seat`));
    assert.equal(told[0]!.link, `/launch/${f.customer.id}/${f.plan.appModule}`);
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
  });

  test('automatic waiting room, no seat free: the request waits with its requester, and the freed seat approves it', async () => {
    const f = await licensedCustomer(t.app, 1);
    await setPolicy(f, { waitingRoom: 'automatic' });
    const bo = await createUser(f.customer, { name: 'Bo Waits' });
    const { caller, id } = await ask(f, bo);
    assert.equal((await mine(caller)).status, 'pending');
    const pending = (await f.customer.admin.get(`${requestsOf(f)}?status=pending`)).json().items[0];
    assert.equal(pending.decidedBy, null);

    const unassigned = await f.customer.admin.post(`${productOf(f)}/unassign`, { userIds: [f.licensed.id] });
    assert.equal(unassigned.statusCode, 200, unassigned.body);
    const answered = await mine(caller);
    assert.deepEqual([answered.status, answered.plan?.name, answered.decidedBy], ['approved', f.plan.name, { kind: 'waiting_room', user: null }]);
    assert.equal((await decisionEvent(f, id)).data.decidedBy, 'waiting_room');
    assert.deepEqual((await notificationsOf(caller)).map((n) => n.kind), ['license_request.decided']);
    assert.equal(await check(f, bo), 'LICENSED');
    // Already answered: an admin approving a moment later is told so.
    const late = await f.customer.admin.post(`${requestsOf(f)}/${id}/approve`, {});
    assert.equal(late.statusCode, 409);
    assert.equal(late.json().detail, 'This request was already approved');
  });

  test('manual waiting room: the admin approving the requester there answers the request, named as the decider', async () => {
    const f = await licensedCustomer(t.app, 1);
    await setPolicy(f, { waitingRoom: 'manual' });
    const cy = await createUser(f.customer, { name: 'Cy Queues' });
    const { caller, id } = await ask(f, cy);
    assert.equal((await f.customer.admin.post(`${productOf(f)}/unassign`, { userIds: [f.licensed.id] })).statusCode, 200);
    assert.equal((await mine(caller)).status, 'pending', 'a manual room gives nothing by itself');
    const approved = await f.customer.admin.post(`${productOf(f)}/waiting/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    const answered = await mine(caller);
    assert.deepEqual([answered.status, answered.decidedBy?.kind, answered.decidedBy?.user?.id], ['approved', 'waiting_room', f.customer.adminId]);
    assert.deepEqual((await notificationsOf(caller)).map((n) => n.kind), ['license_request.decided'], 'told once');
  });

  test('an admin assigning the product directly answers the request: approved, by that admin, the requester told', async () => {
    const f = await licensedCustomer(t.app, 2);
    const dee = await createUser(f.customer, { name: 'Dee Direct' });
    const { caller, id } = await ask(f, dee);
    const assigned = await f.customer.admin.post(`${productOf(f)}/assign`, { userIds: [dee.id] });
    assert.equal(assigned.statusCode, 200, assigned.body);
    const answered = await mine(caller);
    assert.deepEqual([answered.status, answered.plan?.id, answered.decidedBy?.kind, answered.decidedBy?.user?.id], ['approved', f.plan.id, 'assignment', f.customer.adminId]);
    assert.equal((await decisionEvent(f, id)).data.decidedBy, 'assignment');
    const told = await notificationsOf(caller);
    assert.deepEqual(told.map((n) => n.kind), ['license_request.decided']);
    assert.match(told[0]!.body, new RegExp(`Your admins gave you a ${f.plan.name} license`));
    await assertAudited(t.app, 'license_request.approved', { targetId: id, summary: /the requester was assigned/ });
  });

  test('a group assignment reaching the requester answers the request too', async () => {
    const f = await licensedCustomer(t.app, 3);
    const eve = await createUser(f.customer, { name: 'Eve Grouped' });
    const { caller, id } = await ask(f, eve);
    const group = await createGroup(f.customer, 'Site crew');
    assert.equal((await f.customer.admin.post(`${productOf(f)}/assign`, { groupIds: [group.id] })).statusCode, 200);
    assert.equal((await mine(caller)).status, 'pending', 'not a member yet');
    const added = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: eve.id });
    assert.equal(added.statusCode, 204, added.body);
    const answered = await mine(caller);
    assert.deepEqual([answered.status, answered.decidedBy?.kind, answered.decidedBy?.user?.id], ['approved', 'assignment', f.customer.adminId]);
    assert.equal((await decisionEvent(f, id)).data.planId, f.plan.id);
  });

  test("auto-claim: the requester who takes a free seat by opening the app has their request approved, without a message (the launch page told them)", async () => {
    const f = await licensedCustomer(t.app, 1);
    await setPolicy(f, { autoClaim: 'anyone', waitingRoom: 'off' });
    const fin = await createUser(f.customer, { name: 'Fin Claims' });
    const { caller, id } = await ask(f, fin);
    assert.equal((await mine(caller)).status, 'pending', 'no seat free, no waiting room: the admins decide');
    assert.equal((await f.customer.admin.post(`${productOf(f)}/unassign`, { userIds: [f.licensed.id] })).statusCode, 200);
    assert.equal((await mine(caller)).status, 'pending', 'a freed seat goes to nobody by itself without a room');
    const launched = (await caller.get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`)).json();
    assert.equal(launched.seat.outcome, 'claimed');
    const answered = await mine(caller);
    assert.deepEqual([answered.status, answered.decidedBy], ['approved', { kind: 'auto_claim', user: null }]);
    assert.equal((await decisionEvent(f, id)).data.decidedBy, 'auto_claim');
    assert.deepEqual(await notificationsOf(caller), []);
  });

  test('declining takes the requester out of the waiting room their request put them in: the freed seat goes to nobody they were ahead of', async () => {
    const f = await licensedCustomer(t.app, 1);
    await setPolicy(f, { waitingRoom: 'automatic' });
    const dee = await createUser(f.customer, { name: 'Dee Declined' });
    const { caller, id } = await ask(f, dee);
    const roomOf = async () => (await f.customer.admin.get(`${productOf(f)}/waiting`)).json().items as { userId: string; reason: string }[];
    assert.deepEqual((await roomOf()).map((w) => [w.userId, w.reason]), [[dee.id, 'request']]);

    const declined = await f.customer.admin.post(`${requestsOf(f)}/${id}/decline`, { note: 'Use the shared tablet' });
    assert.equal(declined.statusCode, 204, declined.body);
    assert.deepEqual(await roomOf(), [], 'out of the room');
    await assertAudited(t.app, 'waiting_room.removed', { tenantId: f.customer.id, targetId: f.plan.id, summary: /their request for .* was declined/ });
    const removed = await t.app.db.selectFrom('license_events').select('data').where('type', '=', 'waiting_room.removed').where('tenant_id', '=', f.customer.id).execute();
    assert.equal(removed.length, 1, 'in the change feed once');

    assert.equal((await f.customer.admin.post(`${productOf(f)}/unassign`, { userIds: [f.licensed.id] })).statusCode, 200);
    assert.equal(await check(f, dee), 'NOT_ASSIGNED', 'the freed seat did not go to the person declined');
    assert.equal((await mine(caller)).status, 'declined');
  });

  test('a seat of a suspended product answers nothing: the request stays pending', async () => {
    const f = await licensedCustomer(t.app, 2);
    const gus = await createUser(f.customer, { name: 'Gus Suspended' });
    const { caller } = await ask(f, gus);
    await t.app.db.updateTable('products').set({ state: 'suspended' }).where('tenant_id', '=', f.customer.id).where('plan_id', '=', f.plan.id).execute();
    const assigned = await f.customer.admin.post(`${productOf(f)}/assign`, { userIds: [gus.id] });
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.equal((await mine(caller)).status, 'pending', 'the seat does not open the app');
  });
});
