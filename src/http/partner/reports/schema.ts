import { z } from 'zod';
import { tenantParams } from '../../common/schemas.js';
import { WIDGETS } from './licenseReport.js';

const month = (what: string) => z.string().trim().optional().describe(`${what}, written YYYY-MM`);

/** The filters both the JSON report and the CSV downloads take. Range limits are checked by the report (400 naming the field). */
export const reportQuery = z.object({
  from: month('First month of the range (default: 5 months before `to`); at most 12 months before `to`'),
  to: month('Last month of the range (default: the current month); not after the current month'),
  granularity: z.enum(['month', 'day'], { message: 'must be month or day' }).optional().describe('month (default) or day; day only for ranges of up to 3 months'),
  offer: z.string().max(200, 'must be at most 200 characters').optional().describe("One of your offers: its GUID or offer ID"),
  plan: z.string().max(200, 'must be at most 200 characters').optional().describe("One of your plans: its Service ID or GUID"),
  customer: z.string().max(200, 'must be at most 200 characters').optional().describe('A customer tenant ID'),
  country: z.string().max(10, 'must be at most 10 characters').optional().describe('A customer country, ISO 3166-1 alpha-2'),
});

export const csvQuery = reportQuery.extend({
  widget: z.enum(WIDGETS, { message: `must be one of ${WIDGETS.join(', ')}` }).default('detailed').describe('Which widget to download; detailed is one row per customer and plan'),
});

export const reportParams = tenantParams;

const trend = z.object({
  current: z.number().int().describe('At the end of the range (for the current month: now)'),
  previous: z.number().int().describe('At the end of the month before the range’s last month'),
  trend: z.number().nullable().describe('(current − previous) / previous; null when previous is 0'),
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
      offerId: z.string().describe("The offer's GUID"),
      offerKey: z.string().describe("The offer's offer ID"),
      offerName: z.string(),
      planId: z.string().describe("The plan's GUID"),
      planKey: z.string().describe("The plan's plan ID"),
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
  filterOptions: z.object({
    offers: z.array(z.object({ offerId: z.string(), offerKey: z.string(), name: z.string() })),
    plans: z.array(z.object({ offerId: z.string(), planId: z.string(), planKey: z.string(), serviceId: z.string(), name: z.string() })),
    customers: z.array(z.object({ tenantId: z.string(), name: z.string(), countryCode: z.string() })),
    countries: z.array(z.object({ code: z.string(), name: z.string() })),
  }),
});
