import { z } from 'zod';
import { PLAN_ID_MAX } from '../../../domain/packages/serviceId.js';
import type { PlanRecord } from '../../../store/partner/plans.js';
import { displayName, isoDate } from '../../common/schemas.js';
import { offerParams } from '../offers/schema.js';

export const PLAN_NAME_MAX = 200;
export const PLAN_DESCRIPTION_MAX = 3000;

export const planParams = offerParams.extend({
  planId: z.string().regex(/^[a-z0-9_-]{1,50}$/, 'must be a plan ID: lowercase letters, digits, "-" and "_", at most 50 characters'),
});

const name = displayName(PLAN_NAME_MAX).describe('Shown in the marketplace and the Admin Center');
const description = z.string().trim().max(PLAN_DESCRIPTION_MAX, `must be at most ${PLAN_DESCRIPTION_MAX} characters`);

export const createPlanBody = z.strictObject({
  planId: z.string().max(100, `must be at most ${PLAN_ID_MAX} characters`).describe(`Permanent: lowercase letters, digits, "-" and "_", at most ${PLAN_ID_MAX} characters`),
  name,
  description: description.optional(),
});

const permanent = (what: string) => z.never({ error: `can't be changed: the ${what} is permanent once the plan exists` }).optional();

export const updatePlanBody = z
  .strictObject({ name: name.optional(), description: description.optional(), planId: permanent('plan ID'), serviceId: permanent('Service ID') })
  .refine((b) => b.name !== undefined || b.description !== undefined, { message: 'send name or description' });

export const planSchema = z.object({
  planId: z.string(),
  serviceId: z.string().describe('<publisherId>.<offerId>.<planId>: use it in the package license metadata'),
  name: z.string(),
  description: z.string(),
  customerCount: z.number().int().describe('Customers holding licenses for the plan; a plan with customers cannot be removed'),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const presentPlan = (p: PlanRecord): z.infer<typeof planSchema> => ({
  planId: p.planId,
  serviceId: p.serviceId,
  name: p.name,
  description: p.description,
  customerCount: p.customerCount,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});
