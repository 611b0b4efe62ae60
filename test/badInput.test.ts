import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { POLICIES } from '../src/policies/index.js';
import { anonymous, createTestApp, signInOperator, type Caller, type TestApp } from './support/testApp.js';
import { createGroup, createTenant, createUser, type TenantFixture } from './support/factories.js';
import { addPlans, approvePublisher, buildPackage, createOffer, uploadPackage } from './support/partnerFactories.js';
import { licensingOf } from './support/licensingFactories.js';

interface Operation {
  parameters?: { in: string; name: string; schema?: { type?: string } }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

const NUL = 'x\u0000y';
// Letters that do not compress, so an over-long value really is long wherever it is stored or indexed.
const LONG = Array.from({ length: 6000 }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26))).join('');

/**
 * Bad input never gets a 5xx. A walk over every registered API route, each
 * called by someone it lets in, with: a NUL character in every path
 * parameter, query parameter and body field; over-long strings; values of the
 * wrong type; empty and non-object bodies. A NUL character is always a 400
 * naming the field.
 */
describe('bad input never gets a 5xx', () => {
  let t: TestApp;
  let victim: TenantFixture;
  let operator: Caller;
  let params: Record<string, string>;
  let operations: Record<string, Record<string, Operation>>;

  before(async () => {
    t = await createTestApp();
    victim = await createTenant(t.app, { isPublisher: true });
    operator = await signInOperator(t.app);
    const user = await createUser(victim);
    const group = await createGroup(victim);
    await victim.admin.post(`/api/v1/tenants/${victim.id}/partner/program/application`, { publisherId: 'fuzzpub', partnerId: '9900002', acceptMarketplaceAgreement: true });
    await approvePublisher(t.app, victim);
    const publisher = { ...victim, publisherId: 'fuzzpub', partnerId: '9900002' };
    await createOffer(publisher, { offerKey: 'fuzz-offer', name: 'Fuzz Offer' });
    await addPlans(publisher, 'fuzz-offer', ['gold']);
    await uploadPackage(publisher, 'fuzz-offer', buildPackage({ publisherId: 'fuzzpub', offerKey: 'fuzz-offer', plans: ['gold'] }));
    const licensing = await licensingOf(t.app, victim, 'fuzzpub');
    params = {
      tenantId: victim.id,
      userId: user.id,
      groupId: group.id,
      memberId: user.id,
      offerKey: 'fuzz-offer',
      planKey: 'gold',
      version: '1.0.0.0',
      dealId: licensing.dealId,
      relationshipId: licensing.relationshipId,
      environmentId: licensing.environmentId,
      installationId: licensing.installationId,
      user: user.id,
      subscribedSkuId: `${victim.id}_${licensing.productPlanId}`,
    };
    operations = (t.app.swagger() as unknown as { paths: Record<string, Record<string, Operation>> }).paths;
  });
  after(() => t.close());

  const routes = () => t.app.routeCatalog.filter((r) => r.url.startsWith('/api/'));

  const callerFor = (access: string): Caller => {
    if (access === 'public') return anonymous(t.app);
    if (access.startsWith('operator.')) return operator;
    return victim.admin;
  };

  const operationOf = (method: string, url: string): Operation => operations[url.replace(/:(\w+)/g, '{$1}')]?.[method.toLowerCase()] ?? {};

  const fill = (url: string, override?: [string, string]) =>
    url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(override?.[0] === name ? override[1] : (params[name] ?? randomUUID()))).replace(/\*$/, 'anything');

  /** Every body the route could be sent: each field in turn NUL, over-long or of the wrong type, and bodies of the wrong shape. */
  function bodies(operation: Operation): { what: string; payload: unknown; nul?: string }[] {
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    const variants: { what: string; payload: unknown; nul?: string }[] = [
      { what: 'an empty object', payload: {} },
      { what: 'a list', payload: [] },
      { what: 'a string', payload: 'hello' },
      { what: 'a number', payload: 12 },
      { what: 'null', payload: null },
    ];
    for (const [name, field] of Object.entries(schema?.properties ?? {})) {
      const wrong = [field.type].flat().includes('string') ? 123 : 'not-what-you-want';
      variants.push(
        { what: `${name} with NUL`, payload: { [name]: NUL }, nul: name },
        { what: `${name} over-long`, payload: { [name]: LONG } },
        { what: `${name} of the wrong type`, payload: { [name]: wrong } },
        { what: `${name} as an object`, payload: { [name]: { nested: NUL } }, nul: `${name}.nested` },
      );
      for (const [inner] of Object.entries(field.properties ?? {})) variants.push({ what: `${name}.${inner} with NUL`, payload: { [name]: { [inner]: NUL } }, nul: `${name}.${inner}` });
    }
    return variants;
  }

  const assertNo5xx = (response: { statusCode: number; body: string }, what: string) => {
    assert.ok(response.statusCode < 500, `${what} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
  };

  type ErrorBody = { errors?: { field: string; message: string }[]; error?: { details?: { target: string; message: string }[] } };
  const assertNamesNul = (response: { statusCode: number; body: string; json: () => ErrorBody }, field: string, what: string) => {
    // Authorization runs first, so a caller who may not call the route hears that instead.
    if ([401, 403, 404, 429].includes(response.statusCode)) return;
    assert.equal(response.statusCode, 400, `${what} answered ${response.statusCode}: ${response.body.slice(0, 300)}`);
    // Problem details name the field in errors[]; the Graph-compatible API, in Graph's error.details[].target.
    const body = response.json();
    const errors = body.errors ?? body.error?.details?.map((d) => ({ field: d.target, message: d.message })) ?? [];
    assert.ok(errors.some((e) => e.field === field && /NUL/.test(e.message)), `${what}: ${response.body.slice(0, 300)}`);
  };

  test('the routes open to anyone answer a NUL with a 400 naming the field (before the walk, which uses up sign-in attempts)', async () => {
    const nobody = anonymous(t.app);
    const search = await nobody.get(`/api/v1/marketplace/offers?q=${encodeURIComponent(NUL)}`);
    assert.equal(search.statusCode, 400, search.body);
    assert.deepEqual(search.json().errors, [{ field: 'query parameter q', message: 'must not contain the NUL character (\\u0000)' }]);
    const signIn = await nobody.post('/api/v1/auth/sign-in', { userPrincipalName: `a${NUL}@x.example`, password: 'whatever-1234' });
    assert.equal(signIn.statusCode, 400, signIn.body);
    assert.deepEqual(signIn.json().errors, [{ field: 'userPrincipalName', message: 'must not contain the NUL character (\\u0000)' }]);
    assert.match(String(signIn.headers['content-type']), /application\/problem\+json/);
  });

  test('NUL in every path parameter and query parameter', async () => {
    let checked = 0;
    for (const route of routes()) {
      const caller = callerFor(route.access);
      const operation = operationOf(route.method, route.url);
      for (const name of route.url.match(/:(\w+)/g)?.map((p) => p.slice(1)) ?? []) {
        const what = `${route.method} ${route.url} with NUL in path parameter ${name}`;
        const response = await caller.request({ method: route.method as InjectOptions['method'], url: fill(route.url, [name, NUL]) });
        assertNo5xx(response, what);
        // Another tenant's id (here: not a GUID) is a 404 before anything else, so nothing is confirmed to exist.
        if (name !== 'tenantId') assertNamesNul(response, `path parameter ${name}`, what);
        checked++;
      }
      const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      for (const name of [...queryNames, 'unexpected']) {
        const what = `${route.method} ${route.url} with NUL in query parameter ${name}`;
        const response = await caller.request({ method: route.method as InjectOptions['method'], url: `${fill(route.url)}?${name}=${encodeURIComponent(NUL)}` });
        assertNo5xx(response, what);
        assertNamesNul(response, `query parameter ${name}`, what);
        checked++;
      }
    }
    assert.ok(checked > 150, `only ${checked} requests`);
  });

  test('NUL, over-long values, wrong types and wrong shapes in every JSON body', async () => {
    let checked = 0;
    for (const route of routes().filter((r) => ['POST', 'PUT', 'PATCH'].includes(r.method))) {
      const caller = callerFor(route.access);
      for (const variant of bodies(operationOf(route.method, route.url))) {
        const what = `${route.method} ${route.url} with ${variant.what}`;
        const response = await caller.request({
          method: route.method as InjectOptions['method'],
          url: fill(route.url),
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(variant.payload),
        });
        assertNo5xx(response, what);
        if (variant.nul) assertNamesNul(response, variant.nul, what);
        checked++;
      }
      const empty = await caller.request({ method: route.method as InjectOptions['method'], url: fill(route.url), headers: { 'content-type': 'application/json' }, payload: '' });
      assertNo5xx(empty, `${route.method} ${route.url} with an empty body`);
      const broken = await caller.request({ method: route.method as InjectOptions['method'], url: fill(route.url), headers: { 'content-type': 'application/json' }, payload: '{"a":' });
      assertNo5xx(broken, `${route.method} ${route.url} with broken JSON`);
      checked += 2;
    }
    assert.ok(checked > 300, `only ${checked} requests`);
  });

  test('a multipart upload without a boundary is a 400 that says what to send', async () => {
    for (const path of ['packages', 'logo']) {
      const method = path === 'logo' ? 'PUT' : 'POST';
      const response = await victim.admin.request({ method, url: `/api/v1/tenants/${victim.id}/partner/offers/fuzz-offer/${path}`, headers: { 'content-type': 'multipart/form-data' }, payload: 'garbage' });
      assert.equal(response.statusCode, 400, `${path}: ${response.body}`);
      assert.match(response.json().detail, /names no boundary .*multipart\/form-data; boundary=/);
      const truncated = await victim.admin.request({ method, url: `/api/v1/tenants/${victim.id}/partner/offers/fuzz-offer/${path}`, headers: { 'content-type': 'multipart/form-data; boundary=abc' }, payload: '--abc\r\nContent-Disposition: form-data; name="file"' });
      assert.equal(truncated.statusCode, 400, `${path}: ${truncated.body}`);
      assert.match(truncated.json().detail, /multipart\/form-data body cannot be read/);
    }
  });

  test('policies cover every route walked', () => {
    for (const route of routes()) assert.ok(['public', 'signedIn', 'signingIn', 'browserSession'].includes(route.access) || route.access in POLICIES, `${route.method} ${route.url}`);
  });
});
