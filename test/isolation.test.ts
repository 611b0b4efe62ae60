import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { POLICIES } from '../src/policies/index.js';
import { anonymous, createTestApp, type Caller, type TestApp } from './support/testApp.js';
import { createGroup, createTenant, createUser, signInAs, type TenantFixture } from './support/factories.js';
import { addPlans, approvePublisher, buildPackage, createOffer, uploadPackage } from './support/partnerFactories.js';
import { licensingOf } from './support/licensingFactories.js';

/**
 * Walks every registered API route and proves, for each one, that a caller
 * without credentials, a caller from another tenant and a caller without the
 * needed role are turned away and see none of the target tenant's data.
 */
describe('every route is guarded', () => {
  let t: TestApp;
  let victim: TenantFixture;
  let attacker: TenantFixture;
  let plainMember: Caller;
  let secrets: string[];
  let params: Record<string, string>;
  let victimProductServiceId: string;

  before(async () => {
    t = await createTestApp();
    victim = await createTenant(t.app, { isPublisher: true });
    attacker = await createTenant(t.app, { isPublisher: true });
    const victimUser = await createUser(victim, { name: 'Victoria Secretname' });
    const victimGroup = await createGroup(victim, 'Confidential Project Group');
    plainMember = await signInAs(t.app, victimUser);
    // The victim is also an approved publisher with an offer, a plan and a package, so routes get real IDs.
    await victim.admin.post(`/api/v1/tenants/${victim.id}/partner/program/application`, { publisherId: 'victimpub', partnerId: '9900001', acceptMarketplaceAgreement: true });
    await approvePublisher(t.app, victim);
    const victimPublisher = { ...victim, publisherId: 'victimpub', partnerId: '9900001' };
    await createOffer(victimPublisher, { offerKey: 'victim-offer', name: 'Confidential Offer Name' });
    await addPlans(victimPublisher, 'victim-offer', ['secretplan']);
    await uploadPackage(victimPublisher, 'victim-offer', buildPackage({ publisherId: 'victimpub', offerKey: 'victim-offer', plans: ['secretplan'] }));
    // It also sells licenses through a deal, holds some, and has an app installed: real IDs for those routes.
    const licensing = await licensingOf(t.app, victim, 'victimpub');
    secrets = [victim.name, victim.domain, victimUser.displayName, victimGroup.displayName, 'Confidential Offer Name', 'victimpub.victim-offer.secretplan'];
    params = {
      tenantId: victim.id,
      userId: victimUser.id,
      groupId: victimGroup.id,
      memberId: victimUser.id,
      tokenId: randomUUID(),
      offerKey: 'victim-offer',
      planKey: 'secretplan',
      version: '1.0.0.0',
      dealId: licensing.dealId,
      relationshipId: licensing.relationshipId,
      environmentId: licensing.environmentId,
      installationId: licensing.installationId,
      user: victimUser.id,
      subscribedSkuId: `${victim.id}_${licensing.productPlanId}`,
    };
    victimProductServiceId = licensing.productServiceId;
  });
  after(() => t.close());

  const fill = (url: string) =>
    url.replace(/:(\w+)/g, (_, name: string) => params[name] ?? randomUUID()).replace(/\*$/, 'anything');

  const apiRoutes = () => t.app.routeCatalog.filter((r) => r.url.startsWith('/api/'));

  const call = (caller: Caller, method: string, url: string) =>
    caller.request({ method: method as 'GET', url: fill(url), ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }) });

  const assertNoSecrets = (body: string, what: string) => {
    for (const secret of secrets) assert.ok(!body.includes(secret), `${what} leaked "${secret}": ${body.slice(0, 300)}`);
  };

  test('the catalog covers the API', () => {
    assert.ok(apiRoutes().length >= 20, `only ${apiRoutes().length} routes found`);
    for (const route of apiRoutes()) assert.ok(route.access, `${route.method} ${route.url} declares no access`);
  });

  test('no credentials → 401 on every non-public route', async () => {
    for (const route of apiRoutes().filter((r) => r.access !== 'public')) {
      const response = await call(anonymous(t.app), route.method, route.url);
      assert.equal(response.statusCode, 401, `${route.method} ${route.url} answered ${response.statusCode}`);
      // Graph-compatible routes answer errors as Graph does (application/json with error.code); the rest problem+json.
      if (route.url.startsWith('/api/graph/')) assert.equal(response.json().error.code, 'InvalidAuthenticationToken');
      else assert.match(String(response.headers['content-type']), /problem\+json/);
      assertNoSecrets(response.body, `${route.method} ${route.url}`);
    }
  });

  test("another tenant's admin → 404 on every tenant route, and sees nothing", async () => {
    const tenantRoutes = apiRoutes().filter((r) => r.access in POLICIES && POLICIES[r.access as keyof typeof POLICIES].tenant === 'own');
    assert.ok(tenantRoutes.length >= 10);
    for (const route of tenantRoutes) {
      const response = await call(attacker.admin, route.method, route.url);
      assert.equal(response.statusCode, 404, `${route.method} ${route.url} answered ${response.statusCode}`);
      assertNoSecrets(response.body, `${route.method} ${route.url}`);
    }
    // Nothing was changed either: the victim's directory is as it was.
    const users = (await victim.admin.get(`/api/v1/tenants/${victim.id}/users`)).json();
    assert.equal(users.total, 2);
    const offer = (await victim.admin.get(`/api/v1/tenants/${victim.id}/partner/offers/victim-offer`)).json();
    assert.deepEqual([offer.name, offer.status, offer.planCount, offer.currentPackageVersion], ['Confidential Offer Name', 'draft', 1, '1.0.0.0']);
  });

  test("routes in the caller's own tenant (Graph URLs name no tenant) → another tenant's admin reaches none of the victim's objects", async () => {
    const callerRoutes = apiRoutes().filter((r) => r.access in POLICIES && POLICIES[r.access as keyof typeof POLICIES].tenant === 'caller');
    assert.ok(callerRoutes.length >= 5, `only ${callerRoutes.length} caller-tenant routes`);
    for (const route of callerRoutes) {
      const response = await call(attacker.admin, route.method, route.url);
      const what = `${route.method} ${route.url}`;
      if (route.url.includes(':')) assert.ok([400, 404].includes(response.statusCode), `${what} answered ${response.statusCode}`);
      // A create in the caller's own tenant (POST /api/v1/partner/webhooks) refuses the empty body: 400, nothing made.
      else if (route.method !== 'GET') assert.equal(response.statusCode, 400, `${what} answered ${response.statusCode}`);
      else assert.equal(response.statusCode, 200, `${what} answered ${response.statusCode}`);
      assertNoSecrets(response.body, what);
      assert.ok(!response.body.includes(victimProductServiceId), `${what} leaked the victim's product`);
    }
  });

  test('a member without the needed role → 403 on every admin-only route', async () => {
    const memberSession = (await plainMember.get('/api/v1/auth/session')).json();
    const memberActor = { roles: new Set(memberSession.roles), isPublisher: true } as never;
    const restricted = apiRoutes().filter((r) => r.access in POLICIES && !POLICIES[r.access as keyof typeof POLICIES].rule(memberActor));
    assert.ok(restricted.length >= 8, `only ${restricted.length} restricted routes`);
    for (const route of restricted) {
      const response = await call(plainMember, route.method, route.url);
      assert.equal(response.statusCode, 403, `${route.method} ${route.url} answered ${response.statusCode}`);
    }
  });

  test('a tenant admin is not an operator', async () => {
    const operatorRoutes = apiRoutes().filter((r) => r.access.startsWith('operator.'));
    assert.ok(operatorRoutes.length >= 4);
    for (const route of operatorRoutes) {
      const response = await call(victim.admin, route.method, route.url);
      assert.equal(response.statusCode, 403, `${route.method} ${route.url} answered ${response.statusCode}`);
    }
  });
});
