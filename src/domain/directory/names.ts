import { isCountryCode } from '../countries.js';

/** Rules for directory names, shared by the API schemas, the CSV import and the demo. */

export const UPN_MAX = 113;
export const DISPLAY_NAME_MAX = 256;
const UPN_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._'+-]{0,62})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)$/;
const DOMAIN_PATTERN = /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** Returns why a user principal name is unacceptable for this tenant's domain, or null. */
export function userPrincipalNameProblem(upn: string, tenantDomain: string): string | null {
  if (upn.length > UPN_MAX) return `must be at most ${UPN_MAX} characters`;
  const match = UPN_PATTERN.exec(upn);
  if (!match) return 'must look like name@domain (letters, digits, . _ \' + - before the @)';
  const domain = match[1]!.toLowerCase();
  if (domain !== tenantDomain.toLowerCase()) return `must end with @${tenantDomain}, the tenant's domain`;
  return null;
}

export function domainProblem(domain: string): string | null {
  return DOMAIN_PATTERN.test(domain) ? null : 'must be a lowercase DNS name such as contoso.com';
}

export function countryProblem(code: string): string | null {
  return isCountryCode(code) ? null : 'must be an ISO 3166-1 alpha-2 country code such as US, DE or JP';
}
