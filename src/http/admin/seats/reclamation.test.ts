import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, TEST_PASSWORD, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';
import { DAY_MS, signInFrom } from '../../../../test/support/licensingFactories.js';
import { assign, licensedCustomer } from '../../../../test/support/runtimeFixtures.js';
import { assertSeatInvariants } from '../../../../test/support/seatInvariants.js';

/**
 * Reclamation end to end on the test clock: seats unused 30 days are announced,
 * reclaimed after a 7-day notice unless used or excluded, the freed seat goes to
 * the waiting room, and the reclamation can be undone for 30 days.
 */
describe('seat reclamation', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  let other: TenantFixture;
  let [active, idle, excluded, grouped, waiter] = [] as { id: string; userPrincipalName: string }[];
  const start = new Date('2026-11-24T12:00:00Z').getTime();
  const base = () => `/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}`;
  const at = async (day: number) => {
    t.clock.set(new Date(start + day * DAY_MS));
    f.customer.admin = await signInFrom(t.app, `admin@${f.customer.domain}`, TEST_PASSWORD);
    other.admin = await signInFrom(t.app, `admin@${other.domain}`, TEST_PASSWORD);
    f.publisher.admin = await signInFrom(t.app, `admin@${f.publisher.domain}`, TEST_PASSWORD);
  };
  const use = async (user: { id: string }) => {
    const r = await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: user.id, appModule: f.plan.appModule });
    assert.equal(r.json().code, 'LICENSED', r.body);
  };
  const names = (items: { userId: string }[]) => items.map((i) => i.userId).sort();
  const code = async (user: { id: string }) => (await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: user.id, appModule: f.plan.appModule })).json().code;

  before(async () => {
    t = await createTestApp();
    other = await createTenant(t.app);
    f = await licensedCustomer(t.app, 5);
    [active, idle, excluded, grouped, waiter] = [await createUser(f.customer), await createUser(f.customer), await createUser(f.customer), await createUser(f.customer), await createUser(f.customer)];
    await assign(f.customer, f.plan.id, { userIds: [active!.id, idle!.id, excluded!.id] });
    const viaGroup = await createGroup(f.customer);
    await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/groups/${viaGroup.id}/members`, { memberType: 'user', memberId: grouped!.id });
    await assign(f.customer, f.plan.id, { groupIds: [viaGroup.id] });
    const keepers = await createGroup(f.customer);
    await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/groups/${keepers.id}/members`, { memberType: 'user', memberId: excluded!.id });
    const put = await f.customer.admin.put(`${base()}/policy`, { autoClaim: 'anyone', waitingRoom: 'automatic', reclaimAfterDays: 30, reclaimNoticeDays: 7, exclusionGroupId: keepers.id });
    assert.equal(put.statusCode, 200, put.body);
    // All five seats taken (Lena, active, idle, excluded, grouped): the waiter waits.
    const waiting = await (await signInFrom(t.app, waiter!.userPrincipalName, TEST_PASSWORD)).get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`);
    assert.equal(waiting.json().seat.outcome, 'waiting', waiting.body);
  });
  after(() => t.close());

  test('announce after 30 unused days, dry run first; used or excluded seats and group seats are kept; reclaim after the notice; the seat goes to the waiting room; undo', async () => {
    await at(20);
    await use(active!);
    await at(31);
    const dry = await f.customer.admin.get(`${base()}/reclamations/dry-run`);
    assert.equal(dry.statusCode, 200, dry.body);
    // Lena (the fixture's licensed user) and idle: unused since day 0. Active used it on day 20; excluded is in the group; grouped holds through a group.
    assert.deepEqual(names(dry.json().announced), [f.licensed.id, idle!.id].sort());
    assert.equal(dry.json().announced[0].dueAt, new Date(start + 38 * DAY_MS).toISOString());
    // The dry run wrote nothing.
    assert.deepEqual((await f.customer.admin.get(`${base()}/reclamations`)).json().items, []);

    const run = await f.customer.admin.post(`${base()}/reclamations/run`);
    assert.equal(run.statusCode, 200, run.body);
    assert.deepEqual(names(run.json().announced), [f.licensed.id, idle!.id].sort());
    assert.equal((await f.customer.admin.post(`${base()}/reclamations/run`)).json().announced.length, 0, 'announced once');

    // Lena uses the app during the notice: her announcement is cancelled. Idle's seat is reclaimed on day 38.
    await at(33);
    await use(f.licensed);
    await at(38);
    const due = await f.customer.admin.post(`${base()}/reclamations/run`);
    assert.deepEqual(names(due.json().cancelled), [f.licensed.id]);
    assert.deepEqual(names(due.json().reclaimed), [idle!.id]);
    assert.equal(await code(idle!), 'NOT_ASSIGNED');
    assert.equal(await code(waiter!), 'LICENSED', 'the freed seat went to the first in the waiting room');
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);

    const list = (await f.customer.admin.get(`${base()}/reclamations`)).json().items as { id: string; userId: string; state: string; undoUntil: string | null }[];
    const reclaimed = list.find((r) => r.userId === idle!.id)!;
    assert.equal(reclaimed.state, 'reclaimed');
    assert.equal(reclaimed.undoUntil, new Date(start + 68 * DAY_MS).toISOString());
    assert.equal(list.find((r) => r.userId === f.licensed.id)!.state, 'cancelled');

    // Undo: no seat free (it went to the waiter) → 409; with one more license → the seat is back.
    const undoUrl = `/api/v1/tenants/${f.customer.id}/reclamations/${reclaimed.id}/undo`;
    assert.equal((await other.admin.post(undoUrl)).statusCode, 404);
    const full = await f.customer.admin.post(undoUrl);
    assert.equal(full.statusCode, 409, full.body);
    assert.match(full.json().detail, /No free seat/);
    const more = await f.publisher.admin.patch(`/api/v1/tenants/${f.publisher.id}/partner/deals/${f.deal.id}/licenses/${f.plan.id}`, { quantity: 6 });
    assert.equal(more.statusCode, 200, more.body);
    const undone = await f.customer.admin.post(undoUrl);
    assert.equal(undone.statusCode, 200, undone.body);
    assert.equal(await code(idle!), 'LICENSED');
    assert.equal((await f.customer.admin.post(undoUrl)).statusCode, 409, 'undone once');

    const report = await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/reclamations/report`);
    assert.equal(report.statusCode, 200, report.body);
    assert.deepEqual(report.json().items, [{ planId: f.plan.id, planName: f.plan.name, month: '2027-01', reclaimed: 1, undone: 1 }]);
    const actions = async (prefix: string) => (await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/audit?action=${prefix}`)).json().items.map((e: { action: string }) => e.action as string);
    const audit = [...(await actions('seat.re')), ...(await actions('seat_reclamation.'))];
    assert.deepEqual([...new Set(audit)].sort(), ['seat.reclaimed', 'seat_reclamation.announced', 'seat_reclamation.cancelled', 'seat_reclamation.undone']);
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
  });

  test('undo only within 30 days; only admins; dry run and run refuse other tenants', async () => {
    await at(69);
    assert.ok((await f.customer.admin.post(`${base()}/reclamations/run`)).json().announced.length > 0);
    await at(76);
    const reclaimed = (await f.customer.admin.post(`${base()}/reclamations/run`)).json().reclaimed as { userId: string }[];
    assert.ok(reclaimed.length > 0);
    await at(107);
    const list = (await f.customer.admin.get(`${base()}/reclamations`)).json().items as { id: string; state: string }[];
    const old = list.find((r) => r.state === 'reclaimed')!;
    const late = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/reclamations/${old.id}/undo`);
    assert.equal(late.statusCode, 409, late.body);
    assert.match(late.json().detail, /can be undone for 30 days/);
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
    assert.equal((await anonymous(t.app).get(`${base()}/reclamations/dry-run`)).statusCode, 401);
    assert.equal((await other.admin.get(`${base()}/reclamations/dry-run`)).statusCode, 404);
    const userAdmin = await signInFrom(t.app, (await createUser(f.customer, { roles: ['user_admin'] })).userPrincipalName, TEST_PASSWORD);
    assert.equal((await userAdmin.post(`${base()}/reclamations/run`)).statusCode, 403);
    assert.equal((await userAdmin.get(`${base()}/reclamations/dry-run`)).statusCode, 403);
    assert.equal((await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/reclamations/report?months=7`)).statusCode, 400);
    assert.equal((await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/reclamations/not-a-guid/undo`)).statusCode, 400);
  });
});
