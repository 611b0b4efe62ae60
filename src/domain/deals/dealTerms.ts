import type { FieldProblem } from '../problems.js';
import { currencyProblem, toUsd } from './currency.js';

/**
 * The rules a registered deal's dates and values obey. Dates are ISO calendar
 * dates (YYYY-MM-DD), compared as text, which orders them correctly.
 */

export interface Money {
  amount: number;
  currency: string;
}

export interface DealTerms {
  signedDate: string;
  startDate: string;
  /** null for a perpetual deal. */
  endDate: string | null;
  totalContractValue: Money;
  solutionValue: Money;
}

export interface DealTermsContext {
  /** The deal value must be strictly above this, in US dollars. */
  thresholdUsd: number;
  /** Today as an ISO date, in the time zone furthest ahead (so "today" anywhere is accepted). */
  latestToday: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The ISO date `days` after `date` (negative to go back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** The earliest calendar date it is anywhere on Earth at `now` (UTC−12): a date before it is in the past everywhere. */
export function earliestTodayAt(now: Date): string {
  return new Date(now.getTime() - 12 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/**
 * A publisher may move a deal's end date earlier, but not into the past: the
 * customer's licenses would skip their grace period and suspension and be
 * removed — assignments with them — in one request. (The lifecycle always runs
 * from an end date that is today or later; a contract that ended earlier is
 * entered with today's date.)
 */
export function endDateChangeProblem(before: string | null, after: string | null, earliestToday: string): string | null {
  if (after === null || after >= earliestToday) return null;
  if (before !== null && after >= before) return null;
  return `must not be in the past (before ${earliestToday}): the customer's licenses would skip their grace period and be removed at once; set today or a later date, and the grace period starts from there`;
}

/** The latest calendar date it is anywhere on Earth at `now` (UTC+14). */
export function latestTodayAt(now: Date): string {
  return new Date(now.getTime() + 14 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

const usd = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** Every problem with the terms at once, each naming its field. */
export function dealTermsProblems(terms: DealTerms, context: DealTermsContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (terms.signedDate > context.latestToday) problems.push({ field: 'signedDate', message: 'must not be in the future' });
  if (terms.startDate < terms.signedDate) {
    problems.push({ field: 'startDate', message: `must be on or after the contract signed date (${terms.signedDate})` });
  }
  if (terms.endDate !== null && terms.endDate <= terms.startDate) {
    problems.push({ field: 'endDate', message: `must be after the start date (${terms.startDate}); leave it out and send perpetual: true for a deal without end` });
  }
  const totalCurrency = currencyProblem(terms.totalContractValue.currency);
  const solutionCurrency = currencyProblem(terms.solutionValue.currency);
  if (totalCurrency) problems.push({ field: 'totalContractValue.currency', message: totalCurrency });
  if (solutionCurrency) problems.push({ field: 'solutionValue.currency', message: solutionCurrency });
  if (!totalCurrency) {
    const { amount, currency } = terms.totalContractValue;
    const inUsd = toUsd(amount, currency);
    if (inUsd <= context.thresholdUsd) {
      const converted = currency === 'USD' ? '' : ` (${usd(amount)} ${currency} is about ${usd(inUsd)} USD)`;
      problems.push({
        field: 'totalContractValue.amount',
        message: `must be above ${usd(context.thresholdUsd)} USD for the deal to be eligible${converted}`,
      });
    }
    if (!solutionCurrency && toUsd(terms.solutionValue.amount, terms.solutionValue.currency) > inUsd) {
      problems.push({ field: 'solutionValue.amount', message: 'must not be more than the total contract value' });
    }
  }
  return problems;
}
