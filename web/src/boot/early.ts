/**
 * The app's first script: a few kilobytes that run while the main bundle is still downloading.
 * It starts, at once and side by side, what the page would otherwise ask for one after another
 * (bundle → session → face's code → page data):
 *
 * - the session (GET /api/v1/auth/session) and the country list every form uses;
 * - the code of the face the address opens (Admin Center, Partner Center, reports);
 * - once the session names the tenant, the page's first data (routeData.ts) and the notifications.
 *
 * The API client takes these answers instead of asking again (prefetch.ts).
 */
import { isRecord } from '../api/jsonShape';
import { prefetch } from './prefetch';
import { firstRequestsOf } from './routeData';

const { pathname, search } = location;

const session = prefetch('/api/v1/auth/session');
prefetch('/api/v1/countries');

// The same import() the router's lazy routes make: whichever runs first loads the chunk, the other reuses it.
if (pathname.startsWith('/admin')) void import('../faces/admin/AdminRoutes');
else if (pathname.startsWith('/partner')) {
  void import('../faces/partner/PartnerRoutes');
  if (pathname.startsWith('/partner/reports')) void import('../faces/partner/reports/ReportsPage');
}

/** The tenant of a complete sign-in, read from the session's answer (the typed client isn't loaded yet). */
function signedInTenantId(session: unknown): string | undefined {
  if (!isRecord(session) || session.signIn !== 'complete' || !isRecord(session.tenant)) return undefined;
  return typeof session.tenant.id === 'string' ? session.tenant.id : undefined;
}

session
  .then((response): Promise<unknown> | null => (response.ok ? response.clone().json() : null))
  .then((signedIn) => {
    const tenantId = signedInTenantId(signedIn);
    if (!tenantId) return;
    prefetch('/api/v1/me/notifications?limit=20');
    for (const url of firstRequestsOf(pathname, search, tenantId)) prefetch(url);
  })
  .catch(() => undefined); // the app asks again and shows what went wrong
