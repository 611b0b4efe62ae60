import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type Caller, type TestApp } from '../../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, signInAs, type TenantFixture } from '../../../../test/support/factories.js';
import { DAY_MS } from '../../../../test/support/licensingFactories.js';
import { licensedCustomer } from '../../../../test/support/runtimeFixtures.js';
import { assertSeatInvariants } from '../../../../test/support/seatInvariants.js';

type Fixture = Awaited<ReturnType<typeof licensedCustomer>>;

const POLICY = { autoClaim: 'anyone', waitingRoom: 'automatic', reclaimAfterDays: null, reclaimNoticeDays: 7, exclusionGroupId: null };

describe('seats: policy, usage, auto-claim and the waiting room', () => {
  let t: TestApp;
  let other: TenantFixture;
  before(async () => {
    t = await createTestApp({ env: { LICENSEHUB_USAGE_FLUSH_SECONDS: '0' } }); // the tests flush usage themselves
    other = await createTenant(t.app);
  });
  after(() => t.close());

  const policyUrl = (f: Fixture) => `/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/policy`;
  const setPolicy = async (f: Fixture, body: Record<string, unknown>) => {
    const response = await f.customer.admin.put(policyUrl(f), { ...POLICY, ...body });
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  };
  const check = (f: Fixture, user: { id: string }, extra: Record<string, unknown> = {}) =>
    f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: user.id, appModule: f.plan.appModule, ...extra }).then((r) => {
      assert.equal(r.statusCode, 200, r.body);
      return r.json() as { licensed: boolean; code: string };
    });
  const launch = async (f: Fixture, user: { userPrincipalName: string }) => {
    const caller = await signInAs(t.app, user);
    const response = await caller.get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as { decision: { licensed: boolean; code: string }; seat: null | { outcome: string; position: number | null; waiting: number | null } };
  };
  const waiting = async (f: Fixture) => {
    const response = await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/waiting`);
    assert.equal(response.statusCode, 200, response.body);
    return (response.json().items as { position: number; userId: string }[]).map((w) => [w.position, w.userId]);
  };
  const audit = async (f: Fixture, action: string) => {
    const response = await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/audit?action=${action}`);
    return response.json().items as { action: string; summary: string }[];
  };

  test('policy: 401, 400 per field, 403 for roles and other tenants, 404 for a plan not held; defaults; PUT audited', async () => {
    const f = await licensedCustomer(t.app, 3);
    assert.equal((await anonymous(t.app).get(policyUrl(f))).statusCode, 401);
    assert.deepEqual((await f.customer.admin.get(policyUrl(f))).json(), { autoClaim: 'off', waitingRoom: 'off', reclaimAfterDays: null, reclaimNoticeDays: 7, exclusionGroupId: null });
    const bad = async (body: Record<string, unknown>, field: string, message: RegExp) => {
      const response = await f.customer.admin.put(policyUrl(f), { ...POLICY, ...body });
      assert.equal(response.statusCode, 400, response.body);
      const problem = response.json();
      assert.equal(problem.errors[0].field, field, response.body);
      assert.match(problem.errors[0].message, message);
    };
    await bad({ autoClaim: 'everyone' }, 'autoClaim', /"off", "anyone" or a group ID/);
    await bad({ waitingRoom: 'sometimes' }, 'waitingRoom', /"off", "automatic" or "manual"/);
    await bad({ reclaimAfterDays: 0 }, 'reclaimAfterDays', /at least 1/);
    await bad({ reclaimAfterDays: 1.5 }, 'reclaimAfterDays', /whole number/);
    await bad({ reclaimNoticeDays: -1 }, 'reclaimNoticeDays', /0 or more/);
    await bad({ exclusionGroupId: 'nope' }, 'exclusionGroupId', /./);
    const foreignGroup = await createGroup(other);
    await bad({ autoClaim: foreignGroup.id }, 'autoClaim', /no group .* in your organization/);
    assert.equal((await f.customer.admin.put(policyUrl(f), { waitingRoom: 'off' })).statusCode, 400);
    // Nothing changed by the refusals.
    assert.equal((await f.customer.admin.get(policyUrl(f))).json().autoClaim, 'off');

    const userAdmin = await signInAs(t.app, await createUser(f.customer, { roles: ['user_admin'] }));
    assert.equal((await userAdmin.put(policyUrl(f), POLICY)).statusCode, 403);
    assert.equal((await other.admin.put(policyUrl(f), POLICY)).statusCode, 404);
    assert.equal((await other.admin.get(policyUrl(f))).statusCode, 404);
    const notHeld = `/api/v1/tenants/${f.customer.id}/licenses/${f.offer.plans[1]?.id ?? '00000000-0000-4000-8000-000000000000'}/policy`;
    assert.equal((await f.customer.admin.get(notHeld)).statusCode, 404);

    const group = await createGroup(f.customer);
    const licenseAdmin = await signInAs(t.app, await createUser(f.customer, { roles: ['license_admin'] }));
    const saved = await licenseAdmin.put(policyUrl(f), { ...POLICY, autoClaim: group.id.toUpperCase(), reclaimAfterDays: 60, exclusionGroupId: group.id });
    assert.equal(saved.statusCode, 200, saved.body);
    assert.deepEqual(saved.json(), { ...POLICY, autoClaim: group.id, reclaimAfterDays: 60, exclusionGroupId: group.id });
    assert.deepEqual((await f.customer.admin.get(policyUrl(f))).json(), saved.json());
    assert.equal((await audit(f, 'seat_policy.updated')).length, 1);
  });

  test('usage: licensed checks and launches are noted in memory, flushed in batches, and shown per product and per user', async () => {
    const f = await licensedCustomer(t.app, 3);
    const activity = async () => (await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/activity`)).json();
    assert.deepEqual((await activity()).active, { last7Days: 0, last30Days: 0, last90Days: 0 });
    assert.equal((await check(f, f.licensed)).licensed, true);
    assert.equal((await check(f, f.unlicensed)).licensed, false);
    // Noted, not yet written.
    assert.equal((await activity()).holders.find((h: { userId: string }) => h.userId === f.licensed.id).lastUsedAt, null);
    await t.app.seatUsage.flush();
    const body = await activity();
    assert.deepEqual(body.active, { last7Days: 1, last30Days: 1, last90Days: 1 });
    assert.equal(body.holders.find((h: { userId: string }) => h.userId === f.licensed.id).lastUsedAt, t.clock.now().toISOString());
    const rows = await t.app.db.selectFrom('seat_usage').selectAll().where('tenant_id', '=', f.customer.id).execute();
    assert.deepEqual(rows.map((r) => [r.user_id, r.plan_id]), [[f.licensed.id, f.plan.id]]);

    // Per user.
    const mine = await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/users/${f.licensed.id}/usage`);
    assert.equal(mine.statusCode, 200, mine.body);
    assert.deepEqual(mine.json().items.map((i: { planId: string; lastUsedAt: string }) => [i.planId, i.lastUsedAt]), [[f.plan.id, t.clock.now().toISOString()]]);
    assert.equal((await other.admin.get(`/api/v1/tenants/${f.customer.id}/users/${f.licensed.id}/usage`)).statusCode, 404);
    assert.equal((await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/users/${other.adminId}/usage`)).statusCode, 404);

    // 40 days later: active in 90 days, not in 7 or 30; an older use never moves the row back.
    t.clock.advance(40 * DAY_MS);
    try {
      f.customer.admin = await signInAs(t.app, { userPrincipalName: `admin@${f.customer.domain}` });
      assert.deepEqual((await activity()).active, { last7Days: 0, last30Days: 0, last90Days: 1 });
      // Retention: uses older than LICENSEHUB_USAGE_RETENTION_DAYS are forgotten by the flush.
      t.clock.advance(400 * DAY_MS);
      await t.app.seatUsage.flush();
      assert.equal((await t.app.db.selectFrom('seat_usage').selectAll().where('tenant_id', '=', f.customer.id).execute()).length, 0);
    } finally {
      t.clock.advance(-440 * DAY_MS);
      f.customer.admin = await signInAs(t.app, { userPrincipalName: `admin@${f.customer.domain}` });
    }
  });

  test('auto-claim on launch: off by default, anyone, or a group; audited', async () => {
    const f = await licensedCustomer(t.app, 3);
    const launched = await launch(f, f.unlicensed);
    assert.equal(launched.decision.code, 'NOT_ASSIGNED');
    assert.deepEqual(launched.seat, { outcome: 'not_allowed', planName: null, position: null, waiting: null });

    const group = await createGroup(f.customer);
    await setPolicy(f, { autoClaim: group.id, waitingRoom: 'off' });
    assert.equal((await launch(f, f.unlicensed)).seat?.outcome, 'not_allowed');
    assert.equal((await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/groups/${group.id}/members`, { memberType: 'user', memberId: f.unlicensed.id })).statusCode, 204);
    const claimed = await launch(f, f.unlicensed);
    assert.equal(claimed.seat?.outcome, 'claimed');
    assert.equal(claimed.decision.code, 'LICENSED');
    assert.equal((await check(f, f.unlicensed)).code, 'LICENSED');
    assert.match((await audit(f, 'license.auto_claimed'))[0]!.summary, /claimed a seat of .* \(opened the app\)/);
    const events = await t.app.db.selectFrom('license_events').select(['type', 'subject', 'publisher_tenant_id']).where('tenant_id', '=', f.customer.id).where('type', 'like', 'license.auto_claimed').execute();
    assert.deepEqual(events, [{ type: 'license.auto_claimed', subject: `tenants/${f.customer.id}/users/${f.unlicensed.id}`, publisher_tenant_id: f.publisher.id }]);
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
  });

  test('auto-claim from a check asking "claim": true: answered from memory, claimed right after', async () => {
    const f = await licensedCustomer(t.app, 2);
    await setPolicy(f, { waitingRoom: 'off' });
    assert.equal((await check(f, f.unlicensed)).code, 'NOT_ASSIGNED');
    await t.app.seatClaims.drain();
    assert.equal((await check(f, f.unlicensed)).code, 'NOT_ASSIGNED', 'no claim without "claim": true');
    const answered = await check(f, f.unlicensed, { claim: true });
    assert.equal(answered.code, 'NOT_ASSIGNED');
    await t.app.seatClaims.drain();
    assert.equal((await check(f, f.unlicensed)).code, 'LICENSED');
    // No seat left: a third user's claim is not allowed (no waiting room), and not repeated at every check.
    const third = await createUser(f.customer);
    await check(f, third, { claim: true });
    await check(f, third, { claim: true });
    await t.app.seatClaims.drain();
    assert.equal((await check(f, third)).code, 'NOT_ASSIGNED');
    const bad = await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user: third.id, appModule: f.plan.appModule, claim: 'yes' });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'claim');
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
  });

  test('waiting room (automatic): in order; a freed seat or more licenses go to the first in line', async () => {
    const f = await licensedCustomer(t.app, 2);
    await setPolicy(f, { waitingRoom: 'automatic' });
    const [ann, bo, cy] = [await createUser(f.customer, { name: 'Ann' }), await createUser(f.customer, { name: 'Bo' }), await createUser(f.customer, { name: 'Cy' })];
    assert.equal((await launch(f, ann)).seat?.outcome, 'claimed');
    assert.deepEqual((await launch(f, bo)).seat, { outcome: 'waiting', planName: f.plan.name, position: 1, waiting: 1 });
    assert.deepEqual((await launch(f, cy)).seat, { outcome: 'waiting', planName: f.plan.name, position: 2, waiting: 2 });
    // Launching again keeps the place.
    assert.equal((await launch(f, bo)).seat?.position, 1);
    assert.deepEqual(await waiting(f), [[1, bo.id], [2, cy.id]]);

    const unassigned = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/unassign`, { userIds: [ann.id] });
    assert.equal(unassigned.statusCode, 200, unassigned.body);
    assert.equal((await check(f, bo)).code, 'LICENSED');
    assert.deepEqual(await waiting(f), [[1, cy.id]]);
    assert.equal((await audit(f, 'waiting_room.admitted')).length, 1);
    const joined = await t.app.db.selectFrom('license_events').select('type').where('tenant_id', '=', f.customer.id).where((eb) => eb.or([eb('type', 'like', 'seat_policy.%'), eb('type', 'like', 'waiting_room.%')])).orderBy('revision').execute();
    assert.deepEqual(joined.map((e) => e.type), ['seat_policy.updated', 'waiting_room.joined', 'waiting_room.joined', 'waiting_room.admitted']);

    // More licenses provisioned: Cy gets one.
    const more = await f.publisher.admin.patch(`/api/v1/tenants/${f.publisher.id}/partner/deals/${f.deal.id}/licenses/${f.plan.id}`, { quantity: 3 });
    assert.equal(more.statusCode, 200, more.body);
    assert.equal((await check(f, cy)).code, 'LICENSED');
    assert.deepEqual(await waiting(f), []);
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
  });

  test('waiting room (manual): freed seats wait for an admin; approve the first or anyone; remove', async () => {
    const f = await licensedCustomer(t.app, 1);
    await setPolicy(f, { waitingRoom: 'manual' });
    const [ann, bo, cy] = [await createUser(f.customer), await createUser(f.customer), await createUser(f.customer)];
    for (const user of [ann, bo, cy]) assert.equal((await launch(f, user)).seat?.outcome, 'waiting');
    const base = `/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}`;
    const full = await f.customer.admin.post(`${base}/waiting/approve`);
    assert.equal(full.statusCode, 409, full.body);
    assert.match(full.json().detail, /No free seat/);
    assert.equal((await f.customer.admin.post(`${base}/unassign`, { userIds: [f.licensed.id] })).statusCode, 200);
    // Nobody got it by themselves; a new launcher does not jump the queue.
    assert.equal((await check(f, ann)).code, 'NOT_ASSIGNED');
    const dee = await createUser(f.customer);
    assert.deepEqual((await launch(f, dee)).seat?.position, 4);
    assert.equal((await other.admin.post(`${base}/waiting/approve`)).statusCode, 404);
    const memberCaller: Caller = await signInAs(t.app, cy);
    assert.equal((await memberCaller.post(`${base}/waiting/approve`)).statusCode, 403);
    const approved = await f.customer.admin.post(`${base}/waiting/approve`);
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().userId, ann.id);
    assert.equal((await check(f, ann)).code, 'LICENSED');
    assert.equal((await f.customer.admin.delete(`${base}/waiting/${cy.id}`)).statusCode, 204);
    assert.equal((await f.customer.admin.delete(`${base}/waiting/${cy.id}`)).statusCode, 404);
    assert.equal((await audit(f, 'waiting_room.removed')).length, 1);
    assert.deepEqual(await waiting(f), [[1, bo.id], [2, dee.id]]);
    // Asking the admins for a license queues the user too (with auto-claim off).
    await setPolicy(f, { autoClaim: 'off', waitingRoom: 'manual' });
    const eve = await createUser(f.customer);
    const asked = await (await signInAs(t.app, eve)).post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule, message: 'please' });
    assert.equal(asked.statusCode, 201, asked.body);
    assert.deepEqual(await waiting(f), [[1, bo.id], [2, dee.id], [3, eve.id]]);
    assert.equal((await launch(f, await createUser(f.customer))).seat?.outcome, 'not_allowed', 'auto-claim off: launching does not queue');
    assert.equal((await audit(f, 'waiting_room.approved')).length, 1);
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
  });

  test('launch page: a claim made by opening the launch link is told, and a place in the waiting room shows however the user joined', async () => {
    const f = await licensedCustomer(t.app, 2);
    await setPolicy(f, { autoClaim: 'anyone', waitingRoom: 'manual' });
    await t.app.db.updateTable('offers').set({ launch_url: 'https://apps.example.com/fieldops' }).where('id', '=', f.offer.id).execute();
    // Opening the link: the server does not hand the seat out silently on the way to the app; the page says so.
    const ann = await createUser(f.customer);
    const annCaller = await signInAs(t.app, ann);
    const opened = await annCaller.get(`/launch/${f.customer.id}/${f.plan.appModule}`);
    assert.notEqual(opened.statusCode, 302, `no redirect into the app before the page told the claim (${opened.headers.location})`);
    const page = await annCaller.get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`);
    assert.equal(page.statusCode, 200, page.body);
    assert.deepEqual(page.json().seat, { outcome: 'claimed', planName: f.plan.name, position: null, waiting: null });
    assert.equal(page.json().decision.code, 'LICENSED');
    // Licensed now: the link goes on to the app.
    const again = await annCaller.get(`/launch/${f.customer.id}/${f.plan.appModule}`);
    assert.equal(again.statusCode, 302);
    assert.match(String(again.headers.location), /license_token=/);

    // No seat left: Bo waits (place 1) and sees his place on every visit, whether through the link or the page.
    const bo = await createUser(f.customer);
    const boCaller = await signInAs(t.app, bo);
    assert.notEqual((await boCaller.get(`/launch/${f.customer.id}/${f.plan.appModule}`)).statusCode, 302);
    assert.deepEqual((await launch(f, bo)).seat, { outcome: 'waiting', planName: f.plan.name, position: 1, waiting: 1 });

    // Auto-claim turned off: Cy asks the admins (joins the manual room); opening the app shows the place, not a refusal.
    await setPolicy(f, { autoClaim: 'off', waitingRoom: 'manual' });
    const cy = await createUser(f.customer);
    const asked = await (await signInAs(t.app, cy)).post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule, message: 'please' });
    assert.equal(asked.statusCode, 201, asked.body);
    const cyPage = await launch(f, cy);
    assert.equal(cyPage.decision.code, 'NOT_ASSIGNED');
    assert.deepEqual(cyPage.seat, { outcome: 'waiting', planName: f.plan.name, position: 2, waiting: 2 });
    assert.deepEqual((await launch(f, bo)).seat, { outcome: 'waiting', planName: f.plan.name, position: 1, waiting: 2 }, 'Bo still sees his place with auto-claim off');

    // A manual room: a freed seat waits for the admin; the first in line opening the app does not take it by himself.
    assert.equal((await f.customer.admin.delete(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/waiting/${cy.id}`)).statusCode, 204);
    assert.equal((await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/unassign`, { userIds: [f.licensed.id] })).statusCode, 200);
    await setPolicy(f, { autoClaim: 'anyone', waitingRoom: 'manual' });
    const boAgain = await launch(f, bo);
    assert.equal(boAgain.decision.code, 'NOT_ASSIGNED');
    assert.deepEqual(boAgain.seat, { outcome: 'waiting', planName: f.plan.name, position: 1, waiting: 1 });
    assert.equal((await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/waiting/approve`)).json().userId, bo.id);
    assert.equal((await launch(f, bo)).decision.code, 'LICENSED');
    await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
  });

  test('the last seat claimed by many at once: exactly one gets it, the rest wait in one order', async () => {
    const f = await licensedCustomer(t.app, 2);
    await setPolicy(f, { waitingRoom: 'automatic' });
    const users = await Promise.all(Array.from({ length: 12 }, () => createUser(f.customer)));
    const callers = await Promise.all(users.map((u) => signInAs(t.app, u)));
    const results = await Promise.all(callers.map((c) => c.get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`)));
    const seats = results.map((r) => {
      assert.equal(r.statusCode, 200, r.body);
      return r.json().seat as { outcome: string; position: number | null };
    });
    assert.equal(seats.filter((s) => s.outcome === 'claimed').length, 1);
    assert.deepEqual(
      seats.filter((s) => s.outcome === 'waiting').map((s) => s.position).sort((a, b) => a! - b!),
      Array.from({ length: 11 }, (_, i) => i + 1),
    );
    const { assigned, purchased } = await assertSeatInvariants(t.app, f.customer.id, f.plan.id);
    assert.deepEqual([assigned, purchased], [2, 2]);
  });

  test('activity: only Global and License admins; 404 for a plan not held', async () => {
    const f = await licensedCustomer(t.app, 1);
    const url = `/api/v1/tenants/${f.customer.id}/licenses/${f.plan.id}/activity`;
    assert.equal((await anonymous(t.app).get(url)).statusCode, 401);
    assert.equal((await other.admin.get(url)).statusCode, 404);
    const userAdmin = await signInAs(t.app, await createUser(f.customer, { roles: ['user_admin'] }));
    assert.equal((await userAdmin.get(url)).statusCode, 403);
    assert.equal((await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/licenses/00000000-0000-4000-8000-000000000000/activity`)).statusCode, 404);
  });
});
