import { isCountryCode } from '../countries.js';
import type { FieldProblem } from '../problems.js';

/**
 * The Contact me form: what a lead must carry and how big it may be. Every
 * problem is reported at once, named by its field. Text is kept exactly as
 * typed (HTML and script included: it is data, shown as text, never markup);
 * only control characters that no form produces are refused.
 */

export const LEAD_NAME_MAX = 200;
export const LEAD_COMPANY_MAX = 200;
export const LEAD_EMAIL_MAX = 254;
export const LEAD_PHONE_MAX = 40;
export const LEAD_MESSAGE_MAX = 2000;
export const LEAD_NOTE_MAX = 2000;

export interface LeadFormInput {
  name?: unknown;
  email?: unknown;
  company?: unknown;
  country?: unknown;
  phone?: unknown;
  message?: unknown;
  consent?: unknown;
}

export interface LeadForm {
  name: string;
  email: string;
  company: string;
  country: string;
  phone: string;
  message: string;
  consent: true;
}

export type LeadFormResult = { ok: true; lead: LeadForm } | { ok: false; problems: FieldProblem[] };

const SINGLE_LINE_CONTROL = /[\u0000-\u001f\u007f]/;
const MULTI_LINE_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:.][^\s@<>()[\]",;:]*$/;
const PHONE = /^\+?[0-9 ()./-]{3,}$/;

const isEmail = (value: string) => value.length <= LEAD_EMAIL_MAX && EMAIL.test(value) && !value.includes('..');

export function validateLeadForm(input: LeadFormInput): LeadFormResult {
  const problems: FieldProblem[] = [];
  const text = (field: keyof LeadFormInput, max: number, options: { required: boolean; multiLine?: boolean }): string => {
    const raw = input[field];
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      if (options.required) problems.push({ field, message: 'is required' });
      return '';
    }
    if (typeof raw !== 'string') {
      problems.push({ field, message: 'must be text' });
      return '';
    }
    const value = raw.trim();
    if ([...value].length > max) problems.push({ field, message: `must be at most ${max} characters (it has ${[...value].length})` });
    else if ((options.multiLine ? MULTI_LINE_CONTROL : SINGLE_LINE_CONTROL).test(value)) {
      problems.push({ field, message: options.multiLine ? 'must not contain control characters' : 'must be one line without control characters' });
    }
    return value;
  };

  const name = text('name', LEAD_NAME_MAX, { required: true });
  const email = text('email', LEAD_EMAIL_MAX, { required: true });
  if (email && !problems.some((p) => p.field === 'email') && !isEmail(email)) problems.push({ field: 'email', message: 'must be an email address such as name@example.com' });
  const company = text('company', LEAD_COMPANY_MAX, { required: true });
  const countryRaw = text('country', 10, { required: true });
  const country = countryRaw.toUpperCase();
  if (countryRaw && !problems.some((p) => p.field === 'country') && !isCountryCode(country)) {
    problems.push({ field: 'country', message: 'must be an ISO 3166-1 alpha-2 country code such as US, DE or JP' });
  }
  const phone = text('phone', LEAD_PHONE_MAX, { required: false });
  if (phone && !problems.some((p) => p.field === 'phone') && !PHONE.test(phone)) {
    problems.push({ field: 'phone', message: 'must be a phone number: digits, spaces, "+", "-", "(", ")", "." and "/"' });
  }
  const message = text('message', LEAD_MESSAGE_MAX, { required: true, multiLine: true });
  if (input.consent !== true) problems.push({ field: 'consent', message: 'must be true: the publisher may only contact you with your consent' });

  if (problems.length) return { ok: false, problems };
  return { ok: true, lead: { name, email, company, country, phone, message, consent: true } };
}

/** A note a publisher adds to a lead. */
export function noteProblem(text: string): string | null {
  if (text.trim() === '') return 'must not be empty';
  if ([...text.trim()].length > LEAD_NOTE_MAX) return `must be at most ${LEAD_NOTE_MAX} characters`;
  if (MULTI_LINE_CONTROL.test(text)) return 'must not contain control characters';
  return null;
}
