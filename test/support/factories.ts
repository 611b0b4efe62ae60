import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Caller, TEST_PASSWORD, signIn, signInOperator } from './testApp.js';

/**
 * Test data made through the public API, each call a fresh tenant unless told
 * otherwise, so tests never depend on each other's data.
 */
export interface TenantFixture {
  id: string;
  domain: string;
  name: string;
  admin: Caller;
  adminId: string;
}

const operators = new WeakMap<FastifyInstance, Promise<Caller>>();
/** One operator session per app: signing in costs a full password hash. */
function operatorOf(app: FastifyInstance): Promise<Caller> {
  let caller = operators.get(app);
  if (!caller) operators.set(app, (caller = signInOperator(app)));
  return caller;
}

const unique = () => randomBytes(4).toString('hex');

export async function createTenant(app: FastifyInstance, options: { country?: string; isPublisher?: boolean } = {}): Promise<TenantFixture> {
  const suffix = unique();
  const domain = `t${suffix}.example`;
  const name = `Tenant ${suffix}`;
  const operator = await operatorOf(app);
  const response = await operator.post('/api/v1/operator/tenants', {
    displayName: name,
    primaryDomain: domain,
    country: options.country ?? 'US',
    isPublisher: options.isPublisher ?? false,
    admin: { userPrincipalName: `admin@${domain}`, displayName: `Admin ${suffix}`, password: TEST_PASSWORD },
  });
  if (response.statusCode !== 201) throw new Error(`create tenant failed: ${response.body}`);
  const id = response.json().id as string;
  const admin = await signIn(app, `admin@${domain}`, TEST_PASSWORD);
  const me = (await admin.get('/api/v1/auth/session')).json();
  return { id, domain, name, admin, adminId: me.user.id };
}

export async function createUser(
  tenant: TenantFixture,
  options: { name?: string; roles?: string[]; password?: string; enabled?: boolean } = {},
): Promise<{ id: string; userPrincipalName: string; displayName: string }> {
  const suffix = unique();
  const displayName = options.name ?? `User ${suffix}`;
  const response = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/users`, {
    userPrincipalName: `u${suffix}@${tenant.domain}`,
    displayName,
    password: options.password ?? TEST_PASSWORD,
    roles: options.roles ?? [],
    ...(options.enabled !== undefined ? { enabled: options.enabled } : {}),
  });
  if (response.statusCode !== 201) throw new Error(`create user failed: ${response.body}`);
  return response.json();
}

export async function signInAs(app: FastifyInstance, user: { userPrincipalName: string }): Promise<Caller> {
  return signIn(app, user.userPrincipalName, TEST_PASSWORD);
}

export async function createGroup(tenant: TenantFixture, displayName = `Group ${unique()}`): Promise<{ id: string; displayName: string }> {
  const response = await tenant.admin.post(`/api/v1/tenants/${tenant.id}/groups`, { displayName });
  if (response.statusCode !== 201) throw new Error(`create group failed: ${response.body}`);
  return response.json();
}
