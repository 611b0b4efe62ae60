import { answer, api, type OperationAnswer, type OperationQuery } from './client';
import type { operations } from './openapi';

/** 'YYYY-MM' */
export type Month = string;
export type Granularity = 'month' | 'day';

/** Partner Center → Reports: the publisher's licenses from the ledger, for a range of months and the filters (the API's answer type). */
export type LicenseReport = OperationAnswer<'getLicenseReport'>;
/** A figure at the end of the range and at the end of the month before it. */
export type Trend = LicenseReport['customers'];
export type ReportPoint = LicenseReport['series'][number];
export type PlanRow = LicenseReport['byPlan'][number];
export type CountryRow = LicenseReport['byCountry'][number];
export type CustomerRow = LicenseReport['byCustomer'][number];
/** Every offer, plan, customer and country the publisher could filter by (not narrowed by the filters chosen). */
export type ReportFilterOptions = LicenseReport['filterOptions'];
/** People using the publisher's plans in the last 7, 30 and 90 days (seat usage), as of now. */
export type ActiveUsers = LicenseReport['activeUsers'];

/** What a report is asked for; every field is optional (the server defaults to the last 6 months by month). */
export type ReportQuery = NonNullable<operations['getLicenseReport']['parameters']['query']>;

export type ReportWidget = NonNullable<NonNullable<operations['exportReportWidget']['parameters']['query']>['widget']>;

/** The publisher's licenses and customers now: the report's current figures, read cheaply (Partner Center home). */
export type LicenseSummary = OperationAnswer<'getLicenseSummary'>;

const reports = '/api/v1/tenants/{tenantId}/partner/reports';

export const getLicenseReport = (tenantId: string, query: ReportQuery, signal?: AbortSignal) =>
  answer(api.GET(`${reports}/licenses`, { params: { path: { tenantId }, query }, signal }), signal);

export const getLicenseSummary = (tenantId: string, signal?: AbortSignal) => answer(api.GET(`${reports}/summary`, { params: { path: { tenantId } }, signal }), signal);

/** The address of one widget's CSV (or the detailed report) for the same range and filters; the browser downloads it. */
export function licenseReportCsvUrl(tenantId: string, widget: ReportWidget, query: ReportQuery): string {
  const params = new URLSearchParams({ widget });
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return `/api/v1/tenants/${tenantId}/partner/reports/licenses.csv?${params}`;
}

/** One product (a plan the tenant holds) over time, for the Admin Center's usage section. */
export type ProductUsage = OperationAnswer<'getProductUsage'>;

/** How many months of usage, up to the current one. */
export type UsageMonths = NonNullable<OperationQuery<'getProductUsage'>['months']>;

export const getProductUsage = (tenantId: string, planId: string, months: UsageMonths, signal?: AbortSignal) =>
  answer(api.GET('/api/v1/tenants/{tenantId}/licenses/{planId}/usage', { params: { path: { tenantId, planId }, query: { months } }, signal }), signal);
