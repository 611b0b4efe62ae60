import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs } from '../../../../test/support/factories.js';
import { licensedCustomer } from '../../../../test/support/runtimeFixtures.js';
import { assertAudited } from '../../../../test/support/audit.js';

describe('license requests and the launch page', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  before(async () => {
    t = await createTestApp();
    f = await licensedCustomer(t.app, 2);
  });
  after(() => t.close());

  const base = () => `/api/v1/tenants/${f.customer.id}/license-requests`;

  test('the launch page explains the refusal, names the plans and the admins', async () => {
    const user = await signInAs(t.app, f.unlicensed);
    const info = (await user.get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`)).json();
    assert.equal(info.decision.code, 'NOT_ASSIGNED');
    assert.deepEqual(info.decision.requiredPlans.map((p: { displayName: string }) => p.displayName), [f.plan.name]);
    assert.ok(info.admins.some((a: { userPrincipalName: string }) => a.userPrincipalName === `admin@${f.customer.domain}`));
    assert.equal(info.request, null);
    const other = await createTenant(t.app);
    assert.equal((await other.admin.get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`)).statusCode, 404);
  });

  test('GET /launch sends a signed-out user to sign in, a licensed one to the app with a token', async () => {
    const anon = await anonymous(t.app).get(`/launch/${f.customer.id}/${f.plan.appModule}`);
    assert.equal(anon.statusCode, 302);
    assert.match(anon.headers.location as string, /^\/signin\?next=/);
    await t.app.db.updateTable('offers').set({ launch_url: 'https://apps.example/fieldhub' }).where('id', '=', f.offer.id).execute();
    const licensed = await signInAs(t.app, f.licensed);
    const launched = await licensed.get(`/launch/${f.customer.id}/${f.plan.appModule}`);
    assert.equal(launched.statusCode, 302);
    const target = new URL(launched.headers.location as string);
    assert.equal(target.origin + target.pathname, 'https://apps.example/fieldhub');
    assert.ok(target.searchParams.get('license_token')!.split('.').length === 3);
  });

  test('request → admin approves → the user holds a seat and sees the outcome', async () => {
    const user = await signInAs(t.app, f.unlicensed);
    const bad = await user.post(base(), { appModule: '' });
    assert.equal(bad.statusCode, 400);
    const created = await user.post(base(), { appModule: f.plan.appModule, message: 'I run the Tuesday field visits' });
    assert.equal(created.statusCode, 201, created.body);
    await assertAudited(t.app, 'license_request.created', { tenantId: f.customer.id, targetId: created.json().id });
    assert.equal((await user.post(base(), { appModule: f.plan.appModule })).statusCode, 409, 'one pending request at a time');
    assert.equal((await user.get(base())).statusCode, 403, 'only admins see every request');

    const pending = (await f.customer.admin.get(`${base()}?status=pending`)).json();
    assert.equal(pending.total, 1);
    assert.equal(pending.items[0].message, 'I run the Tuesday field visits');
    // The admin sees the plan by its name and its free seats (2 bought, Lena holds one), not just the app module key.
    assert.equal(pending.items[0].appName, `${f.plan.name} app`);
    assert.deepEqual(pending.items[0].plan, { id: f.plan.id, name: f.plan.name, freeSeats: 1 });
    assert.deepEqual(pending.items[0].products, [{ id: f.plan.id, name: f.plan.name, freeSeats: 1, waitingRoom: 'off' }]);
    assert.equal(pending.items[0].cannotApproveReason, null);
    const approved = await f.customer.admin.post(`${base()}/${created.json().id}/approve`, {});
    assert.equal(approved.statusCode, 200, approved.body);
    await assertAudited(t.app, 'license_request.approved', { tenantId: f.customer.id, targetId: created.json().id });
    const mine = (await user.get(`${base()}/mine`)).json();
    assert.equal(mine.items[0].status, 'approved');
    assert.deepEqual([mine.items[0].plan.name, mine.items[0].plan.freeSeats, mine.items[0].cannotApproveReason], [f.plan.name, 0, null], 'the product assigned, now full');
    const apps = (await user.get(`/api/v1/tenants/${f.customer.id}/my-apps`)).json().items;
    const app = apps.find((a: { appModule: { uniqueName: string } }) => a.appModule.uniqueName === f.plan.appModule);
    assert.deepEqual([app.decision.licensed, app.request.status], [true, 'approved'], 'My apps shows the outcome and Open');
    const info = (await user.get(`/api/v1/tenants/${f.customer.id}/launch/${f.plan.appModule}`)).json();
    assert.equal(info.decision.code, 'LICENSED');
    assert.equal((await user.post(base(), { appModule: f.plan.appModule })).statusCode, 409, 'already licensed');
  });

  test('approval without a free seat fails and leaves the request pending; decline records a note', async () => {
    const waiting = await createUser(f.customer);
    const asWaiting = await signInAs(t.app, waiting);
    const id = (await asWaiting.post(base(), { appModule: f.plan.appModule })).json().id;
    const listed = (await f.customer.admin.get(`${base()}?status=pending`)).json().items.find((r: { id: string }) => r.id === id);
    assert.deepEqual(listed.plan, { id: f.plan.id, name: f.plan.name, freeSeats: 0 });
    assert.equal(listed.cannotApproveReason, `No seat of ${f.plan.name} is free. Unassign someone or buy more licenses from the publisher, then approve.`);
    const full = await f.customer.admin.post(`${base()}/${id}/approve`, {});
    assert.equal(full.statusCode, 409);
    assert.equal(full.json().detail, listed.cannotApproveReason, 'the same sentence the list showed');
    assert.doesNotMatch(full.json().detail, new RegExp(f.plan.appModule), 'never the app module key');
    // Naming the product (as a stale page would after someone took the last seat) ends in the allocation path's own 409.
    const raced = await f.customer.admin.post(`${base()}/${id}/approve`, { planId: f.plan.id });
    assert.equal(raced.statusCode, 409);
    assert.match(raced.json().detail, new RegExp(`^Not enough licenses of ${f.plan.name}: 0 available, 1 user needs a new one`));
    assert.equal((await f.customer.admin.get(`${base()}?status=pending`)).json().items.some((r: { id: string }) => r.id === id), true, 'still pending');
    const unknownPlan = await f.customer.admin.post(`${base()}/${id}/approve`, { planId: '0f8fad5b-d9cb-469f-a165-70867728950e' });
    assert.equal(unknownPlan.statusCode, 400);
    assert.equal((await f.customer.admin.post(`${base()}/${id}/decline`, { note: 'Seats are full until January' })).statusCode, 204);
    const mine = (await asWaiting.get(`${base()}/mine`)).json().items[0];
    assert.deepEqual([mine.status, mine.decisionNote, mine.plan, mine.cannotApproveReason], ['declined', 'Seats are full until January', null, null]);
    await assertAudited(t.app, 'license_request.declined', { tenantId: f.customer.id, targetId: id });
    assert.equal((await f.customer.admin.post(`${base()}/${id}/approve`, {})).statusCode, 409, 'already decided');
  });

  test('two admins approving for the last seat at once: one assigns it, the other gets a clear 409 and the request stays pending', async () => {
    const g = await licensedCustomer(t.app, 2);
    const requestsOf = `/api/v1/tenants/${g.customer.id}/license-requests`;
    const second = await createUser(g.customer, { name: 'Sam Second' });
    const ids = [];
    for (const person of [g.unlicensed, second]) ids.push((await (await signInAs(t.app, person)).post(requestsOf, { appModule: g.plan.appModule })).json().id);
    const answers = await Promise.all(ids.map((id) => g.customer.admin.post(`${requestsOf}/${id}/approve`, {})));
    assert.deepEqual(answers.map((a) => a.statusCode).sort(), [200, 409]);
    const refused = answers.find((a) => a.statusCode === 409)!.json();
    assert.match(refused.detail, new RegExp(`(No seat of ${g.plan.name} is free|Not enough licenses of ${g.plan.name})`));
    assert.equal((await g.customer.admin.get(`${requestsOf}?status=pending`)).json().total, 1);
    const product = (await g.customer.admin.get(`/api/v1/tenants/${g.customer.id}/licenses/${g.plan.id}`)).json();
    assert.deepEqual([product.assigned, product.purchased], [2, 2], 'never more than the seats');
  });
});
