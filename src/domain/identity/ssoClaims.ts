import { COUNTRY_CODES } from '../countries.js';
import type { Role } from './roles.js';

/** Which claims carry the user's fields (defaults: preferred_username/email, name, ctry/country, groups). */
export interface ClaimMappings {
  userPrincipalName?: string | undefined;
  displayName?: string | undefined;
  country?: string | undefined;
  groups?: string | undefined;
}

export interface GroupMapping {
  /** A value of the group claim (a group's object id in Entra ID, a group name in Okta). */
  claimValue: string;
  groupId?: string | undefined;
  role?: Role | undefined;
}

/**
 * What an ID token's claims mean in LicenseHub (pure): the user principal
 * name, display name and country, and which groups and admin roles the
 * provider's group claim grants. The defaults fit Entra ID (preferred_username
 * is the UPN, groups are object ids, ctry the country) and Okta (email, name).
 */
export interface SsoIdentity {
  userPrincipalName: string | null;
  displayName: string | null;
  country: string | null;
  groupIds: string[];
  roles: Role[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

export function readClaims(claims: Record<string, unknown>, mappings: ClaimMappings, groupMappings: readonly GroupMapping[]): SsoIdentity {
  const upn = text(mappings.userPrincipalName ? claims[mappings.userPrincipalName] : (claims.preferred_username ?? claims.email ?? claims.upn));
  const country = text(mappings.country ? claims[mappings.country] : (claims.ctry ?? claims.country))?.toUpperCase() ?? null;
  const rawGroups = claims[mappings.groups ?? 'groups'];
  const groups = new Set(Array.isArray(rawGroups) ? rawGroups.filter((g): g is string => typeof g === 'string') : []);
  const matched = groupMappings.filter((m) => groups.has(m.claimValue));
  return {
    userPrincipalName: upn && upn.includes('@') ? upn.toLowerCase() : null,
    displayName: text(mappings.displayName ? claims[mappings.displayName] : claims.name),
    country: country && COUNTRY_CODES.has(country) ? country : null,
    groupIds: [...new Set(matched.flatMap((m) => (m.groupId ? [m.groupId] : [])))],
    roles: [...new Set(matched.flatMap((m) => (m.role ? [m.role] : [])))],
  };
}

/** Where to go after signing in: a path of this site only (never another origin). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || value.length > 1000) return '/';
  return value;
}

export const domainOf = (email: string): string | null => {
  const at = email.lastIndexOf('@');
  const domain = at > 0 ? email.slice(at + 1).trim().toLowerCase() : '';
  return /^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain) ? domain : null;
};
