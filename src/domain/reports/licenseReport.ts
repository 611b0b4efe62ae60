/**
 * Partner reports: the maths, with no database. Everything is computed from
 * the license ledger's positions: for one product (a customer tenant's plan)
 * the purchased and assigned counts after its last ledger row at or before an
 * instant. A period's value is the sum over products of their position at the
 * end of the period (for the current period: now); customers are the tenants
 * whose products add up to more than 0 provisioned.
 */

export type Granularity = 'month' | 'day';

/** Where one product stands after its last ledger row (at or before some instant). */
export interface Position {
  tenantId: string;
  planId: string;
  purchased: number;
  assigned: number;
  state: string;
}

/** A product's position at the end of one period in which its ledger changed. */
export interface PeriodPosition extends Position {
  /** 'YYYY-MM' or 'YYYY-MM-DD', as the periods are keyed. */
  period: string;
}

export interface SeriesPoint {
  period: string;
  provisioned: number;
  assigned: number;
  customers: number;
}

export interface Totals {
  provisioned: number;
  assigned: number;
  customers: number;
}

export interface Trend {
  current: number;
  previous: number;
  /** (current − previous) / previous; null when previous is 0. */
  trend: number | null;
}

export interface ReportRange {
  /** 'YYYY-MM' */
  from: string;
  /** 'YYYY-MM' */
  to: string;
  granularity: Granularity;
}

export const MAX_MONTHS = 12;
export const MAX_DAY_MONTHS = 3;
export const DEFAULT_MONTHS = 6;

const pad = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM' of a UTC instant. */
export const monthOf = (at: Date) => `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}`;
/** 'YYYY-MM-DD' of a UTC instant. */
export const dayOf = (at: Date) => at.toISOString().slice(0, 10);

export function isMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  return Boolean(match && Number(match[2]) >= 1 && Number(match[2]) <= 12 && Number(match[1]) >= 1970);
}

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** How many months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return ty * 12 + tm - (fy * 12 + fm) + 1;
}

/** The first instant of a month (UTC). */
export const monthStart = (month: string) => new Date(`${month}-01T00:00:00.000Z`);

/**
 * The (exclusive) end of the ledger a range reads: the start of the month
 * after it, or just after now for the current month (rows at now count).
 */
export function endOfRange(range: ReportRange, now: Date): Date {
  const end = monthStart(addMonths(range.to, 1));
  return end.getTime() > now.getTime() ? new Date(now.getTime() + 1) : end;
}

export type RangeProblem = { field: 'from' | 'to' | 'granularity'; message: string };

/**
 * Fills in defaults (the last 6 months up to the current one, by month) and
 * checks the limits. Returns the range or the first problem, naming its field.
 */
export function resolveRange(input: { from?: string | undefined; to?: string | undefined; granularity?: Granularity | undefined }, now: Date): ReportRange | RangeProblem {
  const current = monthOf(now);
  if (input.to !== undefined && !isMonth(input.to)) return { field: 'to', message: 'must be a month written YYYY-MM, such as 2026-06' };
  if (input.from !== undefined && !isMonth(input.from)) return { field: 'from', message: 'must be a month written YYYY-MM, such as 2026-01' };
  const to = input.to ?? current;
  if (to > current) return { field: 'to', message: `must not be after the current month (${current})` };
  const from = input.from ?? addMonths(to, -(DEFAULT_MONTHS - 1));
  if (from > to) return { field: 'from', message: `must not be after to (${to})` };
  const months = monthsBetween(from, to);
  if (months > MAX_MONTHS) return { field: 'from', message: `the range covers ${months} months; at most ${MAX_MONTHS} are allowed (from ${addMonths(to, -(MAX_MONTHS - 1))} at the earliest)` };
  const granularity = input.granularity ?? 'month';
  if (granularity === 'day' && months > MAX_DAY_MONTHS) {
    return { field: 'granularity', message: `day granularity is only available for ranges of up to ${MAX_DAY_MONTHS} months; this range covers ${months}` };
  }
  return { from, to, granularity };
}

export const isRangeProblem = (value: ReportRange | RangeProblem): value is RangeProblem => 'field' in value;

/** The periods of a range, oldest first; days stop at today. */
export function periodsOf(range: ReportRange, now: Date): string[] {
  const periods: string[] = [];
  if (range.granularity === 'month') {
    for (let month = range.from; month <= range.to; month = addMonths(month, 1)) periods.push(month);
    return periods;
  }
  const today = dayOf(now);
  const stop = monthStart(addMonths(range.to, 1)).getTime();
  for (let at = monthStart(range.from).getTime(); at < stop; at += 86_400_000) {
    const day = dayOf(new Date(at));
    if (day > today) break;
    periods.push(day);
  }
  return periods;
}

const keyOf = (p: { tenantId: string; planId: string }) => `${p.tenantId}\u0000${p.planId}`;

/** Totals of a set of positions: sums, and tenants with more than 0 provisioned. */
export function totalsOf(positions: Iterable<Position>): Totals {
  let provisioned = 0;
  let assigned = 0;
  const byTenant = new Map<string, number>();
  for (const p of positions) {
    provisioned += p.purchased;
    assigned += p.assigned;
    byTenant.set(p.tenantId, (byTenant.get(p.tenantId) ?? 0) + p.purchased);
  }
  let customers = 0;
  for (const purchased of byTenant.values()) if (purchased > 0) customers++;
  return { provisioned, assigned, customers };
}

/**
 * The series: start from every product's position before the first period,
 * apply each period's changes, and total at the end of each period. Changes
 * outside the periods are ignored; a product with no change keeps its
 * position. Also returns the positions at the end of the last period.
 */
export function buildSeries(initial: readonly Position[], changes: readonly PeriodPosition[], periods: readonly string[]): { series: SeriesPoint[]; final: Position[]; initialTotals: Totals } {
  const positions = new Map<string, Position>();
  for (const p of initial) positions.set(keyOf(p), p);
  const initialTotals = totalsOf(positions.values());
  const byPeriod = new Map<string, PeriodPosition[]>();
  for (const change of changes) {
    const list = byPeriod.get(change.period);
    if (list) list.push(change);
    else byPeriod.set(change.period, [change]);
  }
  // Running totals, so each period costs its changes, not every product.
  let provisioned = initialTotals.provisioned;
  let assigned = initialTotals.assigned;
  const tenantPurchased = new Map<string, number>();
  for (const p of positions.values()) tenantPurchased.set(p.tenantId, (tenantPurchased.get(p.tenantId) ?? 0) + p.purchased);
  let customers = initialTotals.customers;
  const series: SeriesPoint[] = [];
  for (const period of periods) {
    for (const change of byPeriod.get(period) ?? []) {
      const key = keyOf(change);
      const before = positions.get(key);
      const next: Position = { tenantId: change.tenantId, planId: change.planId, purchased: change.purchased, assigned: change.assigned, state: change.state };
      positions.set(key, next);
      provisioned += next.purchased - (before?.purchased ?? 0);
      assigned += next.assigned - (before?.assigned ?? 0);
      const was = tenantPurchased.get(change.tenantId) ?? 0;
      const now = was + next.purchased - (before?.purchased ?? 0);
      tenantPurchased.set(change.tenantId, now);
      if (was <= 0 && now > 0) customers++;
      else if (was > 0 && now <= 0) customers--;
    }
    series.push({ period, provisioned, assigned, customers });
  }
  return { series, final: [...positions.values()], initialTotals };
}

/** How the totals changed within one period (or, keyed `before`, everything before the range). */
export interface PeriodDelta {
  period: string;
  provisioned: number;
  assigned: number;
  customers: number;
}

/**
 * The series from per-period changes of the totals, as the database sums
 * them (src/store/reports): the totals before the range are the changes
 * keyed `before`; each period adds its own. Same numbers as buildSeries().
 */
export function seriesFromDeltas(deltas: readonly PeriodDelta[], periods: readonly string[], before: string): { series: SeriesPoint[]; initialTotals: Totals } {
  const byPeriod = new Map(deltas.map((d) => [d.period, d]));
  const start = byPeriod.get(before);
  const initialTotals: Totals = { provisioned: start?.provisioned ?? 0, assigned: start?.assigned ?? 0, customers: start?.customers ?? 0 };
  let { provisioned, assigned, customers } = initialTotals;
  const series = periods.map((period) => {
    const d = byPeriod.get(period);
    provisioned += d?.provisioned ?? 0;
    assigned += d?.assigned ?? 0;
    customers += d?.customers ?? 0;
    return { period, provisioned, assigned, customers };
  });
  return { series, initialTotals };
}

export function trendOf(current: number, previous: number): Trend {
  return { current, previous, trend: previous === 0 ? null : (current - previous) / previous };
}

/**
 * Month-over-month: the end of the range against the end of the month
 * before the range's last month. For month periods that is the previous
 * point (or, for a one-month range, the position before the range); for day
 * periods the last day of the previous month.
 */
export function summarize(range: ReportRange, series: readonly SeriesPoint[], initialTotals: Totals): { customers: Trend; provisioned: Trend; assigned: Trend } {
  const last: Totals = series.at(-1) ?? initialTotals;
  const previousMonth = addMonths(range.to, -1);
  const previousKey = range.granularity === 'month' ? previousMonth : dayOf(new Date(monthStart(range.to).getTime() - 86_400_000));
  const previous: Totals = series.find((p) => p.period === previousKey) ?? initialTotals;
  return {
    customers: trendOf(last.customers, previous.customers),
    provisioned: trendOf(last.provisioned, previous.provisioned),
    assigned: trendOf(last.assigned, previous.assigned),
  };
}

/** What the breakdowns need to know about products and tenants. */
export interface PlanInfo {
  planId: string;
  planKey: string;
  planName: string;
  serviceId: string;
  offerId: string;
  offerKey: string;
  offerName: string;
}

export interface CustomerInfo {
  tenantId: string;
  name: string;
  countryCode: string;
  countryName: string;
}

export interface PlanRow {
  offerId: string;
  offerKey: string;
  offerName: string;
  planId: string;
  planKey: string;
  planName: string;
  serviceId: string;
  provisioned: number;
  assigned: number;
  /** Assigned as a percentage of provisioned, one decimal; 0 when nothing is provisioned. */
  percentAssigned: number;
}

export interface CountryRow {
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
  /** The first time any plan was provisioned to this customer (ISO date-time), up to the end of the range. */
  firstActivation: string | null;
}

export interface DetailRow {
  customer: CustomerInfo;
  plan: PlanInfo;
  provisioned: number;
  assigned: number;
  state: string;
  activatedAt: Date | null;
}

export const percentOf = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

const sortBy = <T>(rows: T[], ...keys: ((row: T) => number | string)[]) =>
  rows.sort((a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x !== y) return typeof x === 'number' && typeof y === 'number' ? y - x : String(x) < String(y) ? -1 : 1;
    }
    return 0;
  });

/**
 * The breakdowns as of the end of the range, from the final positions.
 * `activations` holds each product's first provisioning (up to the end).
 * Products and tenants missing from the lookups are left out.
 */
export function breakdowns(
  final: readonly Position[],
  plans: ReadonlyMap<string, PlanInfo>,
  customers: ReadonlyMap<string, CustomerInfo>,
  activations: ReadonlyMap<string, Date>,
): { byPlan: PlanRow[]; byCountry: CountryRow[]; byCustomer: CustomerRow[]; detailed: DetailRow[] } {
  const planRows = new Map<string, PlanRow>();
  const countryRows = new Map<string, CountryRow & { tenants: Map<string, number> }>();
  const customerRows = new Map<string, CustomerRow>();
  const detailed: DetailRow[] = [];
  for (const p of final) {
    const plan = plans.get(p.planId);
    const customer = customers.get(p.tenantId);
    if (!plan || !customer) continue;
    const activatedAt = activations.get(keyOf(p)) ?? null;
    detailed.push({ customer, plan, provisioned: p.purchased, assigned: p.assigned, state: p.state, activatedAt });

    const planRow = planRows.get(p.planId) ?? { ...plan, provisioned: 0, assigned: 0, percentAssigned: 0 };
    planRow.provisioned += p.purchased;
    planRow.assigned += p.assigned;
    planRows.set(p.planId, planRow);

    const country = countryRows.get(customer.countryCode) ?? { countryCode: customer.countryCode, countryName: customer.countryName, customers: 0, provisioned: 0, assigned: 0, tenants: new Map() };
    country.provisioned += p.purchased;
    country.assigned += p.assigned;
    country.tenants.set(p.tenantId, (country.tenants.get(p.tenantId) ?? 0) + p.purchased);
    countryRows.set(customer.countryCode, country);

    const customerRow = customerRows.get(p.tenantId) ?? { ...customer, provisioned: 0, assigned: 0, firstActivation: null };
    customerRow.provisioned += p.purchased;
    customerRow.assigned += p.assigned;
    if (activatedAt && (customerRow.firstActivation === null || activatedAt.toISOString() < customerRow.firstActivation)) customerRow.firstActivation = activatedAt.toISOString();
    customerRows.set(p.tenantId, customerRow);
  }
  const byPlan = [...planRows.values()].map((row) => ({ ...row, percentAssigned: percentOf(row.assigned, row.provisioned) }));
  const byCountry = [...countryRows.values()].map(({ tenants, ...row }) => ({ ...row, customers: [...tenants.values()].filter((n) => n > 0).length }));
  return {
    byPlan: sortBy(byPlan, (r) => r.offerName, (r) => r.planName),
    byCountry: sortBy(byCountry, (r) => r.provisioned, (r) => r.countryName),
    byCustomer: sortBy([...customerRows.values()], (r) => r.provisioned, (r) => r.name),
    detailed: sortBy(detailed, (r) => r.customer.name, (r) => r.plan.offerName, (r) => r.plan.planName),
  };
}

export const productKey = keyOf;

/** What the database gave for the range: monthly deltas and final positions, or (by day) positions and their changes. */
export type FigureSource =
  | { granularity: 'month'; deltas: readonly PeriodDelta[]; final: readonly Position[] }
  | { granularity: 'day'; initial: readonly Position[]; changes: readonly PeriodPosition[] };

export interface ReportFiguresInput {
  range: ReportRange;
  periods: readonly string[];
  source: FigureSource;
  activations: ReadonlyMap<string, Date>;
  plans: ReadonlyMap<string, PlanInfo>;
  customers: ReadonlyMap<string, CustomerInfo>;
}

export interface ReportFigures {
  customers: Trend;
  provisioned: Trend;
  assigned: Trend;
  series: SeriesPoint[];
  byPlan: PlanRow[];
  byCountry: CountryRow[];
  byCustomer: CustomerRow[];
  detailed: DetailRow[];
}

/**
 * Every figure of a report from what the database read: the series, its
 * trends and the breakdowns as of the end of the range. Pure, and about 40 ms
 * for 2,000 customers, so the server runs it on a worker thread.
 */
export function reportFigures(input: ReportFiguresInput): ReportFigures {
  const { source } = input;
  const computed =
    source.granularity === 'month'
      ? { ...seriesFromDeltas(source.deltas, input.periods, addMonths(input.range.from, -1)), final: source.final }
      : buildSeries(source.initial, source.changes, input.periods);
  const summary = summarize(input.range, computed.series, computed.initialTotals);
  return { ...summary, series: computed.series, ...breakdowns(computed.final, input.plans, input.customers, input.activations) };
}
