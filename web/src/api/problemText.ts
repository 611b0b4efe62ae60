import type { FieldProblem, ProblemDetails } from './client';

/**
 * The one place where the API's problem details (written for integrators: field paths, HTTP reason
 * phrases, standards' names) become sentences for the people using the web app. ApiError applies it
 * to every failed call, so pages and forms never show raw API text; the original problem stays on
 * `ApiError.problem` for the record.
 */

/** Titles that are only the HTTP reason phrase, as the person reading them would say it. */
const TITLES: Record<number, Record<string, string>> = {
  400: { 'Invalid request': 'Check what you entered', 'Bad request': 'Check what you entered' },
  401: { Unauthorized: 'Your session has ended' },
  403: { Forbidden: 'You don’t have permission to do this' },
  404: { 'Not found': 'Not found' },
  409: { Conflict: 'This clashes with a change that was already made' },
  413: { 'Payload too large': 'The file is too large' },
  415: { 'Unsupported media type': 'This kind of file isn’t supported' },
  429: { 'Too many requests': 'Too many attempts' },
  500: { 'Internal error': 'Something went wrong' },
  503: { 'Service unavailable': 'LicenseHub is busy' },
};

/** What an identifier field refers to, for "Choose a group" instead of "must be a GUID". */
const THINGS: Record<string, string> = {
  userId: 'a user',
  userIds: 'one or more users',
  groupId: 'a group',
  groupIds: 'one or more groups',
  memberId: 'a member',
  memberIds: 'one or more members',
  ownerId: 'an owner',
  planId: 'a plan',
  offerId: 'an offer',
  environmentId: 'an environment',
  tenantId: 'an organization',
  customerTenantId: 'a customer',
  parentGroupId: 'a parent group',
};

const PATH_PARAMETER = 'path parameter ';
const QUERY_PARAMETER = 'query parameter ';

/** "usageLocation" → "Usage location"; "contact.email" → "Contact email". */
export function fieldLabel(field: string): string {
  const words = field
    .replace(/\[\d+\]|\.\d+/g, '')
    .replace(/[._]/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function humanFieldMessage(field: string, message: string): string {
  const name = field.split('.').pop()!.replace(/\[\d+\]$/, '');
  if (/must be a GUID/i.test(message)) return `Choose ${THINGS[name] ?? 'one'} from the list`;
  if (/ISO 3166-1 alpha-2/i.test(message)) return 'Choose a country from the list';
  return message;
}

/** The same problem in words for people: title, detail and every field message. */
export function humanizeProblem(problem: ProblemDetails): ProblemDetails {
  const title = TITLES[problem.status]?.[problem.title] ?? problem.title;
  const raw = problem.errors ?? [];
  // A bad path parameter is a stale or broken link, never something the person typed.
  const badLink = raw.some((e) => e.field.startsWith(PATH_PARAMETER));
  const errors: FieldProblem[] = raw
    .filter((e) => !e.field.startsWith(PATH_PARAMETER))
    .map((e) => {
      const field = e.field.startsWith(QUERY_PARAMETER) ? e.field.slice(QUERY_PARAMETER.length) : e.field;
      return { field, message: humanFieldMessage(field, e.message) };
    });

  let detail = problem.detail;
  if (badLink) {
    detail = 'The link to this item is incomplete or out of date. Go back to the list and open it again.';
  } else if (raw.length > 0) {
    detail = errors.map((e) => `${fieldLabel(e.field)}: ${e.message}`).join('. ');
  } else if (problem.status === 401 && /API token|Sign in or/i.test(detail)) {
    detail = 'Your session has ended. Sign in again, then try once more.';
  } else if (problem.status === 404 && /^No route /.test(detail)) {
    detail = 'This page or item doesn’t exist. It may have been deleted, or the link is out of date.';
  } else if (/ISO 3166-1 alpha-2/i.test(detail)) {
    detail = 'Choose a country from the list.';
  } else if (/must be a GUID/i.test(detail)) {
    detail = 'Choose an item from the list.';
  }
  return { ...problem, title, detail, errors: raw.length > 0 ? errors : problem.errors };
}
