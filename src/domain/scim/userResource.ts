import { COUNTRY_CODES, countryCodeFromName } from '../countries.js';
import { DISPLAY_NAME_MAX, UPN_MAX } from '../directory/names.js';
import { scimInvalid } from './errors.js';
import { ENTERPRISE_ATTRIBUTES, LICENSEHUB_ATTRIBUTES, SCHEMA, USER_ATTRIBUTES, attributeNames, canonicalNames } from './schemas.js';

/**
 * A SCIM User as the directory takes it: what maps to LicenseHub's own
 * fields, and the rest (name parts, e-mail addresses, …) kept as the profile
 * the provider gets back. Reading is lenient where Entra ID and Okta differ
 * from the RFC ("active": "False" as a string, attribute names in any case,
 * manager as a bare id) and strict about everything else.
 */
export interface ScimUserInput {
  userName: string;
  displayName: string;
  active: boolean;
  externalId: string | null;
  department: string | null;
  managerId: string | null;
  /** The country from usageLocation or the address; null when none was sent or it names no country. */
  usageLocation: string | null;
  profile: Record<string, unknown>;
}

const USER_NAMES = canonicalNames(USER_ATTRIBUTES);
const ENTERPRISE_NAMES = canonicalNames(ENTERPRISE_ATTRIBUTES, []);
const LICENSEHUB_NAMES = canonicalNames(LICENSEHUB_ATTRIBUTES, []);
const MULTI_VALUED = new Set(USER_ATTRIBUTES.filter((a) => a.multiValued).map((a) => a.name));
const STRINGS = new Set(USER_ATTRIBUTES.filter((a) => a.type === 'string' || a.type === 'reference').map((a) => a.name));
const EXTENSIONS = new Map([
  [SCHEMA.enterprise.toLowerCase(), SCHEMA.enterprise],
  [SCHEMA.licensehub.toLowerCase(), SCHEMA.licensehub],
]);
/** What the profile keeps: everything but what maps to columns, the read-only parts and the password. */
const NOT_IN_PROFILE = new Set(['id', 'meta', 'schemas', 'userName', 'displayName', 'active', 'externalId', 'password', 'groups']);
const TEXT_MAX = 1024;

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** true, false, or Entra's "True"/"False" strings. */
export function scimBoolean(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
  throw scimInvalid('invalidValue', `${field} must be true or false, got ${JSON.stringify(value)}`);
}

function text(value: unknown, field: string, max = TEXT_MAX): string {
  if (typeof value !== 'string') throw scimInvalid('invalidValue', `${field} must be a string, got ${JSON.stringify(value)}`);
  if (value.length > max) throw scimInvalid('invalidValue', `${field} must be at most ${max} characters`);
  return value;
}

const optionalText = (value: unknown, field: string, max?: number): string | null =>
  value === undefined || value === null || value === '' ? null : text(value, field, max);

/** Re-keys an object by canonical attribute names, refusing the unknown ones. */
function canonical(source: Record<string, unknown>, names: Map<string, string>, where: string, extensions?: Map<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const name = names.get(key.toLowerCase()) ?? extensions?.get(key.toLowerCase());
    if (!name) throw scimInvalid('invalidValue', `"${key}" is not an attribute of ${where}; remove it or map it to one the schema has (see /Schemas)`);
    out[name] = value;
  }
  return out;
}

/** The country of a SCIM address or usageLocation: a two-letter code or an English country name. */
export function countryOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed) && COUNTRY_CODES.has(trimmed.toUpperCase())) return trimmed.toUpperCase();
  return countryCodeFromName(trimmed);
}

function addressCountry(addresses: unknown): string | null {
  if (!Array.isArray(addresses)) return null;
  const list = addresses.filter(isObject);
  const ordered = [...list.filter((a) => a.primary === true), ...list.filter((a) => a.type === 'work'), ...list];
  for (const address of ordered) {
    const code = countryOf(address.country);
    if (code) return code;
  }
  return null;
}

export function readScimUser(body: unknown): ScimUserInput {
  if (!isObject(body)) throw scimInvalid('invalidSyntax', 'The request body must be a JSON object: a SCIM User');
  const user = canonical(body, USER_NAMES, 'the SCIM User schema', EXTENSIONS);
  const schemas = user.schemas;
  if (!Array.isArray(schemas) || !schemas.some((s) => typeof s === 'string' && s.toLowerCase() === SCHEMA.user.toLowerCase())) {
    throw scimInvalid('invalidSyntax', `schemas must list "${SCHEMA.user}"`);
  }
  const userName = text(user.userName, 'userName', UPN_MAX).trim();
  if (!userName) throw scimInvalid('invalidValue', 'userName must not be empty');
  const enterprise = user[SCHEMA.enterprise] === undefined ? {} : user[SCHEMA.enterprise];
  if (!isObject(enterprise)) throw scimInvalid('invalidValue', `${SCHEMA.enterprise} must be an object`);
  const ent = canonical(enterprise, ENTERPRISE_NAMES, 'the enterprise User extension');
  const own = user[SCHEMA.licensehub] === undefined ? {} : user[SCHEMA.licensehub];
  if (!isObject(own)) throw scimInvalid('invalidValue', `${SCHEMA.licensehub} must be an object`);
  const lh = canonical(own, LICENSEHUB_NAMES, 'the LicenseHub User extension');

  const profile: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(user)) {
    if (NOT_IN_PROFILE.has(name) || name.startsWith('urn:') || value === null || value === undefined) continue;
    if (MULTI_VALUED.has(name)) {
      if (!Array.isArray(value) || !value.every(isObject)) throw scimInvalid('invalidValue', `${name} must be a list of objects`);
      if (value.length > 20) throw scimInvalid('invalidValue', `${name} may hold at most 20 values`);
    } else if (name === 'name') {
      if (!isObject(value)) throw scimInvalid('invalidValue', 'name must be an object (givenName, familyName, …)');
    } else if (STRINGS.has(name)) {
      text(value, name);
    }
    profile[name] = value;
  }
  const profileEnterprise: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(ent)) {
    if (name === 'department' || name === 'manager' || value === null || value === undefined) continue;
    profileEnterprise[name] = text(value, `${SCHEMA.enterprise}:${name}`);
  }
  if (Object.keys(profileEnterprise).length) profile[SCHEMA.enterprise] = profileEnterprise;
  const encoded = JSON.stringify(profile);
  if (encoded.length > 16_384) throw scimInvalid('invalidValue', 'The user carries more than 16 KB of profile attributes');

  // Entra ID sends the manager as a bare id, as {"value": id}, or as a one-element list of that.
  const manager = Array.isArray(ent.manager) ? ent.manager[0] : ent.manager;
  const managerId = isObject(manager) ? optionalText(manager.value, `${SCHEMA.enterprise}:manager.value`, 256) : optionalText(manager, `${SCHEMA.enterprise}:manager`, 256);
  const name = isObject(user.name) ? user.name : {};
  const fromName =
    optionalText(name.formatted, 'name.formatted') ??
    ([name.givenName, name.familyName].filter((p) => typeof p === 'string' && p.trim()).join(' ') || null);
  const displayName = (optionalText(user.displayName, 'displayName', DISPLAY_NAME_MAX) ?? fromName ?? userName.split('@')[0]!).trim().slice(0, DISPLAY_NAME_MAX);

  let usageLocation: string | null = null;
  if (lh.usageLocation !== undefined && lh.usageLocation !== null) {
    usageLocation = countryOf(lh.usageLocation);
    if (!usageLocation) throw scimInvalid('invalidValue', `${SCHEMA.licensehub}:usageLocation must be an ISO 3166-1 alpha-2 country code such as US, DE or JP`);
  }
  usageLocation ??= addressCountry(user.addresses);

  return {
    userName,
    displayName,
    active: user.active === undefined ? true : scimBoolean(user.active, 'active'),
    externalId: optionalText(user.externalId, 'externalId', 256),
    department: optionalText(ent.department, `${SCHEMA.enterprise}:department`, 256),
    managerId,
    usageLocation,
    profile,
  };
}

/** What the directory holds of a user, as SCIM shows it. */
export interface ScimUserRecord {
  id: string;
  userPrincipalName: string;
  displayName: string;
  enabled: boolean;
  usageLocation: string | null;
  externalId: string | null;
  department: string | null;
  managerId: string | null;
  profile: Record<string, unknown>;
  createdAt: Date;
  updatedAt: Date;
}

export function scimUser(record: ScimUserRecord, base: string): Record<string, unknown> {
  const { [SCHEMA.enterprise]: enterpriseRest, ...profile } = record.profile as Record<string, unknown>;
  const enterprise: Record<string, unknown> = { ...(isObject(enterpriseRest) ? enterpriseRest : {}) };
  if (record.department) enterprise.department = record.department;
  if (record.managerId) enterprise.manager = { value: record.managerId, $ref: `${base}/Users/${record.managerId}` };
  const schemas: string[] = [SCHEMA.user];
  if (Object.keys(enterprise).length) schemas.push(SCHEMA.enterprise);
  if (record.usageLocation) schemas.push(SCHEMA.licensehub);
  return {
    schemas,
    id: record.id,
    ...(record.externalId ? { externalId: record.externalId } : {}),
    userName: record.userPrincipalName,
    displayName: record.displayName,
    active: record.enabled,
    ...profile,
    ...(Object.keys(enterprise).length ? { [SCHEMA.enterprise]: enterprise } : {}),
    ...(record.usageLocation ? { [SCHEMA.licensehub]: { usageLocation: record.usageLocation } } : {}),
    meta: {
      resourceType: 'User',
      created: record.createdAt.toISOString(),
      lastModified: record.updatedAt.toISOString(),
      location: `${base}/Users/${record.id}`,
    },
  };
}

export const USER_ATTRIBUTE_NAMES = attributeNames(USER_ATTRIBUTES);
