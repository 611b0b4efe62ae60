/**
 * The first API requests of the pages people open most, by address, so early.ts can start them
 * while the app's code is still loading. Each must be exactly the request the page sends first
 * (e2e/speed.e2e.ts checks that each is sent once, i.e. the page took the early answer);
 * a page whose request changes only loses the head start, never its data.
 */

type Requests = (tenantId: string, match: RegExpExecArray) => string[];

const tenant = (tenantId: string) => `/api/v1/tenants/${tenantId}`;

const ROUTES: [RegExp, Requests][] = [
  [/^\/admin\/?$/, (t) => [tenant(t), `${tenant(t)}/licenses`, `${tenant(t)}/license-requests?status=pending&limit=1`]],
  [/^\/admin\/users\/?$/, (t) => [`${tenant(t)}/users?limit=25&offset=0`]],
  [/^\/admin\/groups\/?$/, (t) => [`${tenant(t)}/groups?limit=25&offset=0`]],
  [/^\/admin\/licenses\/?$/, (t) => [`${tenant(t)}/licenses`]],
  [
    /^\/admin\/licenses\/([0-9a-f-]{36})\/?$/,
    (t, m) => {
      const product = `${tenant(t)}/licenses/${m[1]}`;
      // The product, then its usage and seat sections (answered 403, and left unused, for admins who may not see them).
      return [product, `${product}/usage?months=6`, `${product}/policy`, `${product}/waiting`, `${product}/activity`, `${product}/reclamations`, `${tenant(t)}/groups?limit=100&offset=0`];
    },
  ],
  [/^\/admin\/license-requests\/?$/, (t) => [`${tenant(t)}/license-requests?status=pending&limit=25&offset=0`]],
  [/^\/admin\/audit\/?$/, (t) => [`${tenant(t)}/audit?limit=50&offset=0`]],
  [
    /^\/partner\/?$/,
    (t) => [
      `${tenant(t)}/partner/offers?limit=50`,
      '/api/v1/partner/leads?status=new&pageSize=5',
      `${tenant(t)}/partner/relationships?status=accepted&limit=1`,
      `${tenant(t)}/partner/deals?status=registered&limit=100`,
      `${tenant(t)}/partner/reports/summary`,
    ],
  ],
  [/^\/partner\/offers\/?$/, (t) => [`${tenant(t)}/partner/offers?limit=25&offset=0`, `${tenant(t)}/partner/program`]],
  [/^\/partner\/deals\/?$/, (t) => [`${tenant(t)}/partner/deals?limit=25&offset=0`]],
  [/^\/partner\/reports\/?$/, (t) => [`${tenant(t)}/partner/reports/licenses`]],
];

/** The page's first requests for a plain visit (no search or filters in the address); none for other pages. */
export function firstRequestsOf(pathname: string, search: string, tenantId: string): string[] {
  if (search && search !== '?') return [];
  for (const [pattern, requests] of ROUTES) {
    const match = pattern.exec(pathname);
    if (match) return requests(tenantId, match);
  }
  return [];
}
