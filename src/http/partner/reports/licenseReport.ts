import { isCountryCode } from '../../../domain/countries.js';
import { invalid as invalidField } from '../../../domain/problems.js';
import {
  isRangeProblem,
  periodsOf,
  resolveRange,
  type FigureSource,
  type ReportFigures,
  type ReportFiguresInput,
  type CountryRow,
  type CustomerRow,
  type DetailRow,
  type Granularity,
  type PlanRow,
  type ReportRange,
  type SeriesPoint,
  type Trend,
} from '../../../domain/reports/licenseReport.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import { loadActiveUsers, loadCatalog, loadMonthReport, loadReportPositions, type PublisherCatalog, type ReportFilters } from '../../../store/reports/licenseReports.js';
import type { Db } from '../../../store/transaction.js';

export interface ReportQuery {
  from?: string | undefined;
  to?: string | undefined;
  granularity?: Granularity | undefined;
  offer?: string | undefined;
  plan?: string | undefined;
  customer?: string | undefined;
  country?: string | undefined;
}

export interface LicenseReport {
  range: ReportRange;
  filters: { offer: string | null; plan: string | null; customer: string | null; country: string | null };
  customers: Trend;
  provisioned: Trend;
  assigned: Trend;
  series: SeriesPoint[];
  byPlan: PlanRow[];
  byCountry: CountryRow[];
  byCustomer: CustomerRow[];
  detailed: DetailRow[];
  activeUsers: ActiveUsers;
  filterOptions: {
    offers: { offerId: string; offerKey: string; name: string }[];
    plans: { offerId: string; planId: string; planKey: string; serviceId: string; name: string }[];
    customers: { tenantId: string; name: string; countryCode: string }[];
    countries: { code: string; name: string }[];
  };
}

interface ActiveCounts {
  last7Days: number;
  last30Days: number;
  last90Days: number;
}

/** People using the publisher's plans lately (as of now, whatever the range), from seat usage. */
export interface ActiveUsers {
  asOf: string;
  total: ActiveCounts;
  byPlan: ({ offerId: string; offerKey: string; offerName: string; planId: string; planKey: string; planName: string; serviceId: string } & ActiveCounts)[];
}

/** Named like the schema's own validation problems ("query parameter from"), so a client maps both the same way. */
const invalid = (field: string, message: string) => invalidField(`query parameter ${field}`, message);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Turns the query's filters into ids, rejecting offers and plans that are not the publisher's (400 naming the field). */
function resolveFilters(query: ReportQuery, catalog: PublisherCatalog): ReportFilters {
  const filters: ReportFilters = {};
  if (query.offer) {
    const wanted = query.offer.trim();
    const offer = catalog.offers.find((o) => o.offerId === wanted.toLowerCase() || o.offerKey === wanted);
    if (!offer) throw invalid('offer', `${wanted} is not one of your offers (use an offer's GUID or offer ID)`);
    filters.offerId = offer.offerId;
  }
  if (query.plan) {
    const wanted = query.plan.trim();
    const plan = [...catalog.plans.values()].find((p) => p.serviceId === wanted || p.planId === wanted.toLowerCase());
    if (!plan) throw invalid('plan', `${wanted} is not a plan of your offers (use the plan's Service ID or GUID)`);
    if (filters.offerId && plan.offerId !== filters.offerId) throw invalid('plan', `${wanted} is not a plan of offer ${query.offer}`);
    filters.planId = plan.planId;
  }
  if (query.customer) {
    const wanted = query.customer.trim();
    if (!GUID.test(wanted)) throw invalid('customer', 'must be a customer tenant ID (a GUID)');
    filters.customerTenantId = wanted.toLowerCase();
  }
  if (query.country) {
    const code = query.country.trim().toUpperCase();
    if (!isCountryCode(code)) throw invalid('country', 'must be an ISO 3166-1 alpha-2 country code such as US, DE or JP');
    filters.country = code;
  }
  return filters;
}

/**
 * The whole report for one publisher: range and filters checked, positions
 * read from the ledger rollup, the maths done by src/domain/reports.
 */
export async function buildLicenseReport(
  db: Db,
  scope: TenantScope,
  query: ReportQuery,
  now: Date,
  figures: (input: ReportFiguresInput) => Promise<ReportFigures>,
): Promise<LicenseReport> {
  const range = resolveRange(query, now);
  if (isRangeProblem(range)) throw invalid(range.field, range.message);
  const catalog = await loadCatalog(db, scope);
  const filters = resolveFilters(query, catalog);
  const periods = periodsOf(range, now);
  let source: FigureSource;
  let activations: Map<string, Date>;
  if (range.granularity === 'month') {
    // Summed in the database from the monthly rollup (src/store/reports).
    const month = await loadMonthReport(db, scope, range, filters);
    source = { granularity: 'month', deltas: month.deltas, final: month.final };
    activations = month.activations;
  } else {
    // Days: each product's positions from the ledger, totalled by the maths.
    const positions = await loadReportPositions(db, scope, range, filters, now);
    source = { granularity: 'day', initial: positions.initial, changes: positions.changes };
    activations = positions.activations;
  }
  const { series, byPlan, byCountry, byCustomer, detailed, ...summary } = await figures({ range, periods, source, activations, plans: catalog.plans, customers: catalog.customers });
  const usage = await loadActiveUsers(db, scope, filters, now);
  const usedPlans = new Map(usage.byPlan.map((u) => [u.planId, u]));
  const activeUsers: ActiveUsers = {
    asOf: now.toISOString(),
    total: usage.total,
    byPlan: [...catalog.plans.values()]
      .filter((p) => (!filters.offerId || p.offerId === filters.offerId) && (!filters.planId || p.planId === filters.planId))
      .map((p) => {
        const used = usedPlans.get(p.planId);
        return {
          offerId: p.offerId,
          offerKey: p.offerKey,
          offerName: p.offerName,
          planId: p.planId,
          planKey: p.planKey,
          planName: p.planName,
          serviceId: p.serviceId,
          last7Days: used?.last7Days ?? 0,
          last30Days: used?.last30Days ?? 0,
          last90Days: used?.last90Days ?? 0,
        };
      }),
  };
  const countries = new Map<string, string>();
  for (const c of catalog.customers.values()) countries.set(c.countryCode, c.countryName);
  return {
    range,
    filters: { offer: filters.offerId ?? null, plan: filters.planId ?? null, customer: filters.customerTenantId ?? null, country: filters.country ?? null },
    ...summary,
    series,
    byPlan,
    byCountry,
    byCustomer,
    detailed,
    activeUsers,
    filterOptions: {
      offers: catalog.offers,
      plans: [...catalog.plans.values()].map((p) => ({ offerId: p.offerId, planId: p.planId, planKey: p.planKey, serviceId: p.serviceId, name: p.planName })),
      customers: [...catalog.customers.values()].map((c) => ({ tenantId: c.tenantId, name: c.name, countryCode: c.countryCode })),
      countries: [...countries].map(([code, name]) => ({ code, name })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    },
  };
}

export const WIDGETS = ['series', 'byPlan', 'byCountry', 'byCustomer', 'detailed', 'activeUsers'] as const;
export type Widget = (typeof WIDGETS)[number];

export const DETAILED_COLUMNS = [
  'Customer Country',
  'Customer Country Code',
  'Customer Name',
  'Activation Date',
  'Product Display Name',
  'Product ID',
  'Licenses Provisioned',
  'Licenses Assigned',
  'SKU Name',
  'Tenant ID',
  'License State',
  'Service ID',
] as const;

type Cell = string | number | null;

/** One widget of the report as a CSV table: header and rows. */
export function widgetTable(report: LicenseReport, widget: Widget): { header: string[]; rows: Cell[][] } {
  switch (widget) {
    case 'series':
      return {
        header: ['Period', 'Licenses Provisioned', 'Licenses Assigned', 'Customers'],
        rows: report.series.map((p) => [p.period, p.provisioned, p.assigned, p.customers]),
      };
    case 'byPlan':
      return {
        header: ['Product Display Name', 'Product ID', 'SKU Name', 'Service ID', 'Licenses Provisioned', 'Licenses Assigned', 'Percent Assigned'],
        rows: report.byPlan.map((p) => [p.offerName, p.offerKey, p.planName, p.serviceId, p.provisioned, p.assigned, p.percentAssigned]),
      };
    case 'byCountry':
      return {
        header: ['Customer Country', 'Customer Country Code', 'Customers', 'Licenses Provisioned', 'Licenses Assigned'],
        rows: report.byCountry.map((c) => [c.countryName, c.countryCode, c.customers, c.provisioned, c.assigned]),
      };
    case 'byCustomer':
      return {
        header: ['Customer Name', 'Tenant ID', 'Customer Country', 'Customer Country Code', 'Licenses Provisioned', 'Licenses Assigned', 'Activation Date'],
        rows: report.byCustomer.map((c) => [c.name, c.tenantId, c.countryName, c.countryCode, c.provisioned, c.assigned, c.firstActivation?.slice(0, 10) ?? '']),
      };
    case 'activeUsers':
      return {
        header: ['Product Display Name', 'Product ID', 'SKU Name', 'Service ID', 'Active Users 7 Days', 'Active Users 30 Days', 'Active Users 90 Days'],
        rows: report.activeUsers.byPlan.map((p) => [p.offerName, p.offerKey, p.planName, p.serviceId, p.last7Days, p.last30Days, p.last90Days]),
      };
    case 'detailed':
      return {
        header: [...DETAILED_COLUMNS],
        rows: report.detailed.map((d) => [
          d.customer.countryName,
          d.customer.countryCode,
          d.customer.name,
          d.activatedAt ? d.activatedAt.toISOString().slice(0, 10) : '',
          d.plan.offerName,
          d.plan.offerKey,
          d.provisioned,
          d.assigned,
          d.plan.planName,
          d.customer.tenantId,
          d.state,
          d.plan.serviceId,
        ]),
      };
  }
}
