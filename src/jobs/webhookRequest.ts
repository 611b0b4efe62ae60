import { lookup } from 'node:dns/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isNonPublicAddress } from '../domain/marketplace/webhookAddress.js';

/** Resolves a host name to its addresses (dns.lookup by default; tests pass their own). */
export type Resolver = (host: string) => Promise<{ address: string; family: number }[]>;
export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/** The webhook's host is not on the public internet. Its message never says what the name resolved to. */
export class RefusedAddress extends Error {
  constructor() {
    super("Refused: private address. The webhook's host is not on the public internet; LicenseHub only sends to public webhooks");
  }
}

export class UnresolvedHost extends Error {}

/**
 * POSTs to a webhook, connecting to exactly the address that was checked:
 * the host is resolved once, every address it has must be public (unless
 * private networks are allowed), and the connection is pinned to the first of
 * them through the request's `lookup`, so a name that answers differently a
 * moment later (DNS rebinding) cannot redirect it. TLS still verifies the
 * certificate against the host name. Redirects are not followed.
 */
export async function postToWebhook(
  url: string,
  options: { headers: Record<string, string>; body: string; timeoutMs: number; privateNetworks: boolean; resolve?: Resolver },
): Promise<number> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch (error) {
      throw new UnresolvedHost(`Could not resolve the webhook's host name (${(error as NodeJS.ErrnoException).code ?? 'DNS error'})`);
    }
  }
  if (!addresses.length) throw new UnresolvedHost("Could not resolve the webhook's host name (no addresses)");
  if (!options.privateNetworks && addresses.some((a) => isNonPublicAddress(a.address))) throw new RefusedAddress();
  const pinned = addresses[0]!;
  const pinnedLookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if ((lookupOptions as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...options.headers, 'content-length': String(Buffer.byteLength(options.body)) },
        lookup: pinnedLookup,
        signal: AbortSignal.timeout(options.timeoutMs),
        // Never reuse a pooled socket: each delivery connects to the address it checked.
        agent: false,
      },
      (response: IncomingMessage) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/**
 * What a delivery log says about a failed attempt. Never the addresses a name
 * resolved to or the connection's own message (which names them): only what failed.
 */
export function describeDeliveryError(caught: unknown, timeoutMs: number): string {
  if (caught instanceof RefusedAddress || caught instanceof UnresolvedHost) return caught.message;
  const error = caught as { name?: string; code?: string };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `No answer within ${timeoutMs / 1000} seconds`;
  return `Could not reach the webhook${error.code ? ` (${error.code})` : ''}`;
}
