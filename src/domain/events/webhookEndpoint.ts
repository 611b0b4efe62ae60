import ipaddr from 'ipaddr.js';
import { isNonPublicAddress } from '../marketplace/webhookAddress.js';

/**
 * The address rules of webhook endpoints, the same as lead webhooks': an
 * absolute https:// URL without credentials; a literal address must be
 * public. With LICENSEHUB_WEBHOOKS_TO_PRIVATE_NETWORKS on (development, or a
 * receiver inside the operator's network) http:// and private addresses are
 * allowed. Host names are checked again at every delivery, after resolving.
 */
export function webhookUrlProblem(value: string, options: { privateNetworks: boolean }): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute https:// address';
  }
  if (url.protocol !== 'https:' && !(options.privateNetworks && url.protocol === 'http:')) {
    return options.privateNetworks ? 'must be an absolute https:// or http:// address' : 'must be an absolute https:// address';
  }
  if (url.username || url.password) return 'must not carry a user name or password; authenticate the request by its signature';
  if (url.hash) return 'must not have a #fragment';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!options.privateNetworks && isIpAddress(host) && isNonPublicAddress(host)) return 'must be on the public internet (this address is private, loopback or reserved)';
  if (!options.privateNetworks && (host === 'localhost' || host.endsWith('.localhost'))) return 'must be on the public internet';
  return null;
}

/** Signing secrets are whsec_ + base64 of 32 random bytes (Standard Webhooks). */
export const SECRET_PREFIX = 'whsec_';

/** How long the previous secret still signs deliveries after a rotation. */
export const PREVIOUS_SECRET_HOURS = 24;

/** What an endpoint's secret is sealed for: a sealed secret copied to another endpoint does not open. */
export const secretPurpose = (endpointId: string) => `webhook-endpoint:${endpointId}`;

/** An IP address literal (what node:net's isIP says, without importing I/O into the domain). */
function isIpAddress(host: string): boolean {
  return ipaddr.IPv4.isValidFourPartDecimal(host) || ipaddr.IPv6.isValid(host.replace(/^\[|\]$/g, ''));
}
