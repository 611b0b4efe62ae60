import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { anonymous, createTestApp, signIn, TEST_PASSWORD, type TestApp } from '../../../../test/support/testApp.js';
import { createTenant, createUser, type TenantFixture } from '../../../../test/support/factories.js';

/** The audit log for auditors and SIEMs: streamed CSV and JSON exports, and a live SSE stream that resumes. */
describe('audit export and stream', () => {
  let t: TestApp;
  let contoso: TenantFixture;
  let fabrikam: TenantFixture;
  let base: string;

  before(async () => {
    t = await createTestApp();
    contoso = await createTenant(t.app);
    fabrikam = await createTenant(t.app);
    for (let i = 0; i < 3; i++) await createUser(contoso, { name: `=HYPERLINK("x") ${i}` });
    await createUser(fabrikam);
    base = `/api/v1/tenants/${contoso.id}/audit`;
  });
  after(() => t.close());

  test('401 without credentials, 400 per bad field, 403 for a member who is no admin, 404 for another tenant', async () => {
    assert.equal((await anonymous(t.app).get(`${base}/export`)).statusCode, 401);
    const bad = await contoso.admin.get(`${base}/export?format=xml&from=yesterday&actor=bob`);
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors.length, 3);
    const member = await createUser(contoso);
    const memberCaller = await signIn(t.app, member.userPrincipalName, TEST_PASSWORD);
    assert.equal((await memberCaller.get(`${base}/export`)).statusCode, 403);
    assert.equal((await fabrikam.admin.get(`${base}/export`)).statusCode, 404);
    assert.equal((await fabrikam.admin.get(`${base}/stream`)).statusCode, 404);
  });

  test('CSV and JSON: oldest first, only the tenant’s entries, filters by action and actor', async () => {
    const response = await contoso.admin.get(`${base}/export?format=csv&action=user.created`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/csv/);
    assert.match(String(response.headers['content-disposition']), /attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = response.body.replace(/^\ufeff/, '').trim().split('\r\n');
    assert.equal(lines[0], 'id,occurredAt,actorUserId,actorName,action,targetType,targetId,summary,detail');
    const created = (await contoso.admin.get(`${base}/export?format=json&action=user.created`)).json() as unknown[];
    assert.ok(created.length >= 3);
    assert.equal(lines.length, 1 + created.length);
    const ids = lines.slice(1).map((l) => Number(l.split(',')[0]));
    assert.deepEqual(ids, [...ids].sort((a, b) => a - b));
    assert.ok(lines.every((l) => !l.includes(fabrikam.id)));
    const mine = await contoso.admin.get(`${base}/export?format=json&actor=${contoso.adminId}&action=user.created`);
    const entries = mine.json() as { actor: { userId: string }; action: string }[];
    assert.ok(entries.length >= 3);
    assert.ok(entries.every((e) => e.actor.userId === contoso.adminId && e.action === 'user.created'));
    const system = await contoso.admin.get(`${base}/export?format=json&actor=system`);
    assert.ok((system.json() as { actor: { userId: string | null } }[]).every((e) => e.actor.userId === null));
  });

  test('JSON: a from/to window', async () => {
    const all = (await contoso.admin.get(`${base}/export?format=json`)).json() as { id: number; occurredAt: string }[];
    assert.ok(all.length >= 4);
    const none = (await contoso.admin.get(`${base}/export?format=json&from=2100-01-01T00:00:00Z`)).json();
    assert.deepEqual(none, []);
    const upTo = (await contoso.admin.get(`${base}/export?format=json&to=2000-01-01T00:00:00Z`)).json();
    assert.deepEqual(upTo, []);
  });

  test('the SSE stream sends what is there, then new entries as they are written, and resumes after Last-Event-ID', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as AddressInfo;
    const auth = contoso.admin.auth as { cookie: string };
    const read = async (headers: Record<string, string>, until: (ids: number[]) => boolean, during?: () => Promise<void>) => {
      const controller = new AbortController();
      const response = await fetch(`http://127.0.0.1:${port}${base}/stream`, { headers: { cookie: auth.cookie, ...headers }, signal: controller.signal });
      assert.equal(response.status, 200);
      assert.match(response.headers.get('content-type')!, /^text\/event-stream/);
      const reader = response.body!.getReader();
      const ids: number[] = [];
      let text = '';
      let started = false;
      const deadline = Date.now() + 15_000;
      while (!until(ids) && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
        ids.splice(0, ids.length, ...[...text.matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1])));
        if (!started && during) {
          started = true;
          await during();
        }
      }
      controller.abort();
      return { ids, text };
    };
    const existing = ((await contoso.admin.get(`${base}/export?format=json`)).json() as { id: number }[]).map((e) => e.id);
    let added = '';
    const first = await read({}, (ids) => ids.length > existing.length, async () => {
      added = (await createUser(contoso, { name: 'Streamed Person' })).id;
    });
    assert.deepEqual(first.ids.slice(0, existing.length), existing);
    assert.match(first.text, /event: audit\nid: \d+\ndata: \{.*"action":"user.created"/);
    assert.ok(first.text.includes(added), 'the new entry arrived while the stream was open');
    const resumed = await read({ 'last-event-id': String(existing.at(-1)) }, (ids) => ids.length >= 1);
    assert.equal(resumed.ids[0], first.ids[existing.length]);
  });
});
