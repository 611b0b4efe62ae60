import type { CliIo } from '../io.js';
import { ApiClient } from './apiClient.js';
import { loadConnection } from './connection.js';
import { writeTable } from './output.js';

export async function listPlans(offerRef: string, io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  const { items } = await api.answer(api.api.GET('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/plans', { params: { path: { tenantId: await api.tenantId(), offerId: offerRef } } }));
  if (items.length === 0) io.stdout.write(`Offer ${offerRef} has no plans yet\n`);
  else writeTable(io.stdout, ['PLAN KEY', 'SERVICE ID', 'CUSTOMERS', 'NAME'], items.map((p) => [p.planKey, p.serviceId, String(p.customerCount), p.name]));
  return 0;
}

/** `licensehub plans add`: prints the Service ID to put in the plan definition CSV. */
export async function addPlan(offerRef: string, planKey: string, options: { name: string; description?: string }, io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  const body = { planKey, name: options.name, ...(options.description !== undefined ? { description: options.description } : {}) };
  const plan = await api.answer(api.api.POST('/api/v1/tenants/{tenantId}/partner/offers/{offerId}/plans', { params: { path: { tenantId: await api.tenantId(), offerId: offerRef } }, body }));
  io.stdout.write(`Added plan ${plan.planKey} (${plan.name}); Service ID: ${plan.serviceId}\n`);
  return 0;
}
