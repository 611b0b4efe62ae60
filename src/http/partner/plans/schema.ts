import { z } from 'zod';
import { PLAN_KEY_MAX } from '../../../domain/packages/serviceId.js';
import type { PlanRecord } from '../../../store/partner/plans.js';
import { TRIAL_DAYS_MAX } from '../../../domain/offers/pricingBadge.js';
import { displayName, isoDate } from '../../common/schemas.js';
import { guidOrKey, offerParams } from '../offers/schema.js';

export const PLAN_NAME_MAX = 200;
export const PLAN_DESCRIPTION_MAX = 3000;

export const planParams = offerParams.extend({ planId: guidOrKey('plan', 'gold', PLAN_KEY_MAX) });

const name = displayName(PLAN_NAME_MAX).describe('Shown in the marketplace and the Admin Center');
const description = z.string().trim().max(PLAN_DESCRIPTION_MAX, `must be at most ${PLAN_DESCRIPTION_MAX} characters`);

const trialDays = z
  .number()
  .int('must be a whole number of days')
  .min(1, 'must be at least 1 day')
  .max(TRIAL_DAYS_MAX, `must be at most ${TRIAL_DAYS_MAX} days`)
  .nullable()
  .describe('Days of free trial you offer for the plan (you grant trials through deals); the listing then shows a Free trial badge. null for none');

export const createPlanBody = z.strictObject({
  planKey: z.string().max(100, `must be at most ${PLAN_KEY_MAX} characters`).describe(`The readable plan key, permanent: lowercase letters, digits, "-" and "_", at most ${PLAN_KEY_MAX} characters; not GUID-shaped`),
  name,
  description: description.optional(),
  trialDays: trialDays.optional(),
});

const permanent = (what: string) => z.never({ error: `can't be changed: the ${what} is permanent once the plan exists` }).optional();

export const updatePlanBody = z
  .strictObject({ name: name.optional(), description: description.optional(), trialDays: trialDays.optional(), planKey: permanent('plan key'), serviceId: permanent('Service ID') })
  .refine((b) => b.name !== undefined || b.description !== undefined || b.trialDays !== undefined, { message: 'send name, description or trialDays' });

export const planSchema = z.object({
  id: z.string().meta({ format: 'uuid' }).describe("The plan's GUID: the Admin Center's license routes and deals refer to the plan by it"),
  planKey: z.string().describe('The readable key chosen at creation (e.g. gold); the partner plan routes accept it in place of the GUID'),
  offerId: z.string().meta({ format: 'uuid' }).describe("The offer's GUID"),
  serviceId: z.string().describe('<publisherId>.<offerKey>.<planKey>: use it in the package license metadata'),
  name: z.string(),
  description: z.string(),
  trialDays: z.number().int().nullable().describe('Days of free trial offered, or null'),
  customerCount: z.number().int().describe('Customers holding licenses for the plan; a plan with customers cannot be removed'),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const presentPlan = (p: PlanRecord): z.infer<typeof planSchema> => ({
  id: p.id,
  planKey: p.planKey,
  offerId: p.offerId,
  serviceId: p.serviceId,
  name: p.name,
  description: p.description,
  trialDays: p.trialDays,
  customerCount: p.customerCount,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
});
