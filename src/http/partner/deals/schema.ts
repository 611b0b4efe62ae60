import { z } from 'zod';
import { isCalendarDate } from '../../../domain/deals/dealTerms.js';
import { licenseLifecycle, lifecycleBoundaries } from '../../../domain/licenses/lifecycle.js';
import type { LicenseTerms } from '../../../domain/licenses/productStatus.js';
import type { DealRecord } from '../../../store/licensing/deals.js';
import { countryCode, displayName, guid, isoDate, pagination, tenantParams } from '../../common/schemas.js';

export const dealParams = tenantParams.extend({ dealId: guid('deal ID') });

export const DEPLOYMENTS = ['cloud', 'on_premises', 'hybrid'] as const;
export const DEAL_STATES = ['active', 'warning', 'suspended', 'expired', 'cancelled'] as const;

export const calendarDate = (what: string) =>
  z
    .string()
    .trim()
    .refine(isCalendarDate, { message: `must be a calendar date written YYYY-MM-DD (${what})` })
    .meta({ format: 'date' });

const money = z.strictObject({
  amount: z
    .number({ message: 'must be a number' })
    .min(0, 'must be 0 or more')
    .max(99_999_999_999_999, 'must be less than 100 trillion')
    .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, { message: 'must have at most 2 decimals' }),
  currency: z
    .string()
    .trim()
    .length(3, 'must be a 3-letter ISO 4217 currency code such as USD or EUR')
    .transform((v) => v.toUpperCase()),
});

export const quantity = z
  .number({ message: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1 (remove the plan instead of setting it to 0)')
  .max(1_000_000, 'must be at most 1,000,000');

const fieldShape = {
  customer: z.strictObject({
    companyName: displayName(200),
    country: countryCode,
    city: displayName(100),
    state: z.string().trim().max(100, 'must be at most 100 characters').default(''),
  }),
  totalContractValue: money,
  solutionValue: money,
  deployment: z.enum(DEPLOYMENTS, { message: `must be one of ${DEPLOYMENTS.join(', ')}` }),
  signedDate: calendarDate('the day the contract was signed'),
  startDate: calendarDate('the day the contract starts'),
  endDate: calendarDate('the last day of the contract').optional(),
  perpetual: z.boolean().optional().describe('true for a deal without end date'),
  partnerContact: z.strictObject({
    firstName: displayName(100),
    lastName: displayName(100),
    phone: z
      .string()
      .trim()
      .regex(/^\+?[0-9 ().-]{5,30}$/, 'must be a phone number: digits, spaces, ( ) . - and an optional leading +'),
    email: z.email({ message: 'must be an email address' }).max(254, 'must be at most 254 characters'),
  }),
  contractType: z.enum(['new', 'renewal'], { message: 'must be "new" or "renewal"' }),
};

const endOrPerpetual = (body: { endDate?: string | undefined; perpetual?: boolean | undefined }, ctx: z.RefinementCtx, required: boolean) => {
  if (body.endDate !== undefined && body.perpetual) ctx.addIssue({ code: 'custom', path: ['perpetual'], message: 'a deal with an endDate is not perpetual; send one or the other' });
  if (required && body.endDate === undefined && !body.perpetual) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'is required; send perpetual: true for a deal without end' });
};

/** A body names an offer or a plan by its GUID (`offerId`/`planId`) or by its readable key (`offerKey`/`planKey`): exactly one of the two. */
const readableKey = (what: string) => z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters').describe(`The ${what}'s readable key (instead of its GUID)`);
const exactlyOne =
  (guidField: string, keyField: string) =>
  (body: Record<string, unknown>, ctx: z.RefinementCtx) => {
    const given = [guidField, keyField].filter((f) => body[f] !== undefined);
    if (given.length === 0) ctx.addIssue({ code: 'custom', path: [guidField], message: `is required (or send ${keyField})` });
    if (given.length === 2) ctx.addIssue({ code: 'custom', path: [keyField], message: `send ${guidField} or ${keyField}, not both` });
  };
/** The reference a command resolves: the GUID when given, else the key. */
export const refOf = (guidValue: string | undefined, keyValue: string | undefined): string => guidValue ?? keyValue ?? '';

export const licenseLine = z
  .strictObject({
    planId: guid('plan ID').optional().describe("The plan's GUID (or send planKey)"),
    planKey: readableKey('plan').optional(),
    quantity,
  })
  .superRefine(exactlyOne('planId', 'planKey'));

export const registerDealBody = z
  .strictObject({
    offerId: guid('offer ID').optional().describe("The offer's GUID (or send offerKey)"),
    offerKey: readableKey('offer').optional(),
    customerTenantId: guid('customer tenant ID'),
    ...fieldShape,
    contractType: fieldShape.contractType.default('new'),
    licenses: z.array(licenseLine).max(50, 'must list at most 50 plans').default([]),
    confirmDuplicate: z
      .boolean()
      .default(false)
      .describe('Register it even though a deal with the same customer, offer, dates and values was registered in the last 24 hours (without an Idempotency-Key that would be a double provisioning)'),
  })
  .superRefine((body, ctx) => {
    exactlyOne('offerId', 'offerKey')(body, ctx);
    endOrPerpetual(body, ctx, true);
  });

export const updateDealBody = z
  .strictObject(Object.fromEntries(Object.entries(fieldShape).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof fieldShape]: z.ZodOptional<(typeof fieldShape)[K]> })
  .superRefine((body, ctx) => {
    endOrPerpetual(body, ctx, false);
    if (body.perpetual === false) ctx.addIssue({ code: 'custom', path: ['perpetual'], message: 'send an endDate to give a perpetual deal an end' });
    if (Object.values(body).every((v) => v === undefined)) ctx.addIssue({ code: 'custom', path: [], message: 'send at least one field to change' });
  });

export const renewDealBody = z.strictObject({ endDate: calendarDate('the new last day of the contract') });

export const listDealsQuery = z.strictObject({
  status: z.enum(['registered', 'cancelled']).optional(),
  state: z.enum(DEAL_STATES).optional().describe("The licenses' lifecycle today"),
  customerTenantId: guid('customer tenant ID').optional(),
  offerId: guid('offer ID').optional(),
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  ...pagination,
});

const moneySchema = z.object({ amount: z.number(), currency: z.string() });
const productEffectSchema = z.object({
  purchased: z.number().int(),
  assigned: z.number().int(),
  available: z.number().int(),
  state: z.enum(['active', 'warning', 'suspended', 'removed']),
  overAssigned: z.number().int().describe('Users beyond the count, now marked "not enough licenses"'),
});
export { productEffectSchema };

export const dealLicenseSchema = z.object({ planId: z.string().meta({ format: 'uuid' }).describe("The plan's GUID"), planKey: z.string(), planName: z.string(), serviceId: z.string(), quantity: z.number().int() });

export const dealSchema = z.object({
  id: z.string().meta({ format: 'uuid' }),
  status: z.enum(['registered', 'cancelled']),
  state: z.enum(DEAL_STATES),
  contractType: z.enum(['new', 'renewal']),
  customerTenant: z.object({ id: z.string().meta({ format: 'uuid' }), name: z.string() }),
  customer: z.object({ companyName: z.string(), country: z.string(), city: z.string(), state: z.string() }),
  offer: z.object({ id: z.string().meta({ format: 'uuid' }), offerKey: z.string(), name: z.string() }),
  totalContractValue: moneySchema,
  solutionValue: moneySchema,
  deployment: z.enum(DEPLOYMENTS),
  signedDate: z.string().meta({ format: 'date' }),
  startDate: z.string().meta({ format: 'date' }),
  endDate: z.string().meta({ format: 'date' }).nullable(),
  perpetual: z.boolean(),
  lifecycle: z
    .object({ nextChangeAt: isoDate.nullable(), graceStartsAt: isoDate, suspensionStartsAt: isoDate, removalAt: isoDate })
    .nullable()
    .describe('When the licenses enter their grace period, are suspended and are removed; null for perpetual or cancelled deals'),
  partnerContact: z.object({ firstName: z.string(), lastName: z.string(), phone: z.string(), email: z.string().meta({ format: 'email' }) }),
  licenses: z.array(dealLicenseSchema),
  createdAt: isoDate,
  updatedAt: isoDate,
  cancelledAt: isoDate.nullable(),
});

function deploymentOf(value: string): (typeof DEPLOYMENTS)[number] {
  const known = DEPLOYMENTS.find((d) => d === value);
  if (!known) throw new Error(`Deal with unknown deployment ${value}`);
  return known;
}

export function presentDeal(deal: DealRecord, now: Date, terms: LicenseTerms): z.infer<typeof dealSchema> {
  const lifecycle = licenseLifecycle({ endDate: deal.endDate, now, graceDays: terms.graceDays, suspendedDays: terms.suspendedDays });
  const bounds = deal.endDate && deal.status === 'registered' ? lifecycleBoundaries(deal.endDate, terms.graceDays, terms.suspendedDays) : null;
  return {
    ...deal,
    // Stored only from a validated body (DEPLOYMENTS), so any other value is a broken row.
    deployment: deploymentOf(deal.deployment),
    state: deal.status === 'cancelled' ? 'cancelled' : lifecycle.state === 'removed' ? 'expired' : lifecycle.state,
    perpetual: deal.endDate === null,
    lifecycle: bounds
      ? {
          nextChangeAt: lifecycle.nextChangeAt?.toISOString() ?? null,
          graceStartsAt: bounds.warningFrom.toISOString(),
          suspensionStartsAt: bounds.suspendedFrom.toISOString(),
          removalAt: bounds.removedFrom.toISOString(),
        }
      : null,
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
    cancelledAt: deal.cancelledAt?.toISOString() ?? null,
  };
}

export const auditEventSchema = z.object({
  id: z.number(),
  actor: z.object({ userId: z.string().nullable(), displayName: z.string() }),
  action: z.string(),
  summary: z.string(),
  detail: z.record(z.string(), z.unknown()),
  occurredAt: isoDate,
});
