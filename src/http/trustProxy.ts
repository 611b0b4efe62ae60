import ipaddr from 'ipaddr.js';

/**
 * Whose X-Forwarded-For to believe, from LICENSEHUB_TRUST_PROXY:
 * - the proxies' addresses or CIDRs, comma-separated (`10.0.0.5, 10.1.0.0/16`,
 *   or proxy-addr's names `loopback`, `linklocal`, `uniquelocal`): the header
 *   counts only when the connection comes from one of them, and the client is
 *   the first address, from the right, that is not a trusted proxy;
 * - a hop count (`1`: one proxy in front, the client is the address it saw):
 *   only for servers that nothing can reach except through that many proxies.
 * Anything else, and "true" (which would believe any client), is refused at start.
 */
export type TrustProxy = false | number | string[];

const NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '0' || value.toLowerCase() === 'false') return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error(`LICENSEHUB_TRUST_PROXY: ${hops} hops is more proxies than any deployment has; give the proxies' addresses instead`);
    return hops;
  }
  if (value.toLowerCase() === 'true') {
    throw new Error("LICENSEHUB_TRUST_PROXY=true would believe any client's X-Forwarded-For; give the proxies' addresses or CIDRs (e.g. 10.0.0.5,10.1.0.0/16) or a hop count (e.g. 1)");
  }
  const entries = value.split(',').map((e) => e.trim()).filter(Boolean);
  for (const entry of entries) {
    const valid = NAMES.has(entry) || ipaddr.isValid(entry) || isCidr(entry);
    if (!valid) throw new Error(`LICENSEHUB_TRUST_PROXY: "${entry}" is neither an IP address, a CIDR range (10.0.0.0/8) nor one of loopback, linklocal, uniquelocal`);
  }
  return entries;
}

function isCidr(entry: string): boolean {
  try {
    ipaddr.parseCIDR(entry);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fastify's option for it. Fastify 5 no longer honours a bare hop count (it
 * cannot tell a proxy from a client), so the count becomes proxy-addr's trust
 * function: the connection's peer and the next `hops - 1` addresses are proxies.
 */
export function fastifyTrustProxy(trust: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (trust === false) return false;
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return trust;
}
