import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { Caller, createTestApp, signIn, TEST_PASSWORD, type TestApp } from '../../../test/support/testApp.js';
import { createTenant, createUser, signInAs, type TenantFixture } from '../../../test/support/factories.js';
import { totpCode } from '../../identity/totp.js';
import { OPERATOR_UPN } from '../../bootstrap.js';
import { assertAudited } from '../../../test/support/audit.js';

/** Multi-factor authentication with a real TOTP authenticator (otpauth computes the codes the app would show). */
describe('multi-factor authentication', () => {
  let t: TestApp;
  let tenant: TenantFixture;
  before(async () => {
    t = await createTestApp();
    tenant = await createTenant(t.app);
  });
  after(() => t.close());

  const step = () => t.clock.advance(30_000);
  const cookieOf = (response: LightMyRequestResponse) => `lh_session=${response.cookies.find((c) => c.name === 'lh_session')!.value}`;
  const passwordStep = async (upn: string, password = TEST_PASSWORD) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName: upn, password }, remoteAddress: '192.0.2.77' });
    assert.equal(response.statusCode, 200, response.body);
    return { response, half: new Caller(t.app, { cookie: cookieOf(response), csrf: response.json().csrfToken }) };
  };
  async function enrol(caller: Caller) {
    const started = await caller.post('/api/v1/auth/mfa/enrolment');
    assert.equal(started.statusCode, 201, started.body);
    const { secret, otpauthUri } = started.json();
    assert.match(otpauthUri, /^otpauth:\/\/totp\/LicenseHub:.+\?.*secret=/);
    assert.equal((await caller.post('/api/v1/auth/mfa/enrolment/confirm', { code: '000000' })).statusCode, 400, 'a wrong code does not enrol');
    const confirmed = await caller.post('/api/v1/auth/mfa/enrolment/confirm', { code: totpCode(secret, t.clock.now()) });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    return { secret: secret as string, recoveryCodes: confirmed.json().recoveryCodes as string[], confirmed };
  }

  test('enrol, then every sign-in needs a fresh code; a half-signed-in session can do nothing else', async () => {
    const user = await createUser(tenant);
    const { secret, recoveryCodes } = await enrol(await signInAs(t.app, user));
    assert.equal(recoveryCodes.length, 10);
    assert.equal(new Set(recoveryCodes).size, 10);
    const enrolled = await assertAudited(t.app, 'user.mfa_enrolled', { tenantId: tenant.id, targetId: user.id });
    assert.ok(!recoveryCodes.some((c) => JSON.stringify(enrolled).includes(c)), 'no recovery code in the audit log');

    step();
    const { response, half } = await passwordStep(user.userPrincipalName);
    assert.equal(response.json().signIn, 'mfaRequired');
    const refused = await half.get(`/api/v1/tenants/${tenant.id}/users`);
    assert.equal(refused.statusCode, 401);
    assert.match(refused.json().detail, /code from your authenticator app/);
    assert.equal((await half.get('/api/v1/auth/session')).json().signIn, 'mfaRequired');
    assert.equal((await half.post('/api/v1/auth/tokens', { name: 'sneaky', scopes: ['directory.read'] })).statusCode, 401, 'no token minted half-way');

    assert.equal((await half.post('/api/v1/auth/mfa/verify', { code: '123456' })).statusCode, 400);
    const code = totpCode(secret, t.clock.now());
    const verified = await half.post('/api/v1/auth/mfa/verify', { code });
    assert.equal(verified.statusCode, 200, verified.body);
    assert.equal(verified.json().signIn, 'complete');
    const full = new Caller(t.app, { cookie: cookieOf(verified), csrf: verified.json().csrfToken });
    assert.notEqual(cookieOf(verified), cookieOf(response), 'a new session id after the second factor');
    assert.equal((await full.get(`/api/v1/tenants/${tenant.id}/users`)).statusCode, 200);
    assert.equal((await half.get('/api/v1/auth/session')).statusCode, 401, 'the half session is gone');

    const again = await passwordStep(user.userPrincipalName);
    const replay = await again.half.post('/api/v1/auth/mfa/verify', { code });
    assert.equal(replay.statusCode, 400, 'a code is accepted only once');
    assert.match(replay.json().detail, /already used/);

    const recovered = await again.half.post('/api/v1/auth/mfa/verify', { recoveryCode: recoveryCodes[0]!.toUpperCase() });
    assert.equal(recovered.statusCode, 200, 'a recovery code works, whatever its case');
    const reuse = await (await passwordStep(user.userPrincipalName)).half.post('/api/v1/auth/mfa/verify', { recoveryCode: recoveryCodes[0] });
    assert.equal(reuse.statusCode, 400, 'once');
    const session = (await new Caller(t.app, { cookie: cookieOf(recovered), csrf: recovered.json().csrfToken }).get('/api/v1/auth/session')).json();
    assert.equal(session.mfa.recoveryCodesLeft, 9);
  });

  test('guessing codes is slowed down: after five wrong codes the account waits', async () => {
    const user = await createUser(tenant);
    await enrol(await signInAs(t.app, user));
    const { half } = await passwordStep(user.userPrincipalName);
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await half.post('/api/v1/auth/mfa/verify', { code: String(100000 + i) })).statusCode);
    assert.deepEqual(statuses, [400, 400, 400, 400, 400, 400, 429]);
  });

  test('the TOTP secret is sealed in the database', async () => {
    const user = await createUser(tenant);
    const { secret } = await enrol(await signInAs(t.app, user));
    const row = await t.database.db.selectFrom('user_mfa').select('secret_sealed').where('user_id', '=', user.id).executeTakeFirstOrThrow();
    assert.ok(!row.secret_sealed.includes(secret));
    assert.match(row.secret_sealed, /^v1\./);
  });

  test('a tenant can require MFA of its admins: an admin without it must enrol before anything else; members are not asked', async () => {
    const strict = await createTenant(t.app);
    assert.equal((await strict.admin.patch(`/api/v1/tenants/${strict.id}`, { requireMfaForAdmins: true })).json().requireMfaForAdmins, true);
    const admin = await createUser(strict, { roles: ['license_admin'] });
    const member = await createUser(strict);
    const { response, half } = await passwordStep(admin.userPrincipalName);
    assert.equal(response.json().signIn, 'mfaEnrollmentRequired');
    const refused = await half.get(`/api/v1/tenants/${strict.id}/licenses`);
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().detail, /set up an authenticator app/);
    const { confirmed, secret } = await enrol(half);
    const full = new Caller(t.app, { cookie: cookieOf(confirmed), csrf: confirmed.json().session.csrfToken });
    assert.equal(confirmed.json().session.signIn, 'complete');
    assert.equal((await full.get(`/api/v1/tenants/${strict.id}/licenses`)).statusCode, 200);
    assert.equal((await half.get('/api/v1/auth/session')).statusCode, 401, 'the enrolment session was replaced');
    assert.equal((await passwordStep(member.userPrincipalName)).response.json().signIn, 'complete');
    step();
    const removal = await full.request({ method: 'DELETE', url: '/api/v1/auth/mfa', payload: { code: totpCode(secret, t.clock.now()) } });
    assert.equal(removal.statusCode, 409, 'a required factor cannot be removed by its owner');
  });

  test('operators must enrol at their first sign-in, and cannot remove it', async () => {
    const first = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { userPrincipalName: OPERATOR_UPN, password: 'operator-password-1' }, remoteAddress: '192.0.2.78' });
    assert.ok(['mfaEnrollmentRequired', 'mfaRequired'].includes(first.json().signIn), 'never a full session on the password alone');
    const operator = await signIn(t.app, OPERATOR_UPN, 'operator-password-1');
    const session = (await operator.get('/api/v1/auth/session')).json();
    assert.deepEqual([session.signIn, session.mfa.enrolled, session.mfa.required], ['complete', true, true]);
  });

  test('an admin resets a lost authenticator: the person’s sessions end and they sign in with the password again; a User admin cannot reset an admin’s', async () => {
    const user = await createUser(tenant);
    const session = await signInAs(t.app, user);
    await enrol(session);
    const userAdmin = await signInAs(t.app, await createUser(tenant, { roles: ['user_admin'] }));
    assert.equal((await userAdmin.delete(`/api/v1/tenants/${tenant.id}/users/${tenant.adminId}/mfa`)).statusCode, 403);
    assert.equal((await userAdmin.delete(`/api/v1/tenants/${tenant.id}/users/${user.id}/mfa`)).statusCode, 204);
    assert.equal((await session.get('/api/v1/auth/session')).statusCode, 401);
    assert.equal((await passwordStep(user.userPrincipalName)).response.json().signIn, 'complete');
    assert.equal((await tenant.admin.get(`/api/v1/tenants/${tenant.id}/users/${user.id}`)).json().mfaEnrolled, false);
    await assertAudited(t.app, 'user.mfa_reset', { tenantId: tenant.id, targetId: user.id });
  });

  test('renewing the recovery codes and removing the authenticator need a current code, and are audited', async () => {
    const user = await createUser(tenant);
    const session = await signInAs(t.app, user);
    const { secret, recoveryCodes } = await enrol(session);
    step();
    const renewed = await session.post('/api/v1/auth/mfa/recovery-codes', { code: totpCode(secret, t.clock.now()) });
    assert.equal(renewed.statusCode, 200, renewed.body);
    assert.notDeepEqual(renewed.json().recoveryCodes, recoveryCodes);
    await assertAudited(t.app, 'user.mfa_recovery_codes_renewed', { tenantId: tenant.id, targetId: user.id });
    step();
    const removed = await session.request({ method: 'DELETE', url: '/api/v1/auth/mfa', payload: { code: totpCode(secret, t.clock.now()) } });
    assert.equal(removed.statusCode, 204, removed.body);
    await assertAudited(t.app, 'user.mfa_removed', { tenantId: tenant.id, targetId: user.id });
    assert.equal((await tenant.admin.get(`/api/v1/tenants/${tenant.id}/users/${user.id}`)).json().mfaEnrolled, false);
  });

  test('changing your own password: the current one is checked, the rules apply, other sessions end', async () => {
    const user = await createUser(tenant);
    const mine = await signInAs(t.app, user);
    const other = await signInAs(t.app, user);
    const wrong = await mine.post('/api/v1/auth/password', { currentPassword: 'not-my-password', newPassword: 'Orchard-lantern-velvet-9' });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().errors[0].field, 'currentPassword');
    assert.equal((await mine.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'password1234' })).json().errors[0].field, 'newPassword');
    assert.equal((await mine.post('/api/v1/auth/password', { currentPassword: TEST_PASSWORD, newPassword: 'Orchard-lantern-velvet-9' })).statusCode, 204);
    assert.equal((await mine.get('/api/v1/auth/session')).statusCode, 200);
    assert.equal((await other.get('/api/v1/auth/session')).statusCode, 401);
    const changed = await assertAudited(t.app, 'user.password_changed', { tenantId: tenant.id, targetId: user.id });
    assert.ok(!JSON.stringify(changed).includes('Orchard-lantern-velvet-9'), 'never the password');
    await signIn(t.app, user.userPrincipalName, 'Orchard-lantern-velvet-9');
  });
});
