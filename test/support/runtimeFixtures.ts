import type { FastifyInstance } from 'fastify';
import { Caller } from './testApp.js';
import { createGroup, createUser, type TenantFixture } from './factories.js';
import { customerWithLicenses, type PublisherFixture } from './licensingFactories.js';

/**
 * A customer that installed a publisher's app and holds seats of its first
 * plan, one user assigned, one not — everything a license check needs.
 * Offers are inserted as rows, so the catalog is reloaded by hand.
 */
export async function licensedCustomer(app: FastifyInstance, seats = 2) {
  const setup = await customerWithLicenses(app, seats);
  await app.entitlements.apply([{ kind: 'catalog' }]);
  const { customer, offer, plan, publisher } = setup;
  const environments = (await customer.admin.get(`/api/v1/tenants/${customer.id}/environments`)).json().items;
  const installed = await customer.admin.post(`/api/v1/tenants/${customer.id}/environments/${environments[0].id}/apps`, { offerId: offer.id });
  if (installed.statusCode !== 201) throw new Error(`install failed: ${installed.body}`);
  const licensed = await createUser(customer, { name: 'Lena Licensed' });
  const unlicensed = await createUser(customer, { name: 'Uma Unlicensed' });
  await assign(customer, plan.id, { userIds: [licensed.id] });
  const runtimeKey = await createRuntimeKey(app, publisher);
  return { ...setup, licensed, unlicensed, runtimeKey };
}

export async function assign(customer: TenantFixture, planId: string, body: { userIds?: string[]; groupIds?: string[] }) {
  const response = await customer.admin.post(`/api/v1/tenants/${customer.id}/licenses/${planId}/assign`, body);
  if (response.statusCode !== 200) throw new Error(`assign failed: ${response.body}`);
  return response.json();
}

export async function createRuntimeKey(app: FastifyInstance, publisher: PublisherFixture): Promise<Caller> {
  const created = await publisher.admin.post('/api/v1/auth/tokens', { name: 'runtime', scopes: ['runtime.check'] });
  if (created.statusCode !== 201) throw new Error(`runtime key failed: ${created.body}`);
  return new Caller(app, { token: created.json().token });
}

export { createGroup };
