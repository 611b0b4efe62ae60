import { apiRequest } from './client';
import { offerPath } from './offers';

export interface Plan {
  /** Permanent: lowercase letters, digits, "-" and "_", at most 50 characters. */
  planId: string;
  /** `<publisherId>.<offerId>.<planId>`: the key in the package's license metadata. */
  serviceId: string;
  name: string;
  description: string;
  /** Customers holding licenses; a plan with customers can't be removed. */
  customerCount: number;
  createdAt: string;
  updatedAt: string;
}

export const PLAN_LIMITS = { planId: 50, name: 200, description: 3000 };

const plans = (tenantId: string, offerId: string) => `${offerPath(tenantId, offerId)}/plans`;

export const listPlans = (tenantId: string, offerId: string, signal?: AbortSignal) => apiRequest<{ items: Plan[] }>(plans(tenantId, offerId), { signal });

export const addPlan = (tenantId: string, offerId: string, plan: { planId: string; name: string; description?: string }) =>
  apiRequest<Plan>(plans(tenantId, offerId), { method: 'POST', body: plan });

export const updatePlan = (tenantId: string, offerId: string, planId: string, changes: { name?: string; description?: string }) =>
  apiRequest<Plan>(`${plans(tenantId, offerId)}/${planId}`, { method: 'PATCH', body: changes });

/** 409 while customers hold licenses, or while the published package maps app modules to it. */
export const removePlan = (tenantId: string, offerId: string, planId: string) =>
  apiRequest<void>(`${plans(tenantId, offerId)}/${planId}`, { method: 'DELETE' });
