import { answer, api, type Schemas } from './client';

/** As the server answers it: `id` is the plan's GUID, `planKey` the readable key chosen at creation, `serviceId` `<publisherId>.<offerKey>.<planKey>`. */
export type Plan = Schemas['Plan'];
export type NewPlan = Schemas['CreatePlanInput'];

export const PLAN_LIMITS = { planKey: 50, name: 200, description: 3000, trialDays: 365 };

const base = '/api/v1/tenants/{tenantId}/partner/offers/{offerId}/plans';
const one = `${base}/{planId}` as const;

/** `offerId` and `planId` are GUIDs (the routes also take the keys). */
export const listPlans = (tenantId: string, offerId: string, signal?: AbortSignal) =>
  answer(api.GET(base, { params: { path: { tenantId, offerId } }, signal }), signal);

export const addPlan = (tenantId: string, offerId: string, plan: NewPlan) => answer(api.POST(base, { params: { path: { tenantId, offerId } }, body: plan }));

export const updatePlan = (tenantId: string, offerId: string, planId: string, changes: Omit<Schemas['UpdatePlanInput'], 'planKey' | 'serviceId'>) =>
  answer(api.PATCH(one, { params: { path: { tenantId, offerId, planId } }, body: changes }));

/** 409 while customers hold licenses, or while the published package maps app modules to it. */
export const removePlan = (tenantId: string, offerId: string, planId: string) =>
  answer(api.DELETE(one, { params: { path: { tenantId, offerId, planId } } })).then(() => undefined);
