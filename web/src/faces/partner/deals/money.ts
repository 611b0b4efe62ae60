import type { Money } from '../../../api/deals';

/** "12,000.00 USD". */
export const formatMoney = (money: Money) =>
  `${money.amount.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${money.currency}`;

/** A calendar date (YYYY-MM-DD) for people, without shifting it through a time zone. */
export const formatCalendarDate = (date: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The date a year after `date`, minus a day: a one-year term's last day. */
export function oneYearTerm(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(year + 1, month - 1, day - 1)).toISOString().slice(0, 10);
}
