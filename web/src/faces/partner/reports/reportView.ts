import type { Month, ReportQuery } from '../../../api/reports';

/** The report's range choices: the last 6 or 12 months up to the current one, or months the user picks. */
export type RangePreset = '6' | '12' | 'custom';

export const MAX_CUSTOM_MONTHS = 12;
/** How far back the custom range's month pickers go. */
export const PICKER_MONTHS = 36;

/** What the report page shows, as kept in the URL so a view can be shared. */
export interface ReportView {
  range: RangePreset;
  /** Custom ranges only. */
  from: Month;
  to: Month;
  offer: string;
  plan: string;
  customer: string;
  country: string;
}

export const FILTER_KEYS = ['offer', 'plan', 'customer', 'country'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** The current month in UTC, as the server counts months. */
export const currentMonth = (now = new Date()): Month => `${now.getUTCFullYear()}-${pad(now.getUTCMonth() + 1)}`;

export const isMonth = (value: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** The month `count` months after `month` (negative: before). */
export function addMonths(month: Month, count: number): Month {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number);
  const index = year * 12 + monthNumber - 1 + count;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** Months from `from` to `to`, both included. */
export function monthsBetween(from: Month, to: Month): number {
  const [fy = 0, fm = 1] = from.split('-').map(Number);
  const [ty = 0, tm = 1] = to.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm) + 1;
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "Nov 2026" for 2026-11; "Nov 3" for 2026-11-03. */
export function formatPeriod(period: string): string {
  if (isMonth(period)) return monthFormat.format(new Date(`${period}-01T00:00:00Z`));
  return dayFormat.format(new Date(`${period}T00:00:00Z`));
}

export function readView(params: URLSearchParams): ReportView {
  const range = params.get('range');
  return {
    range: range === '12' || range === 'custom' ? range : '6',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    offer: params.get('offer') ?? '',
    plan: params.get('plan') ?? '',
    customer: params.get('customer') ?? '',
    country: params.get('country') ?? '',
  };
}

export type RangeCheck = { query: ReportQuery; problem?: undefined } | { query?: undefined; problem: { field: 'from' | 'to'; message: string } };

/**
 * The API query for a view, or why a custom range can't be asked for. The
 * last 6 months is the server's default, so it sends no months at all; the
 * last 12 names its first month and lets the server end at its current month.
 */
export function queryFor(view: ReportView, now = new Date()): RangeCheck {
  const filters: ReportQuery = {};
  for (const key of FILTER_KEYS) if (view[key]) filters[key] = view[key];
  if (view.range === '6') return { query: filters };
  const current = currentMonth(now);
  if (view.range === '12') return { query: { ...filters, from: addMonths(current, -11) } };
  if (!isMonth(view.from)) return { problem: { field: 'from', message: 'Choose the first month.' } };
  if (!isMonth(view.to)) return { problem: { field: 'to', message: 'Choose the last month.' } };
  if (view.to > current) return { problem: { field: 'to', message: `The last month can't be after ${formatPeriod(current)}.` } };
  if (view.from > view.to) return { problem: { field: 'from', message: 'The first month must not be after the last month.' } };
  const months = monthsBetween(view.from, view.to);
  if (months > MAX_CUSTOM_MONTHS) {
    return {
      problem: {
        field: 'from',
        message: `${months} months is too long: start in ${formatPeriod(addMonths(view.to, -(MAX_CUSTOM_MONTHS - 1)))} or later.`,
      },
    };
  }
  return { query: { ...filters, from: view.from, to: view.to } };
}

/** The months the custom range's pickers offer, newest first. */
export function pickerMonths(now = new Date()): Month[] {
  const current = currentMonth(now);
  return Array.from({ length: PICKER_MONTHS }, (_, i) => addMonths(current, -i));
}

/** "+12.5%", "−3%", "0%". */
export function formatTrend(fraction: number): string {
  const percent = Math.round(fraction * 1000) / 10;
  if (percent === 0) return '0%';
  return `${percent > 0 ? '+' : '−'}${Math.abs(percent).toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;
}

export const formatCount = (n: number) => n.toLocaleString();

/** Assigned as a percentage of provisioned, as the per-plan table shows it. */
export const formatPercent = (percent: number) => `${percent.toLocaleString(undefined, { maximumFractionDigits: 1 })}%`;
