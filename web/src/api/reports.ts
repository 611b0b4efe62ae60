import { apiRequest } from './client';

/** 'YYYY-MM' */
export type Month = string;
export type Granularity = 'month' | 'day';

/** A figure at the end of the range and at the end of the month before it. */
export interface Trend {
  current: number;
  previous: number;
  /** (current − previous) / previous as a fraction; null when previous is 0. */
  trend: number | null;
}

export interface ReportPoint {
  /** 'YYYY-MM' (or 'YYYY-MM-DD' by day). */
  period: string;
  provisioned: number;
  assigned: number;
  customers: number;
}

export interface PlanRow {
  /** The offer's GUID. */
  offerId: string;
  /** The offer ID the publisher chose, e.g. "fieldops". */
  offerKey: string;
  offerName: string;
  /** The plan's GUID. */
  planId: string;
  /** The plan ID the publisher chose, e.g. "gold". */
  planKey: string;
  planName: string;
  serviceId: string;
  provisioned: number;
  assigned: number;
  /** Assigned as a percentage (0–100) of provisioned. */
  percentAssigned: number;
}

export interface CountryRow {
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  countryName: string;
  customers: number;
  provisioned: number;
  assigned: number;
}

export interface CustomerRow {
  tenantId: string;
  name: string;
  countryCode: string;
  countryName: string;
  provisioned: number;
  assigned: number;
  /** When the customer's first license was provisioned (ISO date-time). */
  firstActivation: string | null;
}

/** Every offer, plan, customer and country the publisher could filter by (not narrowed by the filters chosen). */
export interface ReportFilterOptions {
  /** offerId: the GUID; offerKey: the offer ID. The API takes either as `offer`. */
  offers: { offerId: string; offerKey: string; name: string }[];
  plans: { offerId: string; planId: string; planKey: string; serviceId: string; name: string }[];
  customers: { tenantId: string; name: string; countryCode: string }[];
  countries: { code: string; name: string }[];
}

/** Partner Center → Reports: the publisher's licenses from the ledger, for a range of months and the filters. */
export interface LicenseReport {
  range: { from: Month; to: Month; granularity: Granularity };
  /** The filters the report applied, resolved to GUIDs (country: the code); null when not filtered. */
  filters: { offer: string | null; plan: string | null; customer: string | null; country: string | null };
  customers: Trend;
  provisioned: Trend;
  assigned: Trend;
  series: ReportPoint[];
  byPlan: PlanRow[];
  byCountry: CountryRow[];
  byCustomer: CustomerRow[];
  filterOptions: ReportFilterOptions;
}

/** What a report is asked for; every field is optional (the server defaults to the last 6 months by month). */
export interface ReportQuery {
  from?: Month;
  to?: Month;
  granularity?: Granularity;
  /** An offer: its offer ID or GUID. */
  offer?: string;
  /** A plan's Service ID. */
  plan?: string;
  /** A customer's tenant ID. */
  customer?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
}

export type ReportWidget = 'series' | 'byPlan' | 'byCountry' | 'byCustomer' | 'detailed';

const reports = (tenantId: string) => `/api/v1/tenants/${tenantId}/partner/reports`;

const queryOf = (query: ReportQuery) => ({ ...query });

export const getLicenseReport = (tenantId: string, query: ReportQuery, signal?: AbortSignal) =>
  apiRequest<LicenseReport>(`${reports(tenantId)}/licenses`, { query: queryOf(query), signal });

/** The address of one widget's CSV (or the detailed report) for the same range and filters; the browser downloads it. */
export function licenseReportCsvUrl(tenantId: string, widget: ReportWidget, query: ReportQuery): string {
  const params = new URLSearchParams({ widget });
  for (const [key, value] of Object.entries(queryOf(query))) if (value) params.set(key, value);
  return `${reports(tenantId)}/licenses.csv?${params}`;
}

/** One product (a plan the tenant holds) over time, for the Admin Center's usage section. */
export interface ProductUsage {
  series: { period: Month; purchased: number; assigned: number }[];
  /** How many days without a launch make a holder inactive (30). */
  inactiveDays: number;
  /** Users holding a seat who have not opened the app in 30 days (or ever). */
  inactiveUsers: {
    userId: string;
    displayName: string;
    userPrincipalName: string;
    assignedSince: string;
    lastLaunchedAt: string | null;
  }[];
}

export const getProductUsage = (tenantId: string, planId: string, months: 6 | 12, signal?: AbortSignal) =>
  apiRequest<ProductUsage>(`/api/v1/tenants/${tenantId}/licenses/${planId}/usage`, { query: { months }, signal });
