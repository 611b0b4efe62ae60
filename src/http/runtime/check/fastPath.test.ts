import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { connect } from 'node:net';
import { createTestApp, type TestApp } from '../../../../test/support/testApp.js';
import { createPublishedOffer, createPublisher } from '../../../../test/support/licensingFactories.js';
import { licensedCustomer } from '../../../../test/support/runtimeFixtures.js';
import { createUser } from '../../../../test/support/factories.js';
import { fastPathOf, type CheckFastPath } from './fastPath.js';

/**
 * The fast path answers POST /api/v1/runtime/check over a real socket in front
 * of Fastify. Every request below goes both ways — over HTTP to the listening
 * server and through Fastify's own pipeline with inject() — and the answers
 * must be byte for byte the same: status, content type and body.
 */
describe('runtime check fast path', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  let url: string;
  let fast: CheckFastPath;
  let key: string;
  let otherModule: string;
  before(async () => {
    t = await createTestApp();
    f = await licensedCustomer(t.app, 2);
    const other = await createPublisher(t.app);
    otherModule = (await createPublishedOffer(t.app, other)).plans[0]!.appModule;
    await t.app.entitlements.apply([{ kind: 'catalog' }]);
    key = (f.runtimeKey.auth as { token: string }).token;
    url = await t.app.listen({ port: 0, host: '127.0.0.1' });
    fast = fastPathOf(t.app.server as Server)!;
    assert.ok(fast, 'the app server has the fast path in front');
  });
  after(() => t.close());

  const CHECK = '/api/v1/runtime/check';
  const json = { 'content-type': 'application/json' };
  const bearer = () => ({ ...json, authorization: `Bearer ${key}` });

  /** The same request over the socket and through inject(); returns the socket's answer after comparing. */
  async function both(body: string, headers: Record<string, string> = bearer(), path = CHECK) {
    const overHttp = await fetch(`${url}${path}`, { method: 'POST', headers, body });
    const http = { status: overHttp.status, type: overHttp.headers.get('content-type'), body: await overHttp.text() };
    const injected = await t.app.inject({ method: 'POST', url: path, headers, payload: body });
    const reference = { status: injected.statusCode, type: String(injected.headers['content-type']), body: injected.body };
    assert.deepEqual(http, reference, `same answer for ${body}`);
    return http;
  }
  const check = (props: Record<string, unknown>) => JSON.stringify({ tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule, ...props });

  test('ordinary checks are answered without Fastify, exactly as the route answers them', async () => {
    await both(check({})); // the first use of the key goes through Fastify and fills the token cache
    const answeredBefore = fast.stats.answered;
    const cases = [
      check({}),
      check({ user: `  ${f.licensed.userPrincipalName.toUpperCase()}  ` }),
      check({ tenantId: f.customer.id.toUpperCase() }),
      check({ user: f.unlicensed.id }),
      check({ user: f.unlicensed.id, appModule: f.offer.freeAppModule }),
      check({ user: 'ghost@nowhere.example' }),
      check({ appModule: 'no_such_module' }),
      check({ tenantId: randomUUID() }),
    ];
    const codes = [];
    for (const body of cases) {
      const answer = await both(body);
      assert.equal(answer.status, 200);
      codes.push(JSON.parse(answer.body).code);
    }
    assert.deepEqual(codes, ['LICENSED', 'LICENSED', 'LICENSED', 'NOT_ASSIGNED', 'NO_LICENSE_REQUIRED', 'UNKNOWN_USER', 'UNKNOWN_APP_MODULE', 'APP_NOT_INSTALLED']);
    assert.equal(fast.stats.answered - answeredBefore, cases.length, 'every one of them on the fast path');
  });

  test('bad input gets the route’s own problem+json, never a 500', async () => {
    await both(check({}));
    const replayedBefore = fast.stats.replayed;
    const cases: [string, number][] = [
      [check({ tenantId: 'not-a-guid' }), 400],
      [check({ extra: 1 }), 400],
      [check({ user: '   ' }), 400],
      [check({ user: 'x'.repeat(257) }), 400],
      [check({ appModule: 42 }), 400],
      ['{"tenantId":', 400],
      ['[]', 400],
      ['"text"', 400],
      [`{"__proto__":{"admin":true},"tenantId":"${f.customer.id}","user":"u","appModule":"m"}`, 400],
      [`{"constructor":{"prototype":{"admin":true}},"tenantId":"${f.customer.id}","user":"u","appModule":"m"}`, 400],
      [check({ appModule: otherModule }), 403],
    ];
    for (const [body, status] of cases) {
      const answer = await both(body);
      assert.equal(answer.status, status, body);
      assert.equal(answer.type, 'application/problem+json; charset=utf-8', body);
      assert.equal(JSON.parse(answer.body).status, status);
    }
    assert.equal(fast.stats.replayed - replayedBefore, cases.length, 'read by the fast path, answered by Fastify');
    const forbidden = JSON.parse((await both(check({ appModule: otherModule }))).body);
    assert.match(forbidden.detail, /belongs to another publisher/);
    assert.ok(!forbidden.detail.includes(f.licensed.displayName));
  });

  test('anything unusual is left to Fastify before the body is read', async () => {
    const passedBefore = fast.stats.passed;
    const customerToken = (await f.customer.admin.post('/api/v1/auth/tokens', { name: 'dir', scopes: ['directory.read'] })).json().token;
    const cases: [string, Record<string, string>, number, string?][] = [
      [check({}), json, 401],
      [check({}), { ...json, authorization: 'Token abc' }, 401],
      [check({}), { ...json, authorization: 'Bearer lh_nope_nope' }, 401],
      [check({}), { 'content-type': 'text/plain', authorization: `Bearer ${key}` }, 400],
      [check({}), { 'content-type': 'application/xml', authorization: `Bearer ${key}` }, 415],
      [check({}), { ...json, authorization: `Bearer ${customerToken}` }, 403],
      [check({}), { ...json, authorization: `Bearer ${customerToken}` }, 403], // now cached: authorize() refuses it
      [check({}), bearer(), 200, `${CHECK}?via=query`],
      [check({}), bearer(), 200, `${CHECK}/`],
    ];
    for (const [body, headers, status, path] of cases) {
      assert.equal((await both(body, headers, path)).status, status, `${JSON.stringify(headers)} ${path ?? ''}`);
    }
    assert.equal(fast.stats.passed - passedBefore, cases.filter(([, , , path]) => !path).length, 'other paths never reach it');
  });

  /** Writes raw bytes on a fresh socket; resolves with what the server sent back until it closed or `untilMs` passed. */
  function rawExchange(parts: string[], { gapMs = 20, untilMs = 1500, abort = false } = {}): Promise<string> {
    const { port } = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1');
      let received = '';
      socket.on('data', (d) => (received += d.toString('latin1')));
      socket.on('error', reject);
      socket.on('close', () => resolve(received));
      socket.on('connect', async () => {
        for (const part of parts) {
          socket.write(part);
          await new Promise((r) => setTimeout(r, gapMs));
        }
        if (abort) socket.destroy();
        else setTimeout(() => socket.end(), untilMs);
      });
    });
  }
  const head = (length: number) => `POST ${CHECK} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${key}\r\nContent-Length: ${length}\r\n\r\n`;

  test('a body that arrives in pieces is answered whole; a client gone mid-body leaves the server serving', async () => {
    const body = check({});
    const answered = await rawExchange([head(body.length), body.slice(0, 10), body.slice(10, 40), body.slice(40)]);
    assert.match(answered, /^HTTP\/1.1 200 /);
    assert.equal(JSON.parse(answered.slice(answered.indexOf('\r\n\r\n') + 4)).code, 'LICENSED');

    assert.equal(await rawExchange([head(body.length), body.slice(0, 20)], { abort: true }), '', 'nothing is written to a client that left');
    assert.equal((await both(body)).status, 200, 'and the next check is answered as usual');
  });

  test('an admin change is visible to the next fast check; its answers are counted in /metrics', async () => {
    const member = f.unlicensed;
    assert.equal(JSON.parse((await both(check({ user: member.id }))).body).code, 'NOT_ASSIGNED');
    const remembered = fast.stats.remembered;
    assert.equal(JSON.parse((await both(check({ user: member.id }))).body).code, 'NOT_ASSIGNED');
    assert.equal(fast.stats.remembered, remembered + 1, 'the same check again is answered from memory');
    await f.customer.admin.patch(`/api/v1/tenants/${f.customer.id}/users/${member.id}`, { enabled: false });
    assert.equal(JSON.parse((await both(check({ user: member.id }))).body).code, 'USER_DISABLED');
    const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
    const line = metrics.split('\n').find((l) => l.startsWith('licensehub_http_request_duration_seconds_count') && l.includes(`route="${CHECK}"`) && l.includes('status="200"'));
    assert.ok(line, 'the check route has a 200 count');
    assert.ok(Number(line.split(' ').at(-1)) > fast.stats.answered, 'fast answers and Fastify answers both counted');
  });

  test('decisions are counted by code on /metrics, fast and Fastify answers alike; the index reports its age', async () => {
    const decisions = async () => {
      const metrics = (await t.app.inject({ method: 'GET', url: '/metrics' })).body;
      const count = (code: string) => Number(metrics.split('\n').find((l) => l.startsWith(`licensehub_check_decisions_total{code="${code}"}`))?.split(' ').at(-1));
      const gauge = (name: string) => Number(metrics.split('\n').find((l) => l.startsWith(`${name} `))?.split(' ').at(-1));
      return { licensed: count('LICENSED'), unknownUser: count('UNKNOWN_USER'), age: gauge('licensehub_entitlement_index_age_seconds'), synced: gauge('licensehub_entitlement_index_last_sync_timestamp_seconds') };
    };
    const before = await decisions();
    await both(check({})); // one over HTTP (fast path), one through inject (the route): two LICENSED
    await both(check({ user: 'nobody@example.com' }));
    const after = await decisions();
    assert.equal(after.licensed - before.licensed, 2);
    assert.equal(after.unknownUser - before.unknownUser, 2);
    assert.ok(after.age >= 0 && after.age < 5, `index age ${after.age}`);
    assert.ok(after.synced > Date.now() / 1000 - 60);
  });

  test('batches are answered without Fastify too, byte for byte as the route answers; any bad check sends the whole batch to Fastify', async () => {
    const BATCH = '/api/v1/runtime/check/batch';
    const item = (props: Record<string, unknown>) => ({ tenantId: f.customer.id, user: f.licensed.id, appModule: f.plan.appModule, ...props });
    const newcomer = await createUser(f.customer);
    const checks = [item({}), item({ user: newcomer.id }), item({ user: 'nobody@example.com' }), item({ user: f.licensed.userPrincipalName.toUpperCase() }), item({ appModule: 'no-such-module' })];
    const answered = fast.stats.answered;
    const first = await both(JSON.stringify({ checks }), bearer(), BATCH);
    assert.equal(first.status, 200);
    assert.deepEqual(JSON.parse(first.body).results.map((r: { code: string }) => r.code), ['LICENSED', 'NOT_ASSIGNED', 'UNKNOWN_USER', 'LICENSED', 'UNKNOWN_APP_MODULE']);
    const again = await both(JSON.stringify({ checks: [...checks].reverse() }), bearer(), BATCH);
    assert.deepEqual(JSON.parse(again.body).results.map((r: { code: string }) => r.code), ['UNKNOWN_APP_MODULE', 'LICENSED', 'UNKNOWN_USER', 'NOT_ASSIGNED', 'LICENSED']);
    assert.equal(fast.stats.answered, answered + 2, 'both batches were answered here');

    const replayed = fast.stats.replayed;
    const foreign = await both(JSON.stringify({ checks: [item({}), item({ appModule: otherModule })] }), bearer(), BATCH);
    assert.equal(foreign.status, 403);
    const invalid = await both(JSON.stringify({ checks: [item({}), item({ tenantId: 'not-a-guid' })] }), bearer(), BATCH);
    assert.equal(invalid.status, 400);
    assert.equal(fast.stats.replayed, replayed + 2);

    // A change to the index is seen by the next batch (remembered results are forgotten).
    await f.customer.admin.patch(`/api/v1/tenants/${f.customer.id}/users/${f.licensed.id}`, { enabled: false });
    const after = await both(JSON.stringify({ checks }), bearer(), BATCH);
    assert.equal(JSON.parse(after.body).results[0].code, 'USER_DISABLED');
    await f.customer.admin.patch(`/api/v1/tenants/${f.customer.id}/users/${f.licensed.id}`, { enabled: true });
  });

  test('usage and claims are noted on every answer sent here, remembered or not, single or in a batch, and nothing else', async () => {
    await both(check({}));
    await t.app.seatUsage.flush();
    const noted = t.app.seatUsage.noted;
    const remembered = fast.stats.remembered;
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${url}${CHECK}`, { method: 'POST', headers: bearer(), body: check({}) });
      assert.equal(response.status, 200);
    }
    assert.equal(fast.stats.remembered, remembered + 5, 'answered from memory');
    assert.equal(t.app.seatUsage.noted, noted + 5, 'each noted once');
    assert.equal(t.app.seatUsage.size, 1, 'aggregated: one entry per user and plans');
    // Refusals are not uses.
    await fetch(`${url}${CHECK}`, { method: 'POST', headers: bearer(), body: check({ user: f.unlicensed.id }) });
    assert.equal(t.app.seatUsage.noted, noted + 5);
    const batch = await fetch(`${url}/api/v1/runtime/check/batch`, {
      method: 'POST',
      headers: bearer(),
      body: JSON.stringify({ checks: [JSON.parse(check({})), JSON.parse(check({ user: f.unlicensed.id })), JSON.parse(check({}))] }),
    });
    assert.equal(batch.status, 200);
    assert.equal(t.app.seatUsage.noted, noted + 7);
    await t.app.seatUsage.flush();
    const row = await t.app.db.selectFrom('seat_usage').selectAll().where('user_id', '=', f.licensed.id).executeTakeFirstOrThrow();
    assert.equal(row.plan_id, f.plan.id);
    assert.equal(t.app.seatUsage.size, 0);

    // "claim": true on a refusal asks for a claim each time it is answered (the queue keeps one per user and app).
    const claimer = await createUser(f.customer);
    const claimBody = check({ user: claimer.id, claim: true });
    const first = await both(claimBody);
    assert.equal(JSON.parse(first.body).code, 'NOT_ASSIGNED');
    await fetch(`${url}${CHECK}`, { method: 'POST', headers: bearer(), body: claimBody });
    await t.app.seatClaims.drain();
    assert.ok(t.app.seatClaims.outcomes.notAllowed >= 1, 'the claim ran (no policy: not allowed)');
  });
});
