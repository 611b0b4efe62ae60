/**
 * GET answers started before the code that needs them (web/src/boot/early.ts), kept until that
 * code asks for the same address. Each is handed out once and only while fresh, so a reload or a
 * later visit of the page asks the server again.
 */

const FRESH_MS = 15_000;
const started = new Map<string, { at: number; response: Promise<Response> }>();

/** The address without its origin, with its query parameters sorted and empty ones dropped: how the two sides compare. */
export function prefetchKey(url: string): string {
  const parsed = new URL(url, location.origin);
  const params = [...parsed.searchParams].filter(([, value]) => value !== '').sort(([a], [b]) => a.localeCompare(b));
  return params.length ? `${parsed.pathname}?${new URLSearchParams(params)}` : parsed.pathname;
}

/** Starts a GET now, as the API client would send it (same-origin cookies, JSON). */
export function prefetch(url: string): Promise<Response> {
  const response = fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  response.catch(() => undefined); // the caller that takes it sees the failure; nobody else should
  started.set(prefetchKey(url), { at: performance.now(), response });
  return response;
}

/** The answer started for this GET, once, if it is still fresh; undefined to ask the server now. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const key = prefetchKey(url);
  const entry = started.get(key);
  if (!entry) return undefined;
  started.delete(key);
  return performance.now() - entry.at <= FRESH_MS ? entry.response : undefined;
}
