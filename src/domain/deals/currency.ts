/**
 * Deal values are checked against the eligibility threshold in US dollars.
 * Values in other currencies are converted with this static table: rounded
 * rates (US dollars per unit) for the currencies deals are commonly signed
 * in, kept by hand with each release, not live market data. Eligibility is a
 * coarse gate, so a few percent of drift does not matter; a currency that is
 * not listed is refused with a clear message rather than guessed.
 */
export const USD_PER_UNIT: Readonly<Record<string, number>> = Object.freeze({
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  CHF: 1.12,
  CAD: 0.73,
  AUD: 0.66,
  NZD: 0.6,
  JPY: 0.0067,
  CNY: 0.14,
  HKD: 0.128,
  SGD: 0.74,
  INR: 0.012,
  KRW: 0.00073,
  BRL: 0.18,
  MXN: 0.055,
  ZAR: 0.054,
  SEK: 0.095,
  NOK: 0.093,
  DKK: 0.145,
  PLN: 0.25,
  CZK: 0.043,
  AED: 0.272,
  SAR: 0.267,
  ILS: 0.27,
  TRY: 0.03,
});

export const CONVERTIBLE_CURRENCIES: readonly string[] = Object.keys(USD_PER_UNIT);

const ISO_4217: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Why a currency code cannot be used for a deal value, or null when it can. */
export function currencyProblem(code: string): string | null {
  if (USD_PER_UNIT[code] !== undefined) return null;
  const list = CONVERTIBLE_CURRENCIES.join(', ');
  if (!/^[A-Z]{3}$/.test(code) || !ISO_4217.has(code)) return `"${code}" is not an ISO 4217 currency code; use one of ${list}`;
  return `${code} has no exchange rate in LicenseHub's table, so the deal value cannot be checked; use one of ${list}`;
}

/** The amount in US dollars; throws for a currency currencyProblem() refuses. */
export function toUsd(amount: number, currency: string): number {
  const rate = USD_PER_UNIT[currency];
  if (rate === undefined) throw new RangeError(`No exchange rate for ${currency}`);
  return Math.round(amount * rate * 100) / 100;
}
