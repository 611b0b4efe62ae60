import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPair, SignJWT } from 'jose';
import { Caller, anonymous, createTestApp, signInOperator, type TestApp } from '../../../test/support/testApp.js';
import { createGroup, createTenant, createUser, type TenantFixture } from '../../../test/support/factories.js';
import { startIdentityProvider, type TestIdentityProvider } from '../../../test/support/openIdProvider.js';
import { validateIdToken, discover } from '../../identity/oidc/oidcClient.js';
import { assertAudited } from '../../../test/support/audit.js';
import type { AuditAction } from '../../domain/auditActions.js';
import { customerWithLicenses } from '../../../test/support/licensingFactories.js';

/**
 * Single sign-on against a real OpenID provider (oidc-provider) started by
 * the test: the whole browser flow through HTTP with cookies, JIT on and off,
 * group mapping, password sign-in turned off, and the refusals.
 */
describe('OpenID Connect sign-in', () => {
  let t: TestApp;
  let idp: TestIdentityProvider;
  let tenant: TenantFixture;
  let providerId: string;
  let groupId: string;
  let planId: string;
  before(async () => {
    t = await createTestApp();
    t.clock.set(new Date()); // the provider signs tokens with the real time
    idp = await startIdentityProvider(`${t.app.config.publicUrl}/auth/oidc/callback`);
    // A customer holding two seats of a publisher's plan, given to the Engineers group (Grace takes one below).
    const licensed = await customerWithLicenses(t.app, 2);
    tenant = licensed.customer;
    planId = licensed.plan.id;
    groupId = (await createGroup(tenant, 'Engineers')).id;
    const assigned = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/licenses/${planId}/assign`, { groupIds: [groupId] });
    assert.equal(assigned.statusCode, 200, assigned.body);
    const created = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/identity-providers`, {
      type: 'oidc',
      displayName: 'Contoso ID',
      issuer: idp.issuer,
      clientId: idp.clientId,
      clientSecret: idp.clientSecret,
      domains: [tenant.domain],
      jit: true,
      groupMappings: [{ claimValue: 'eng', groupId }, { claimValue: 'admins', role: 'user_admin' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    providerId = created.json().id;
  });
  after(async () => {
    await idp?.close();
    await t?.close();
  });

  /** The browser: LicenseHub's /auth/sso, the provider's pages, back to the callback; returns the callback's answer. */
  async function browserSignIn(email: string, accountId: string, returnTo = '/admin/users') {
    const start = await anonymous(t.app).get(`/auth/sso?login_hint=${encodeURIComponent(email)}&returnTo=${encodeURIComponent(returnTo)}`);
    assert.equal(start.statusCode, 302, start.body);
    const back = await idp.signInAs(String(start.headers.location), accountId);
    const callback = new URL(back);
    assert.equal(callback.pathname, '/auth/oidc/callback');
    const response = await t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
    return { response, callbackUrl: `${callback.pathname}${callback.search}` };
  }

  test('the provider is stored with its discovery, the secret sealed and never returned', async () => {
    const listed = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/identity-providers`)).json().items;
    assert.equal(listed.length, 1);
    assert.equal(listed[0].clientSecretSet, true);
    assert.ok(!JSON.stringify(listed).includes(idp.clientSecret));
    const row = await t.app.db.selectFrom('identity_providers').select(['client_secret_sealed', 'discovery']).where('id', '=', providerId).executeTakeFirstOrThrow();
    assert.ok(!row.client_secret_sealed.includes(idp.clientSecret));
    assert.equal(row.discovery.issuer, idp.issuer);
    const discovered = await anonymous(t.app).get(`/api/v1/auth/sso/discover?email=${encodeURIComponent(`x@${tenant.domain}`)}`);
    assert.deepEqual(discovered.json(), { sso: true, providerName: 'Contoso ID', passwordAllowed: true, signInUrl: `/auth/sso?login_hint=${encodeURIComponent(`x@${tenant.domain}`)}` });
    const bad = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/identity-providers`, { type: 'oidc', displayName: 'X', issuer: idp.issuer, clientId: 'c', clientSecret: 's', domains: ['unverified.example'] });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().detail, /not verified/);
  });

  test('JIT: a new person signs in, is created from the claims, joins the mapped group and role, and lands where they came from', async () => {
    const upn = `grace@${tenant.domain}`;
    idp.accounts.set('grace', { email: upn, preferred_username: upn, name: 'Grace Hopper', ctry: 'NL', groups: ['eng', 'admins'] });
    const { response, callbackUrl } = await browserSignIn(upn, 'grace');
    assert.equal(response.statusCode, 302, response.body);
    assert.equal(response.headers.location, '/admin/users');
    const cookie = response.cookies.find((c) => c.name === 'lh_session')!;
    const csrf = response.cookies.find((c) => c.name === 'lh_csrf')!;
    const me = new Caller(t.app, { cookie: `lh_session=${cookie.value}`, csrf: csrf.value });
    const session = (await me.get('/api/v1/auth/session')).json();
    assert.equal(session.user.userPrincipalName, upn);
    assert.deepEqual(session.roles, ['user_admin']);
    const user = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/users/${session.user.id}`)).json();
    assert.deepEqual([user.displayName, user.usageLocation], ['Grace Hopper', 'NL']);
    const members = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/groups/${groupId}/members`)).json();
    assert.ok(JSON.stringify(members).includes(session.user.id));
    // The state is used once: the same callback again is refused.
    const replay = await t.app.inject({ method: 'GET', url: callbackUrl });
    assert.equal(replay.statusCode, 400);
    assert.match(replay.json().detail, /already used or has expired/);
  });

  test('the group claim also takes away: groups and roles its mapping gave go when the claim does, seats move on; what an admin gave stays', async () => {
    const operations = await createGroup(tenant, 'Operations');
    const mappings = [{ claimValue: 'eng', groupId }, { claimValue: 'admins', role: 'user_admin' }, { claimValue: 'ops', groupId: operations.id }];
    assert.equal((await tenant.admin.patch(`/api/v1/tenants/${tenant.id}/identity-providers/${providerId}`, { groupMappings: mappings })).statusCode, 200);
    const upn = `linus@${tenant.domain}`;
    idp.accounts.set('linus', { email: upn, preferred_username: upn, name: 'Linus', groups: ['eng', 'admins'] });
    const signIn = async () => {
      const { response } = await browserSignIn(upn, 'linus');
      assert.equal(response.statusCode, 302, response.body);
      const cookie = response.cookies.find((c) => c.name === 'lh_session')!;
      const csrf = response.cookies.find((c) => c.name === 'lh_csrf')!;
      return (await new Caller(t.app, { cookie: `lh_session=${cookie.value}`, csrf: csrf.value }).get('/api/v1/auth/session')).json();
    };
    const first = await signIn();
    const linus: string = first.user.id;
    assert.deepEqual(first.roles, ['user_admin']);
    const seatOf = async (userId: string) =>
      (await t.app.db.selectFrom('seat_holdings').select('state').where('plan_id', '=', planId).where('user_id', '=', userId).executeTakeFirst())?.state ?? 'none';
    assert.equal(await seatOf(linus), 'active', 'the mapped group brought the seat');
    const grants = await t.app.db.selectFrom('group_members').select(['group_id', 'granted_by_provider_id']).where('member_user_id', '=', linus).execute();
    assert.deepEqual(grants, [{ group_id: groupId, granted_by_provider_id: providerId }], 'the membership names the provider that granted it');

    // An admin adds Linus to Operations (a mapped group) and gives him License admin by hand; Wanda waits for the one seat.
    assert.equal((await tenant.admin.post(`/api/v1/tenants/${tenant.id}/groups/${operations.id}/members`, { memberType: 'user', memberId: linus })).statusCode, 204);
    const roles = await tenant.admin.put(`/api/v1/tenants/${tenant.id}/users/${linus}/roles`, { roles: ['license_admin', 'user_admin'] });
    assert.equal(roles.statusCode, 200, roles.body);
    t.clock.advance(1000); // Wanda joins after the others: the fair order puts her last
    const wanda = await createUser(tenant, { name: 'Wanda Waiting' });
    assert.equal((await tenant.admin.post(`/api/v1/tenants/${tenant.id}/groups/${groupId}/members`, { memberType: 'user', memberId: wanda.id })).statusCode, 204);
    assert.equal(await seatOf(wanda.id), 'not_enough_licenses');

    // The directory took Linus out of every group: the next sign-in takes away only what the claim gave.
    idp.accounts.set('linus', { email: upn, preferred_username: upn, name: 'Linus', groups: [] });
    const second = await signIn();
    assert.deepEqual(second.roles, ['license_admin'], 'the mapped role went, the role an admin gave stayed');
    const groupsNow = (await t.app.db.selectFrom('group_members').select('group_id').where('member_user_id', '=', linus).execute()).map((g) => g.group_id);
    assert.deepEqual(groupsNow, [operations.id], 'out of Engineers, still in Operations (an admin put him there)');
    assert.equal(await seatOf(linus), 'none', 'his seat was released');
    assert.equal(await seatOf(wanda.id), 'active', 'and went to the member waiting for it');
    const audited = await t.app.db
      .selectFrom('audit_events')
      .select(['action', 'summary'])
      .where('tenant_id', '=', tenant.id)
      .where('target_id', 'in', [linus, groupId])
      .orderBy('id')
      .execute();
    assert.ok(audited.some((a) => a.action === 'user.roles_changed' && /no longer gives .* user_admin/.test(a.summary)), JSON.stringify(audited));
    assert.ok(audited.some((a) => a.action === 'group.members_changed' && /0 added, 1 removed/.test(a.summary)), JSON.stringify(audited));

    // Back in the group claim: the membership returns, marked as the provider's again; the hand-given one stays the admin's.
    idp.accounts.set('linus', { email: upn, preferred_username: upn, name: 'Linus', groups: ['eng', 'ops'] });
    await signIn();
    const back = await t.app.db.selectFrom('group_members').select(['group_id', 'granted_by_provider_id']).where('member_user_id', '=', linus).orderBy('group_id').execute();
    assert.deepEqual(
      back,
      [
        { group_id: groupId, granted_by_provider_id: providerId },
        { group_id: operations.id, granted_by_provider_id: null },
      ].sort((a, b) => a.group_id.localeCompare(b.group_id)),
    );
  });

  test('JIT off: only people who exist may enter', async () => {
    assert.equal((await tenant.admin.patch(`/api/v1/tenants/${tenant.id}/identity-providers/${providerId}`, { jit: false })).statusCode, 200);
    const upn = `stranger@${tenant.domain}`;
    idp.accounts.set('stranger', { email: upn, name: 'Stranger' });
    const { response } = await browserSignIn(upn, 'stranger');
    assert.equal(response.statusCode, 403);
    assert.match(response.json().detail, /no LicenseHub account/);
    await tenant.admin.patch(`/api/v1/tenants/${tenant.id}/identity-providers/${providerId}`, { jit: true });
  });

  test('passwords can be turned off for the SSO domains', async () => {
    await tenant.admin.patch(`/api/v1/tenants/${tenant.id}/identity-providers/${providerId}`, { passwordsAllowed: false });
    const refused = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName: `admin@${tenant.domain}`, password: 'whatever-password-1' } });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().detail, /Sign in with your organization/);
    await tenant.admin.patch(`/api/v1/tenants/${tenant.id}/identity-providers/${providerId}`, { passwordsAllowed: true });
  });

  test('refusals: unknown domain, forged or misaddressed ID tokens', async () => {
    const unknown = await anonymous(t.app).get('/auth/sso?login_hint=someone%40nowhere.example');
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.json().detail, /nowhere\.example/);
    const discovery = await discover(idp.issuer);
    const nonce = 'n-123';
    const now = t.clock.now();
    const { privateKey } = await generateKeyPair('RS256');
    const sign = (claims: Record<string, unknown>, key = privateKey) =>
      new SignJWT({ nonce, ...claims }).setProtectedHeader({ alg: 'RS256' }).setIssuer(idp.issuer).setAudience(idp.clientId).setSubject('x').setIssuedAt().setExpirationTime('5m').sign(key);
    const check = (token: string, options: Partial<{ nonce: string; clientId: string; now: Date }> = {}) =>
      validateIdToken(token, { discovery, clientId: options.clientId ?? idp.clientId, nonce: options.nonce ?? nonce, now: options.now ?? now });
    await assert.rejects(check(await sign({})), /signature does not verify/);
    // A genuine token from the provider, then checked for another audience, later than its expiry, or with another nonce.
    const upn = `ada@${tenant.domain}`;
    idp.accounts.set('ada', { email: upn, name: 'Ada' });
    const start = await anonymous(t.app).get(`/auth/sso?login_hint=${encodeURIComponent(upn)}`);
    const back = new URL(await idp.signInAs(String(start.headers.location), 'ada'));
    const code = back.searchParams.get('code')!;
    const pending = await t.app.db.selectFrom('oidc_sign_ins').selectAll().where('used_at', 'is', null).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
    const tokenResponse = await fetch(discovery.token_endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${Buffer.from(`${idp.clientId}:${idp.clientSecret}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: `${t.app.config.publicUrl}/auth/oidc/callback`, code_verifier: t.app.secretBox.open(pending.code_verifier_sealed, 'oidc code verifier') }),
    });
    const idToken = ((await tokenResponse.json()) as { id_token: string }).id_token;
    assert.ok((await check(idToken, { nonce: pending.nonce })).sub);
    await assert.rejects(check(idToken, { nonce: pending.nonce, clientId: 'someone-else' }), /aud/);
    await assert.rejects(check(idToken, { nonce: pending.nonce, now: new Date(now.getTime() + 24 * 3600_000) }), /expired/);
    await assert.rejects(check(idToken, { nonce: 'another' }), /nonce does not match/);
    // The code was spent above: the browser's callback now fails at the token endpoint, and says so.
    const late = await t.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    assert.equal(late.statusCode, 403);
    assert.match(late.json().detail, /refused the code/);
  });

  test('domains: added with TXT instructions, one domain one tenant, the operator may verify', async () => {
    const added = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/domains`, { domain: `eu.${tenant.domain}` });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal(added.json().verificationRecord.type, 'TXT');
    assert.match(added.json().verificationRecord.value, /^licensehub-verification=/);
    const other = await createTenant(t.app);
    assert.equal((await other.admin.post(`/api/v1/tenants/${other.id}/domains`, { domain: `eu.${tenant.domain}` })).statusCode, 409);
    assert.equal((await other.admin.post(`/api/v1/tenants/${other.id}/domains`, { domain: tenant.domain })).statusCode, 409);
    const dns = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/domains/eu.${tenant.domain}/verify`);
    assert.equal(dns.statusCode, 422);
    const operator = await signInOperator(t.app);
    assert.equal((await operator.post(`/api/v1/operator/domains/eu.${tenant.domain}/verify`)).statusCode, 204);
    const domains = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/domains`)).json().items;
    assert.ok(domains.some((d: { domain: string; verified: boolean }) => d.domain === `eu.${tenant.domain}` && d.verified));
    // The verified domain can now sign people in, and they are created with it.
    const patched = await tenant.admin.patch(`/api/v1/tenants/${tenant.id}/identity-providers/${providerId}`, { domains: [tenant.domain, `eu.${tenant.domain}`] });
    assert.equal(patched.statusCode, 200, patched.body);
    const upn = `eve@eu.${tenant.domain}`;
    idp.accounts.set('eve', { email: upn, name: 'Eve' });
    const { response } = await browserSignIn(upn, 'eve', '/admin');
    assert.equal(response.statusCode, 302, response.body);
    assert.equal(response.headers.location, '/admin');
    // Removing: not the primary domain, not one a provider signs in with, not another tenant's; then it goes.
    const remove = (caller: typeof tenant.admin, tenantId: string, name: string) => caller.request({ method: 'DELETE', url: `/api/v1/tenants/${tenantId}/domains/${name}` });
    const primary = await remove(tenant.admin, tenant.id, tenant.domain);
    assert.equal(primary.statusCode, 409);
    assert.match(primary.json().detail, /primary domain/);
    const inUse = await remove(tenant.admin, tenant.id, `eu.${tenant.domain}`);
    assert.equal(inUse.statusCode, 409);
    assert.match(inUse.json().detail, /Contoso ID signs people in with/);
    assert.equal((await remove(other.admin, other.id, `eu.${tenant.domain}`)).statusCode, 404, "another tenant's domain is not found");
    assert.equal((await tenant.admin.patch(`/api/v1/tenants/${tenant.id}/identity-providers/${providerId}`, { domains: [tenant.domain] })).statusCode, 200);
    assert.equal((await remove(tenant.admin, tenant.id, `eu.${tenant.domain}`)).statusCode, 204);
    const left = (await tenant.admin.get(`/api/v1/tenants/${tenant.id}/domains`)).json().items;
    assert.ok(!left.some((d: { domain: string }) => d.domain === `eu.${tenant.domain}`));
    assert.equal((await remove(tenant.admin, tenant.id, `eu.${tenant.domain}`)).statusCode, 404);
    // Discovery problems name the issuer field, so the Admin Center's form shows them there.
    const unreachable = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/identity-providers`, { type: 'oidc', displayName: 'Nowhere', issuer: 'http://127.0.0.1:9/nowhere', clientId: 'c', clientSecret: 's', domains: [] });
    assert.equal(unreachable.statusCode, 422);
    assert.equal(unreachable.json().errors[0].field, 'issuer');
    assert.match(unreachable.json().errors[0].message, /could not reach .*check the issuer URL/);
  });

  test('every change to providers and domains is audited', async () => {
    const started = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/identity-providers/${providerId}/test`);
    assert.equal(started.statusCode, 200, started.body);
    let authorize = String(started.json().signInUrl);
    if (authorize.startsWith('/')) authorize = String((await anonymous(t.app).get(authorize)).headers.location);
    const back = new URL(await idp.signInAs(authorize, 'eve'));
    await t.app.inject({ method: 'GET', url: `${back.pathname}${back.search}` });
    assert.equal((await tenant.admin.request({ method: 'DELETE', url: `/api/v1/tenants/${tenant.id}/identity-providers/${providerId}` })).statusCode, 204);
    const actions: AuditAction[] = ['identity_provider.created', 'identity_provider.updated', 'identity_provider.tested', 'identity_provider.deleted', 'domain.added', 'domain.verified', 'domain.removed'];
    for (const action of actions) await assertAudited(t.app, action, { tenantId: tenant.id });
  });
});
