import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymous, Caller, createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, signInAs } from '../../../../test/support/factories.js';
import { licensedCustomer } from '../../../../test/support/runtimeFixtures.js';

describe('my notifications and notification preferences', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  let requestId: string;
  before(async () => {
    t = await createTestApp();
    f = await licensedCustomer(t.app, 2);
    const requester = await signInAs(t.app, f.unlicensed);
    const created = await requester.post(`/api/v1/tenants/${f.customer.id}/license-requests`, { appModule: f.plan.appModule, message: 'Please' });
    assert.equal(created.statusCode, 201, created.body);
    requestId = created.json().id;
  });
  after(() => t.close());

  test('401 without credentials, on every notification route', async () => {
    const anon = anonymous(t.app);
    assert.equal((await anon.get('/api/v1/me/notifications')).statusCode, 401);
    assert.equal((await anon.post('/api/v1/me/notifications/read-all')).statusCode, 401);
    assert.equal((await anon.post('/api/v1/me/notifications/0f8fad5b-d9cb-469f-a165-70867728950e/read')).statusCode, 401);
    assert.equal((await anon.get('/api/v1/me/notification-preferences')).statusCode, 401);
    assert.equal((await anon.put('/api/v1/me/notification-preferences', { email: {} })).statusCode, 401);
  });

  test('the admin sees the request behind the bell, in the words of the email, with the unread count', async () => {
    const page = (await f.customer.admin.get('/api/v1/me/notifications')).json();
    const item = page.items.find((n: { kind: string }) => n.kind === 'license_request.created');
    assert.ok(item, JSON.stringify(page));
    assert.equal(item.title, `Uma Unlicensed asks for a license to ${f.plan.name} app`);
    assert.match(item.body, /Their message: “Please”/);
    assert.equal(item.link, '/admin/license-requests');
    assert.equal(item.readAt, null);
    assert.equal(page.unread, page.total);
    assert.ok(page.unread >= 1);
  });

  test("another person's notifications are never visible, nor can they be marked read", async () => {
    const mine = (await f.customer.admin.get('/api/v1/me/notifications')).json();
    const someone = await signInAs(t.app, f.licensed);
    const theirs = (await someone.get('/api/v1/me/notifications')).json();
    assert.deepEqual([theirs.total, theirs.unread, theirs.items], [0, 0, []], 'a user without a role is not told about requests');
    const stranger = await createTenant(t.app);
    assert.equal((await stranger.admin.get('/api/v1/me/notifications')).json().total, 0);
    const attempt = await stranger.admin.post(`/api/v1/me/notifications/${mine.items[0].id}/read`);
    assert.equal(attempt.statusCode, 404);
    assert.match(attempt.json().detail, /was not found/);
    assert.equal((await someone.post('/api/v1/me/notifications/read-all')).json().marked, 0);
    const after = (await f.customer.admin.get('/api/v1/me/notifications')).json();
    assert.equal(after.unread, mine.unread, 'nothing of the owner changed');
  });

  test('the requester hears the decision; mark one read, then all', async () => {
    const declined = await f.customer.admin.post(`/api/v1/tenants/${f.customer.id}/license-requests/${requestId}/decline`, { note: 'No seats' });
    assert.equal(declined.statusCode, 204);
    const requester = await signInAs(t.app, f.unlicensed);
    const page = (await requester.get('/api/v1/me/notifications')).json();
    assert.equal(page.items[0].kind, 'license_request.decided');
    assert.equal(page.items[0].title, `Your license request for ${f.plan.name} app was declined`);
    // Declined: no launch link (they cannot open it); My apps shows the answer and lets them ask again.
    assert.deepEqual([page.items[0].link, page.items[0].linkLabel], ['/apps', 'See My apps']);
    assert.match(page.items[0].body, /Their reason: “No seats”/);

    const admin = f.customer.admin;
    const before = (await admin.get('/api/v1/me/notifications')).json();
    const first = before.items[0];
    assert.equal((await admin.post(`/api/v1/me/notifications/${first.id}/read`)).statusCode, 204);
    const one = (await admin.get('/api/v1/me/notifications')).json();
    assert.equal(one.unread, before.unread - 1);
    assert.ok(one.items.find((n: { id: string }) => n.id === first.id).readAt);
    assert.equal((await admin.get('/api/v1/me/notifications?unreadOnly=true')).json().total, before.unread - 1);
    const all = await admin.post('/api/v1/me/notifications/read-all');
    assert.equal(all.json().marked, before.unread - 1);
    assert.equal((await admin.get('/api/v1/me/notifications')).json().unread, 0);
  });

  test('an API token reads its owner’s notifications but changes nothing (403 before the body is read)', async () => {
    const created = await f.customer.admin.post('/api/v1/auth/tokens', { name: 'reader', scopes: ['directory.read'] });
    assert.equal(created.statusCode, 201, created.body);
    const token = new Caller(t.app, { token: created.json().token });
    const read = await token.get('/api/v1/me/notifications');
    assert.equal(read.statusCode, 200);
    const unread = read.json().unread;
    for (const response of [
      await token.post('/api/v1/me/notifications/read-all'),
      await token.post(`/api/v1/me/notifications/${read.json().items[0]?.id ?? '0f8fad5b-d9cb-469f-a165-70867728950e'}/read`),
      await token.put('/api/v1/me/notification-preferences', { email: { 'license.grace': false }, junk: true }),
    ]) {
      assert.equal(response.statusCode, 403, response.body);
      assert.match(response.json().detail, /signed-in session/);
    }
    assert.equal((await token.get('/api/v1/me/notifications')).json().unread, unread);
    assert.ok((await token.get('/api/v1/me/notification-preferences')).json().items.every((p: { email: boolean }) => p.email));
  });

  test('400 for bad paging, a bad notification ID and a bad filter, with the field named', async () => {
    const admin = f.customer.admin;
    const cases: [string, string][] = [
      ['/api/v1/me/notifications?limit=0', 'limit'],
      ['/api/v1/me/notifications?limit=501', 'limit'],
      ['/api/v1/me/notifications?offset=-1', 'offset'],
      ['/api/v1/me/notifications?unreadOnly=yes', 'unreadOnly'],
      ['/api/v1/me/notifications?colour=red', ''],
    ];
    for (const [url, field] of cases) {
      const response = await admin.get(url);
      assert.equal(response.statusCode, 400, url);
      if (field) assert.ok(response.json().errors.some((e: { field: string }) => e.field.includes(field)), `${url}: ${response.body}`);
    }
    const bad = await admin.post('/api/v1/me/notifications/not-a-guid/read');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /GUID/);
  });

  test('preferences: every kind listed, on by default; PUT turns emails off per kind; bad input changes nothing', async () => {
    const user = await createUser(f.customer, { roles: ['license_admin'] });
    const caller = await signInAs(t.app, user);
    const initial = (await caller.get('/api/v1/me/notification-preferences')).json();
    assert.equal(initial.emailAvailable, false, 'this server has no SMTP');
    assert.ok(initial.items.length >= 8);
    assert.ok(initial.items.every((p: { email: boolean; label: string }) => p.email && p.label));

    const put = await caller.put('/api/v1/me/notification-preferences', { email: { 'seats.threshold': false, 'license.expiring': false } });
    assert.equal(put.statusCode, 200, put.body);
    const off = put.json().items.filter((p: { email: boolean }) => !p.email).map((p: { kind: string }) => p.kind);
    assert.deepEqual(off, ['seats.threshold', 'license.expiring']);

    for (const body of [{ email: { 'seats.threshold': 'no' } }, { email: { 'not.a.kind': false } }, { email: [] }, {}, { email: {}, extra: 1 }]) {
      const response = await caller.put('/api/v1/me/notification-preferences', body);
      assert.equal(response.statusCode, 400, JSON.stringify(body));
      assert.ok(response.json().errors?.length, response.body);
    }
    const kept = (await caller.get('/api/v1/me/notification-preferences')).json();
    assert.deepEqual(
      kept.items.filter((p: { email: boolean }) => !p.email).map((p: { kind: string }) => p.kind),
      ['seats.threshold', 'license.expiring'],
      'bad input changed nothing',
    );
    const audit = await t.app.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('action', '=', 'notification_preferences.updated').where('target_id', '=', user.id).execute();
    assert.equal(audit.length, 1);

    assert.equal((await caller.put('/api/v1/me/notification-preferences', { email: {} })).json().items.every((p: { email: boolean }) => p.email), true);
  });
});
