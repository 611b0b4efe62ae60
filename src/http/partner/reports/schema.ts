import { z } from 'zod';
import { tenantParams } from '../../common/schemas.js';
import { WIDGETS } from './licenseReport.js';

const month = (what: string) => z.string().trim().optional().describe(`${what}, written YYYY-MM`);

/** The filters both the JSON report and the CSV downloads take. Range limits are checked by the report (400 naming the field). */
export const reportQuery = z.object({
  from: month('First month of the range (default: 5 months before `to`); at most 12 months before `to`'),
  to: month('Last month of the range (default: the current month); not after the current month'),
  granularity: z.enum(['month', 'day'], { message: 'must be month or day' }).optional().describe('month (default) or day; day only for ranges of up to 3 months'),
  offer: z.string().max(200, 'must be at most 200 characters').optional().describe("One of your offers: its GUID or its offer key"),
  plan: z.string().max(200, 'must be at most 200 characters').optional().describe("One of your plans: its Service ID or GUID"),
  customer: z.string().max(200, 'must be at most 200 characters').optional().describe('A customer tenant ID'),
  country: z.string().max(10, 'must be at most 10 characters').optional().describe('A customer country, ISO 3166-1 alpha-2'),
});

export const csvQuery = reportQuery.extend({
  widget: z.enum(WIDGETS, { message: `must be one of ${WIDGETS.join(', ')}` }).default('detailed').describe('Which widget to download; detailed is one row per customer and plan; activeUsers one row per plan with its active users in the last 7, 30 and 90 days'),
});

export const reportParams = tenantParams;

const trend = z.object({
  current: z.number().int().describe('At the end of the range (for the current month: now)'),
  previous: z.number().int().describe('At the end of the month before the range’s last month'),
  trend: z.number().nullable().describe('(current − previous) / previous; null when previous is 0'),
});

const activeCounts = z.object({
  last7Days: z.number().int(),
  last30Days: z.number().int(),
  last90Days: z.number().int(),
});

export const licenseReportSchema = z.object({
  range: z.object({ from: z.string(), to: z.string(), granularity: z.enum(['month', 'day']) }),
  filters: z.object({ offer: z.string().nullable(), plan: z.string().nullable(), customer: z.string().nullable(), country: z.string().nullable() }),
  customers: trend.describe('Customer tenants with more than 0 licenses provisioned'),
  provisioned: trend,
  assigned: trend,
  series: z.array(
    z.object({ period: z.string().describe('YYYY-MM or YYYY-MM-DD'), provisioned: z.number().int(), assigned: z.number().int(), customers: z.number().int() }),
  ),
  byPlan: z.array(
    z.object({
      offerId: z.string().meta({ format: 'uuid' }).describe("The offer's GUID"),
      offerKey: z.string().describe("The offer's readable key"),
      offerName: z.string(),
      planId: z.string().meta({ format: 'uuid' }).describe("The plan's GUID"),
      planKey: z.string().describe("The plan's readable key"),
      planName: z.string(),
      serviceId: z.string(),
      provisioned: z.number().int(),
      assigned: z.number().int(),
      percentAssigned: z.number().describe('Assigned as a percentage of provisioned, one decimal'),
    }),
  ),
  byCountry: z.array(z.object({ countryCode: z.string(), countryName: z.string(), customers: z.number().int(), provisioned: z.number().int(), assigned: z.number().int() })),
  byCustomer: z.array(
    z.object({
      tenantId: z.string(),
      name: z.string(),
      countryCode: z.string(),
      countryName: z.string(),
      provisioned: z.number().int(),
      assigned: z.number().int(),
      firstActivation: z.string().nullable().describe('First provisioning of any plan to this customer (ISO 8601), up to the end of the range'),
    }),
  ),
  activeUsers: z
    .object({
      asOf: z.string().describe('The moment the counts are for (now; the range does not apply)'),
      total: activeCounts.describe('Distinct people over all the plans shown'),
      byPlan: z.array(
        z
          .object({
            offerId: z.string().meta({ format: 'uuid' }).describe("The offer's GUID"),
            offerKey: z.string().describe("The offer's key"),
            offerName: z.string(),
            planId: z.string().meta({ format: 'uuid' }).describe("The plan's GUID"),
            planKey: z.string().describe("The plan's key"),
            planName: z.string(),
            serviceId: z.string(),
          })
          .extend(activeCounts.shape),
      ),
    })
    .describe(
      "People in customer tenants who launched an app of the plan or passed a license check for it in the last 7, 30 and 90 days (seat usage; the offer, plan, customer and country filters apply). Only your own plans' customers.",
    ),
  filterOptions: z.object({
    offers: z.array(z.object({ offerId: z.string().meta({ format: 'uuid' }), offerKey: z.string(), name: z.string() })),
    plans: z.array(z.object({ offerId: z.string().meta({ format: 'uuid' }), planId: z.string().meta({ format: 'uuid' }), planKey: z.string(), serviceId: z.string(), name: z.string() })),
    customers: z.array(z.object({ tenantId: z.string(), name: z.string(), countryCode: z.string() })),
    countries: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
});

export const licenseSummarySchema = z.object({
  month: z.string().describe('The current month, YYYY-MM: the figures are as of now'),
  provisioned: z.number().int().describe('Licenses provisioned to your customers, now'),
  assigned: z.number().int().describe('Of those, licenses your customers assigned to their users, now'),
  customers: z.number().int().describe('Customer tenants with more than 0 licenses provisioned'),
});
