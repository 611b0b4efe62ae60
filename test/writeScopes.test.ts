import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { Caller, createTestApp, signInOperator, type TestApp } from './support/testApp.js';
import { createPublisher } from './support/licensingFactories.js';
import { POLICIES, type Action } from '../src/policies/index.js';
import type { Scope } from '../src/policies/actor.js';

/**
 * A read scope never writes: every registered route that changes something
 * (POST, PUT, PATCH, DELETE), called with a token of each read-only scope
 * whose owner holds every role the route needs, is refused with 403 before
 * it does anything. The runtime check's POSTs are reads (they ask a
 * question) and are the only exceptions, named here.
 */
const READ_ONLY: Scope[] = ['directory.read', 'partner.read', 'licenses.read', 'runtime.check'];
const READS_OVER_POST = new Set(['/api/v1/runtime/check', '/api/v1/runtime/check/batch', '/api/v1/runtime/token']);
/** Public writes: anyone may call them, token or not. */
const PUBLIC_WRITES = new Set(['/api/v1/auth/sign-in', '/api/v1/auth/sign-out', '/api/v1/marketplace/offers/:slug/leads']);

describe('scopes on every write', () => {
  let t: TestApp;
  const tokens = new Map<string, Caller>();
  let tenantId: string;
  before(async () => {
    t = await createTestApp();
    const publisher = await createPublisher(t.app);
    tenantId = publisher.id;
    const operator = await signInOperator(t.app);
    for (const scope of READ_ONLY) {
      for (const [who, session] of [['publisher', publisher.admin], ['operator', operator]] as const) {
        const created = await session.post('/api/v1/auth/tokens', { name: `${scope} only`, scopes: [scope] });
        if (created.statusCode !== 201) continue; // the operator's tenant is no publisher: no partner.read or runtime.check for it
        tokens.set(`${who}:${scope}`, new Caller(t.app, { token: created.json().token }));
      }
    }
  });
  after(() => t.close());

  test('the only writes with a read scope are the runtime check’s questions', () => {
    for (const route of t.app.routeCatalog) {
      if (route.method === 'GET' || typeof route.access !== 'string' || !(route.access in POLICIES)) continue;
      const scope = POLICIES[route.access as Action].scope;
      if (READ_ONLY.includes(scope)) assert.ok(READS_OVER_POST.has(route.url), `${route.method} ${route.url} writes with the read scope ${scope}`);
    }
  });

  test('every write route refuses every read-only token with 403 and changes nothing', { timeout: 120_000 }, async () => {
    const auditBefore = await t.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    let walked = 0;
    for (const route of t.app.routeCatalog) {
      if (route.method === 'GET' || READS_OVER_POST.has(route.url) || PUBLIC_WRITES.has(route.url)) continue;
      const operatorRoute = typeof route.access === 'string' && route.access in POLICIES && POLICIES[route.access as Action].scope === 'operator';
      const url = route.url.replace(':tenantId', tenantId).replace(/:[A-Za-z]+/g, () => randomUUID());
      for (const scope of READ_ONLY) {
        const caller = tokens.get(`${operatorRoute ? 'operator' : 'publisher'}:${scope}`);
        if (!caller) continue;
        const response = await caller.request({ method: route.method as 'POST', url, payload: { environmentId: randomUUID() } });
        assert.equal(response.statusCode, 403, `${route.method} ${route.url} with a ${scope} token: ${response.body}`);
        // Graph-compatible routes answer errors as Graph does (error.message); the rest as problem+json (detail).
        const reason = route.url.startsWith('/api/graph/') ? response.json().error.message : response.json().detail;
        assert.match(reason, /lacks the "[a-z.]+" scope|signed-in session|browser session/, `${route.method} ${route.url}`);
        walked++;
      }
    }
    assert.ok(walked > 200, `walked ${walked} route × scope pairs`);
    const auditAfter = await t.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(auditAfter.n), Number(auditBefore.n), 'nothing was written');
  });

  test('the finding: a licenses.read token can no longer create license requests', async () => {
    const response = await tokens.get('publisher:licenses.read')!.post(`/api/v1/tenants/${tenantId}/license-requests`, { appModule: 'anything' });
    assert.equal(response.statusCode, 403);
    assert.match(response.json().detail, /licenses\.write/);
  });
});
