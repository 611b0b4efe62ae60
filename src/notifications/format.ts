/** Fills {placeholders} in a catalogue string; an unknown placeholder stays as written. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and attribute values. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Keeps a person's free text (a request message, a reason) short in a subject line or a list. */
export const shorten = (text: string, max = 300): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** 'YYYY-MM-DD' (or an ISO time) as "14 October 2027" — the same in every time zone. */
export function longDate(value: string, locale = 'en-GB'): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
