import type { CliIo } from '../io.js';
import { ApiClient } from './apiClient.js';
import { loadConnection } from './connection.js';
import { writeTable } from './output.js';

interface Plan {
  planId: string;
  serviceId: string;
  name: string;
  customerCount: number;
}

export async function listPlans(offerId: string, io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  const { items } = (await api.call<{ items: Plan[] }>('GET', await api.partnerPath(`/offers/${encodeURIComponent(offerId)}/plans`))).body;
  if (items.length === 0) io.stdout.write(`Offer ${offerId} has no plans yet\n`);
  else writeTable(io.stdout, ['PLAN ID', 'SERVICE ID', 'CUSTOMERS', 'NAME'], items.map((p) => [p.planId, p.serviceId, String(p.customerCount), p.name]));
  return 0;
}

/** `licensehub plans add`: prints the Service ID to put in the plan definition CSV. */
export async function addPlan(offerId: string, planId: string, options: { name: string; description?: string }, io: CliIo): Promise<number> {
  const api = new ApiClient(await loadConnection(io.env));
  const body = { planId, name: options.name, ...(options.description !== undefined ? { description: options.description } : {}) };
  const plan = (await api.call<Plan>('POST', await api.partnerPath(`/offers/${encodeURIComponent(offerId)}/plans`), { json: body })).body;
  io.stdout.write(`Added plan ${plan.planId} (${plan.name}); Service ID: ${plan.serviceId}\n`);
  return 0;
}
