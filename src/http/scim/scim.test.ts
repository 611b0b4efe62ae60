import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { createTestApp, signIn, TEST_PASSWORD, Caller, type TestApp } from '../../../test/support/testApp.js';
import { createTenant, createUser, type TenantFixture } from '../../../test/support/factories.js';
import { assign, licensedCustomer } from '../../../test/support/runtimeFixtures.js';
import { assertAudited } from '../../../test/support/audit.js';
import type { AuditAction } from '../../domain/auditActions.js';

/**
 * The SCIM server driven the way Entra ID's and Okta's provisioning clients
 * drive it (the request sequences their documentation shows), checked
 * against the directory, the seats and the license check — plus the refusals.
 */
const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

class ScimClient {
  constructor(
    private readonly t: TestApp,
    readonly tenantId: string,
    readonly token: string,
    private readonly contentType = 'application/scim+json',
  ) {}
  request(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, raw?: string): Promise<LightMyRequestResponse> {
    return this.t.app.inject({
      method,
      url: `/scim/v2/${this.tenantId}${path}`,
      headers: { authorization: `Bearer ${this.token}`, ...(body !== undefined || raw !== undefined ? { 'content-type': this.contentType } : {}) },
      ...(raw !== undefined ? { payload: raw } : body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
  }
  get = (path: string) => this.request('GET', path);
  post = (path: string, body: unknown) => this.request('POST', path, body);
  put = (path: string, body: unknown) => this.request('PUT', path, body);
  patch = (path: string, ...operations: unknown[]) => this.request('PATCH', path, { schemas: [PATCH_OP], Operations: operations });
  delete = (path: string) => this.request('DELETE', path);
}

async function scimTokenFor(tenant: TenantFixture, name = 'Entra ID'): Promise<string> {
  const created = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/scim/tokens`, { name });
  assert.equal(created.statusCode, 201, created.body);
  assert.match(created.json().token, /^lhscim_/);
  return created.json().token;
}

const q = (filter: string) => encodeURIComponent(filter);

function assertScimError(response: LightMyRequestResponse, status: number, scimType?: string) {
  assert.equal(response.statusCode, status, response.body);
  assert.match(String(response.headers['content-type']), /^application\/scim\+json/);
  const body = response.json();
  assert.deepEqual(body.schemas, [ERROR]);
  assert.equal(body.status, String(status));
  assert.equal(typeof body.detail, 'string');
  if (scimType) assert.equal(body.scimType, scimType, body.detail);
  return body;
}

describe('SCIM 2.0 provisioning', () => {
  let t: TestApp;
  let f: Awaited<ReturnType<typeof licensedCustomer>>;
  let entra: ScimClient;
  before(async () => {
    t = await createTestApp();
    f = await licensedCustomer(t.app, 2);
    entra = new ScimClient(t, f.customer.id, await scimTokenFor(f.customer), 'application/json');
  });
  after(() => t.close());

  const check = async (user: string) => (await f.runtimeKey.post('/api/v1/runtime/check', { tenantId: f.customer.id, user, appModule: f.plan.appModule })).json().code as string;
  const directoryUser = (id: string) => f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/users/${id}`);

  test("Entra ID's sequence: match by filter, create, patch, manager, groups, disable, delete — seats move in the fair order", async () => {
    const domain = f.customer.domain;
    // 1. Entra looks the person up first: nobody yet.
    const none = await entra.get(`/Users?filter=${q(`userName eq "ada.lovelace@${domain}"`)}`);
    assert.equal(none.statusCode, 200, none.body);
    assert.deepEqual([none.json().totalResults, none.json().Resources], [0, []]);
    assert.deepEqual(none.json().schemas, ['urn:ietf:params:scim:api:messages:2.0:ListResponse']);

    // 2. Create, as Entra sends it.
    const created = await entra.post('/Users', {
      schemas: [USER, ENTERPRISE],
      externalId: 'ada',
      userName: `ada.lovelace@${domain}`,
      active: true,
      emails: [{ primary: true, type: 'work', value: `ada.lovelace@${domain}` }],
      meta: { resourceType: 'User' },
      name: { formatted: 'Ada Lovelace', familyName: 'Lovelace', givenName: 'Ada' },
      addresses: [{ type: 'work', country: 'Germany' }],
      roles: [],
      [ENTERPRISE]: { department: 'Engineering', employeeNumber: '0042' },
    });
    assert.equal(created.statusCode, 201, created.body);
    const ada = created.json();
    assert.match(String(created.headers.location), new RegExp(`/scim/v2/${f.customer.id}/Users/${ada.id}$`));
    assert.equal(ada.displayName, 'Ada Lovelace', 'display name from name.formatted');
    assert.equal(ada[ENTERPRISE].department, 'Engineering');
    assert.equal(ada[ENTERPRISE].employeeNumber, '0042');
    const inDirectory = (await directoryUser(ada.id)).json();
    assert.deepEqual([inDirectory.userPrincipalName, inDirectory.usageLocation, inDirectory.enabled], [`ada.lovelace@${domain}`, 'DE', true], 'address country → usage location');

    // 3. Matching by userName (any case) and by externalId finds her.
    const byName = (await entra.get(`/Users?filter=${q(`userName eq "ADA.Lovelace@${domain}"`)}`)).json();
    assert.deepEqual([byName.totalResults, byName.Resources[0].id], [1, ada.id]);
    const byExternal = (await entra.get(`/Users?filter=${q('externalId eq "ada"')}`)).json();
    assert.equal(byExternal.Resources[0].id, ada.id);

    // 4. Patch attributes in Entra's forms: capitalized ops, filter paths, enterprise URN paths, a manager as a bare id.
    const manager = (await entra.post('/Users', { schemas: [USER], userName: `grace.hopper@${domain}`, displayName: 'Grace Hopper', externalId: 'grace' })).json();
    const patched = await entra.patch(
      `/Users/${ada.id}`,
      { op: 'Replace', path: 'emails[type eq "work"].value', value: `ada@${domain}` },
      { op: 'Replace', path: 'name.familyName', value: 'King' },
      { op: 'Add', path: `${ENTERPRISE}:department`, value: 'Research' },
      { op: 'Add', path: `${ENTERPRISE}:manager`, value: manager.id },
      { op: 'Replace', value: { displayName: 'Ada King', 'name.givenName': 'Augusta Ada' } },
    );
    assert.equal(patched.statusCode, 200, patched.body);
    const after = patched.json();
    assert.equal(after.emails[0].value, `ada@${domain}`);
    assert.deepEqual([after.name.familyName, after.name.givenName, after.displayName], ['King', 'Augusta Ada', 'Ada King']);
    assert.deepEqual([after[ENTERPRISE].department, after[ENTERPRISE].manager.value], ['Research', manager.id]);
    assert.equal((await directoryUser(ada.id)).json().displayName, 'Ada King');

    // 5. Groups: look up, create, add members (Entra's list form), check membership by filter.
    const group = (await entra.post('/Groups', { schemas: [GROUP], externalId: 'eng', displayName: 'Engineering', members: [], meta: { resourceType: 'Group' } })).json();
    assert.ok(group.id);
    const foundGroup = (await entra.get(`/Groups?excludedAttributes=members&filter=${q('displayName eq "Engineering"')}`)).json();
    assert.equal(foundGroup.Resources[0].id, group.id);
    assert.equal(foundGroup.Resources[0].members, undefined, 'excludedAttributes=members');
    assert.equal((await entra.patch(`/Groups/${group.id}`, { op: 'Add', path: 'members', value: [{ $ref: null, value: ada.id }] })).statusCode, 204);
    const member = (await entra.get(`/Groups?filter=${q(`id eq "${group.id}" and members[value eq "${ada.id}"]`)}&excludedAttributes=members`)).json();
    assert.equal(member.totalResults, 1);

    // The group gets the plan: one seat is left, Ada takes it. (Seats go first come, first served: the clock moves between claims.)
    t.clock.advance(60_000);
    await assign(f.customer, f.plan.id, { groupIds: [group.id] });
    assert.equal(await check(ada.id), 'LICENSED');
    // Grace joins too and waits: two seats, both taken.
    t.clock.advance(60_000);
    assert.equal((await entra.patch(`/Groups/${group.id}`, { op: 'Add', path: 'members', value: [{ value: manager.id }] })).statusCode, 204);
    assert.equal(await check(manager.id), 'NOT_ENOUGH_LICENSES');

    // 6. The licensed local user leaves: Entra matches them by userName and sends "active": "False" as a string.
    const leaver = f.licensed;
    const session = await signIn(t.app, leaver.userPrincipalName, TEST_PASSWORD);
    const token = new Caller(t.app, { token: (await session.post('/api/v1/auth/tokens', { name: 'cli', scopes: ['directory.read'] })).json().token });
    assert.equal((await token.get(`/api/v1/tenants/${f.customer.id}/users`)).statusCode, 200);
    const match = (await entra.get(`/Users?filter=${q(`userName eq "${leaver.userPrincipalName}"`)}`)).json();
    assert.equal(match.Resources[0].id, leaver.id, 'people an admin created are matched, not duplicated');
    t.clock.advance(60_000);
    const disabled = await entra.patch(`/Users/${leaver.id}`, { op: 'Replace', path: 'active', value: 'False' });
    assert.equal(disabled.statusCode, 200, disabled.body);
    assert.equal(disabled.json().active, false);
    assert.equal(await check(leaver.id), 'USER_DISABLED');
    assert.equal((await session.get('/api/v1/auth/session')).statusCode, 401, 'the session ended');
    assert.equal((await token.get(`/api/v1/tenants/${f.customer.id}/users`)).statusCode, 401, 'the API token ended');
    assert.equal(await check(manager.id), 'LICENSED', 'the freed seat went to the member waiting');

    // 7. Members removed by a path filter (Okta's form) and by a value list (Entra's): group seats go with them.
    assert.equal((await entra.patch(`/Groups/${group.id}`, { op: 'Remove', path: `members[value eq "${manager.id}"]` })).statusCode, 204);
    assert.equal(await check(manager.id), 'NOT_ASSIGNED');
    assert.equal((await entra.patch(`/Groups/${group.id}`, { op: 'Remove', path: 'members', value: [{ value: ada.id }] })).statusCode, 204);
    assert.equal(await check(ada.id), 'NOT_ASSIGNED');
    const members = (await entra.get(`/Groups/${group.id}`)).json().members;
    assert.deepEqual(members, []);

    // 8. Delete: disabled in the directory, gone from SCIM, the check says USER_DISABLED.
    assert.equal((await entra.delete(`/Users/${ada.id}`)).statusCode, 204);
    assertScimError(await entra.get(`/Users/${ada.id}`), 404);
    assert.equal((await directoryUser(ada.id)).json().enabled, false);
    assert.equal(await check(ada.id), 'USER_DISABLED');
    // Rehired: the same userName comes back as the same user, enabled.
    const back = await entra.post('/Users', { schemas: [USER], userName: `ada.lovelace@${domain}`, active: true, externalId: 'ada' });
    assert.equal(back.statusCode, 201, back.body);
    assert.equal(back.json().id, ada.id);
    assert.equal((await directoryUser(ada.id)).json().enabled, true);

    assert.equal((await entra.delete(`/Groups/${group.id}`)).statusCode, 204);
    assertScimError(await entra.get(`/Groups/${group.id}`), 404);

    // Every change is in the audit log, by the SCIM client.
    const audit = (await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/audit?limit=200`)).json().items as { action: string; actorName: string }[];
    const actions = new Set(audit.filter((e) => /SCIM provisioning/.test(JSON.stringify(e))).map((e) => e.action));
    for (const action of ['user.created', 'user.updated', 'user.disabled', 'user.provisioned', 'user.deprovisioned', 'group.created', 'group.members_changed', 'group.deleted']) {
      assert.ok(actions.has(action), `audit has ${action}: ${[...actions].join(', ')}`);
    }

    // And the provisioning log shows what happened, failures included.
    const log = (await f.customer.admin.get(`/api/v1/tenants/${f.customer.id}/scim/operations?limit=100`)).json();
    assert.ok(log.total >= 20, `log has ${log.total} entries`);
    assert.ok(log.items.some((e: { method: string; status: number; outcome: string }) => e.method === 'PATCH' && e.status === 200 && /disabled/.test(e.outcome)));
    assert.ok(log.items.some((e: { status: number }) => e.status === 404));
  });

  test("Okta's sequence: filter with paging, create with password and groups, PUT, patch without a path, group membership replace", async () => {
    const okta = new ScimClient(t, f.customer.id, await scimTokenFor(f.customer, 'Okta'));
    const domain = f.customer.domain;
    const userName = `linus@${domain}`;
    assert.equal((await okta.get(`/Users?filter=${q(`userName eq "${userName}"`)}&startIndex=1&count=100`)).json().totalResults, 0);
    const created = await okta.post('/Users', {
      schemas: [USER],
      userName,
      name: { givenName: 'Linus', familyName: 'Pauling' },
      emails: [{ primary: true, value: userName, type: 'work' }],
      displayName: 'Linus Pauling',
      locale: 'en-US',
      externalId: '00ujl29u0le5T6Aj10h7',
      groups: [],
      password: '1mz050nq',
      active: true,
    });
    assert.equal(created.statusCode, 201, created.body);
    const id = created.json().id;
    assert.equal(created.json().password, undefined, 'a password is never returned');
    assert.equal((await okta.get(`/Users/${id}`)).json().userName, userName);

    const replaced = await okta.put(`/Users/${id}`, {
      schemas: [USER],
      id,
      userName,
      name: { givenName: 'Linus', familyName: 'Pauling' },
      emails: [{ primary: true, value: userName, type: 'work' }],
      displayName: 'Linus C. Pauling',
      active: true,
      'urn:licensehub:params:scim:schemas:extension:2.0:User': { usageLocation: 'JP' },
    });
    assert.equal(replaced.statusCode, 200, replaced.body);
    const user = (await directoryUser(id)).json();
    assert.deepEqual([user.displayName, user.usageLocation], ['Linus C. Pauling', 'JP']);

    const group = (await okta.post('/Groups', { schemas: [GROUP], displayName: 'Chemists', members: [] })).json();
    assert.equal((await okta.patch(`/Groups/${group.id}`, { op: 'replace', path: 'members', value: [{ value: id, display: userName }] })).statusCode, 204);
    assert.deepEqual((await okta.get(`/Groups/${group.id}`)).json().members.map((m: { value: string }) => m.value), [id]);
    assert.equal((await okta.patch(`/Groups/${group.id}`, { op: 'replace', value: { id: group.id, displayName: 'Chemistry' } })).statusCode, 400, 'id is read-only');
    assert.equal((await okta.patch(`/Groups/${group.id}`, { op: 'replace', value: { displayName: 'Chemistry' } })).statusCode, 204);
    const put = await okta.put(`/Groups/${group.id}`, { schemas: [GROUP], displayName: 'Chemistry', members: [] });
    assert.equal(put.statusCode, 200, put.body);
    assert.deepEqual(put.json().members, []);

    // Deactivation: patch without a path.
    const off = await okta.patch(`/Users/${id}`, { op: 'replace', value: { active: false } });
    assert.equal(off.statusCode, 200, off.body);
    assert.equal((await directoryUser(id)).json().enabled, false);
    assert.equal(await check(id), 'USER_DISABLED');
    // Reactivation.
    assert.equal((await okta.patch(`/Users/${id}`, { op: 'replace', value: { active: true } })).json().active, true);

    // Paging over every user of the tenant.
    const page1 = (await okta.get('/Users?startIndex=1&count=2')).json();
    const page2 = (await okta.get('/Users?startIndex=3&count=2')).json();
    assert.equal(page1.itemsPerPage, 2);
    assert.equal(page2.startIndex, 3);
    assert.ok(page1.totalResults >= 5);
    assert.equal(new Set([...page1.Resources, ...page2.Resources].map((u: { id: string }) => u.id)).size, page1.Resources.length + page2.Resources.length);
  });

  test('discovery: ServiceProviderConfig, ResourceTypes, Schemas', async () => {
    const config = (await entra.get('/ServiceProviderConfig')).json();
    assert.deepEqual([config.patch.supported, config.bulk.supported, config.filter.supported], [true, false, true]);
    assert.equal(config.authenticationSchemes[0].type, 'oauthbearertoken');
    const types = (await entra.get('/ResourceTypes')).json();
    assert.deepEqual(types.Resources.map((r: { id: string }) => r.id), ['User', 'Group']);
    assert.equal((await entra.get('/ResourceTypes/User')).json().schemaExtensions[0].schema, ENTERPRISE);
    const schemas = (await entra.get('/Schemas')).json();
    assert.ok(schemas.Resources.some((s: { id: string }) => s.id === ENTERPRISE));
    const userSchema = (await entra.get(`/Schemas/${USER}`)).json();
    assert.ok(userSchema.attributes.some((a: { name: string; uniqueness: string }) => a.name === 'userName' && a.uniqueness === 'server'));
    assertScimError(await entra.get('/Schemas/urn:nope'), 404);
    assertScimError(await entra.get('/Nothing'), 404);
    assertScimError(await entra.request('POST', '/Bulk', { schemas: [] }), 501);
  });

  test('tokens: none, revoked, or another tenant\'s are refused; SCIM tokens open nothing else', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: `/scim/v2/${f.customer.id}/Users` });
    assertScimError(anonymous, 401);
    assertScimError(await new ScimClient(t, f.customer.id, 'lhscim_bogus').get('/Users'), 401);
    const other = await createTenant(t.app);
    const otherToken = await scimTokenFor(other);
    assertScimError(await new ScimClient(t, f.customer.id, otherToken).get('/Users'), 403);
    assert.equal((await new ScimClient(t, other.id, otherToken).get('/Users')).json().totalResults, 1, 'only its own tenant: the admin');
    const asApiToken = await t.app.inject({ method: 'GET', url: `/api/v1/tenants/${f.customer.id}/users`, headers: { authorization: `Bearer ${entra.token}` } });
    assert.equal(asApiToken.statusCode, 401);
    // Revoke: refused from the next request on.
    const listed = (await other.admin.get(`/api/v1/tenants/${other.id}/scim/tokens`)).json();
    assert.match(listed.scimUrl, new RegExp(`/scim/v2/${other.id}$`));
    assert.equal(listed.items[0].token, undefined, 'the secret is never listed');
    assert.equal((await other.admin.delete(`/api/v1/tenants/${other.id}/scim/tokens/${listed.items[0].id}`)).statusCode, 204);
    assertScimError(await new ScimClient(t, other.id, otherToken).get('/Users'), 401);
    // Only a Global admin makes tokens; the admin API is tenant-scoped.
    const userAdmin = await createUser(other, { roles: ['user_admin'] });
    const ua = await signIn(t.app, userAdmin.userPrincipalName, TEST_PASSWORD);
    assert.equal((await ua.post(`/api/v1/tenants/${other.id}/scim/tokens`, { name: 'x' })).statusCode, 403);
    assert.equal((await ua.get(`/api/v1/tenants/${other.id}/scim/tokens`)).statusCode, 200);
    assert.equal((await other.admin.post(`/api/v1/tenants/${f.customer.id}/scim/tokens`, { name: 'x' })).statusCode, 404);
    assert.equal((await other.admin.post(`/api/v1/tenants/${other.id}/scim/tokens`, { name: '' })).statusCode, 400);
  });

  test('bad input: each refusal is specific, in the SCIM error schema, and changes nothing', async () => {
    const domain = f.customer.domain;
    const countUsers = async () => (await entra.get('/Users?count=0')).json().totalResults as number;
    const before = await countUsers();
    assertScimError(await entra.request('POST', '/Users', undefined, '{"schemas": ['), 400, 'invalidSyntax');
    assertScimError(await entra.post('/Users', [1, 2]), 400, 'invalidSyntax');
    assertScimError(await entra.post('/Users', { userName: `x@${domain}` }), 400, 'invalidSyntax');
    const unknown = assertScimError(await entra.post('/Users', { schemas: [USER], userName: `x@${domain}`, favouriteColour: 'blue' }), 400, 'invalidValue');
    assert.match(unknown.detail, /favouriteColour/);
    assertScimError(await entra.post('/Users', { schemas: [USER], userName: `x@${domain}`, active: 'maybe' }), 400, 'invalidValue');
    const wrongDomain = assertScimError(await entra.post('/Users', { schemas: [USER], userName: 'x@elsewhere.example' }), 400);
    assert.match(wrongDomain.detail, /userPrincipalName/);
    // Uniqueness: userName (any case), externalId, group name.
    const first = (await entra.post('/Users', { schemas: [USER], userName: `dup@${domain}`, externalId: 'dup-1' })).json();
    assertScimError(await entra.post('/Users', { schemas: [USER], userName: `DUP@${domain}` }), 409, 'uniqueness');
    assertScimError(await entra.post('/Users', { schemas: [USER], userName: `dup2@${domain}`, externalId: 'dup-1' }), 409, 'uniqueness');
    await entra.post('/Groups', { schemas: [GROUP], displayName: 'Twins' });
    assertScimError(await entra.post('/Groups', { schemas: [GROUP], displayName: 'twins' }), 409, 'uniqueness');
    assert.equal(await countUsers(), before + 1);

    // Filters: syntax errors, unsupported attributes; an injection attempt is just a string that matches nothing.
    assertScimError(await entra.get(`/Users?filter=${q('userName eq')}`), 400, 'invalidFilter');
    assertScimError(await entra.get(`/Users?filter=${q('userName eq "a" and (')}`), 400, 'invalidFilter');
    assertScimError(await entra.get(`/Users?filter=${q('userName xx "a"')}`), 400, 'invalidFilter');
    assertScimError(await entra.get(`/Users?filter=${q('password eq "a"')}`), 400, 'invalidFilter');
    assertScimError(await entra.get('/Users?startIndex=abc'), 400, 'invalidValue');
    const injected = await entra.get(`/Users?filter=${q(`userName eq "x' or 1=1 --" or userName eq "\\" or \\"1\\"=\\"1"`)}`);
    assert.equal(injected.statusCode, 200, injected.body);
    assert.equal(injected.json().totalResults, 0);
    assert.equal((await entra.get(`/Users?filter=${q('id eq "not-a-guid"')}`)).json().totalResults, 0);

    // PATCH: all or nothing; unknown paths; a PATCH over the operation limit; a body over the size limit.
    const atomic = await entra.patch(`/Users/${first.id}`, { op: 'replace', path: 'displayName', value: 'Changed' }, { op: 'replace', path: 'nosuch', value: 1 });
    assertScimError(atomic, 400, 'invalidPath');
    assertScimError(await entra.patch(`/Users/${first.id}`, { op: 'replace', path: 'displayName', value: 'Changed' }, { op: 'replace', path: 'active', value: 'perhaps' }), 400, 'invalidValue');
    assert.notEqual((await entra.get(`/Users/${first.id}`)).json().displayName, 'Changed', 'nothing half-written');
    assertScimError(await entra.patch(`/Users/${first.id}`, { op: 'move', path: 'displayName' }), 400, 'invalidSyntax');
    assertScimError(await entra.patch(`/Users/${first.id}`, { op: 'replace', path: 'id', value: 'x' }), 400, 'mutability');
    assertScimError(await entra.request('PATCH', `/Users/${first.id}`, { Operations: [] }), 400, 'invalidSyntax');
    const many = Array.from({ length: t.app.config.scim.maxPatchOperations + 1 }, () => ({ op: 'replace', path: 'displayName', value: 'x' }));
    assertScimError(await entra.patch(`/Users/${first.id}`, ...many), 413);
    const huge = await entra.post('/Users', { schemas: [USER], userName: `big@${domain}`, title: 'x'.repeat(t.app.config.scim.maxBodyBytes) });
    assertScimError(huge, 413);
    assertScimError(await entra.patch('/Users/8d6e8c3a-0000-4000-8000-000000000000', { op: 'replace', path: 'active', value: false }), 404);
    assertScimError(await entra.patch(`/Groups/${first.id}`, { op: 'add', path: 'members', value: [{ value: '8d6e8c3a-0000-4000-8000-000000000000' }] }), 404);
    const group = (await entra.post('/Groups', { schemas: [GROUP], displayName: 'Strangers' })).json();
    assertScimError(await entra.patch(`/Groups/${group.id}`, { op: 'add', path: 'members', value: [{ value: '8d6e8c3a-0000-4000-8000-000000000000' }] }), 400, 'invalidValue');
    assert.equal(await countUsers(), before + 1);
  });

  test('provisioning and its tokens are audited', async () => {
    // A group linked to the identity provider's id by a PUT: the link is an audited change of its own.
    const group = (await entra.post('/Groups', { schemas: [GROUP], displayName: 'Auditors' })).json();
    const linked = await entra.put(`/Groups/${group.id}`, { schemas: [GROUP], displayName: 'Auditors', externalId: 'aad-auditors' });
    assert.equal(linked.statusCode, 200, linked.body);
    const actions: AuditAction[] = ['scim_token.created', 'scim_token.revoked', 'user.provisioned', 'user.deprovisioned', 'group.provisioned', 'group.members_changed'];
    for (const action of actions) await assertAudited(t.app, action);
  });
});
