import { scimPatch, type ScimPatchOperation, type ScimResource } from 'scim-patch';
import { scimInvalid, scimTooLarge } from './errors.js';
import { ENTERPRISE_ATTRIBUTES, GROUP_ATTRIBUTES, LICENSEHUB_ATTRIBUTES, SCHEMA, USER_ATTRIBUTES, canonicalNames } from './schemas.js';
import { isObject } from './userResource.js';

/**
 * SCIM PATCH (RFC 7644 §3.5.2) as Entra ID and Okta send it: operation names
 * in any case ("Replace"), a path with the enterprise extension's URN, a
 * filter in the path (`members[value eq "…"]`, `emails[type eq "work"].value`),
 * a remove with a list of values, an add or replace without a path whose value
 * holds several attributes. The operations are checked first (every path must
 * name an attribute of the resource) and then applied all together to a copy
 * of the resource with scim-patch: the request succeeds whole or not at all.
 */
export type PatchTarget = 'User' | 'Group';

const NAMES: Record<PatchTarget, Map<string, string>> = {
  User: canonicalNames(USER_ATTRIBUTES),
  Group: canonicalNames(GROUP_ATTRIBUTES),
};
const EXTENSION_NAMES = new Map<string, Map<string, string>>([
  [SCHEMA.enterprise.toLowerCase(), canonicalNames(ENTERPRISE_ATTRIBUTES, [])],
  [SCHEMA.licensehub.toLowerCase(), canonicalNames(LICENSEHUB_ATTRIBUTES, [])],
]);
const READ_ONLY = new Set(['id', 'meta', 'groups', 'schemas']);

function checkPath(path: string, target: PatchTarget): string {
  const trimmed = path.trim();
  if (!trimmed) throw scimInvalid('invalidPath', 'path must not be empty; leave it out to patch several attributes with one value object');
  if (trimmed.toLowerCase().startsWith('urn:')) {
    if (target === 'User') {
      for (const [urn, names] of EXTENSION_NAMES) {
        const lower = trimmed.toLowerCase();
        if (lower === urn) return trimmed;
        if (lower.startsWith(`${urn}:`)) {
          const attribute = trimmed.slice(urn.length + 1).split(/[.[]/)[0]!;
          if (!names.has(attribute.toLowerCase())) throw scimInvalid('invalidPath', `"${attribute}" is not an attribute of ${trimmed.slice(0, urn.length)}`);
          return trimmed;
        }
      }
      if (trimmed.toLowerCase().startsWith(`${SCHEMA.user.toLowerCase()}:`)) return checkPath(trimmed.slice(SCHEMA.user.length + 1), target);
    } else if (trimmed.toLowerCase().startsWith(`${SCHEMA.group.toLowerCase()}:`)) {
      return checkPath(trimmed.slice(SCHEMA.group.length + 1), target);
    }
    throw scimInvalid('invalidPath', `"${trimmed}" names a schema the ${target} resource does not have`);
  }
  const attribute = trimmed.split(/[.[]/)[0]!;
  const name = NAMES[target].get(attribute.toLowerCase());
  if (!name) throw scimInvalid('invalidPath', `"${attribute}" is not an attribute of a SCIM ${target}`);
  if (READ_ONLY.has(name)) throw scimInvalid('mutability', `${name} is read-only`);
  // scim-patch matches attribute names exactly: use the schema's spelling.
  return name + trimmed.slice(attribute.length);
}

export function readPatch(body: unknown, target: PatchTarget, maxOperations: number): ScimPatchOperation[] {
  if (!isObject(body)) throw scimInvalid('invalidSyntax', 'The request body must be a JSON object: a SCIM PatchOp');
  const schemas = body.schemas;
  if (!Array.isArray(schemas) || !schemas.includes(SCHEMA.patchOp)) throw scimInvalid('invalidSyntax', `schemas must be ["${SCHEMA.patchOp}"]`);
  const operations = body.Operations ?? body.operations;
  if (!Array.isArray(operations) || operations.length === 0) throw scimInvalid('invalidSyntax', 'Operations must be a non-empty list of {"op", "path", "value"}');
  if (operations.length > maxOperations) throw scimTooLarge(`A PATCH may carry at most ${maxOperations} operations; this one has ${operations.length}. Send them in several requests`);
  return operations.flatMap((raw, index): ScimPatchOperation[] => {
    const where = `Operations[${index}]`;
    if (!isObject(raw)) throw scimInvalid('invalidSyntax', `${where} must be an object {"op", "path", "value"}`);
    const op = typeof raw.op === 'string' ? raw.op.toLowerCase() : '';
    if (op !== 'add' && op !== 'replace' && op !== 'remove') throw scimInvalid('invalidSyntax', `${where}.op must be add, replace or remove, got ${JSON.stringify(raw.op)}`);
    if (raw.path !== undefined && typeof raw.path !== 'string') throw scimInvalid('invalidPath', `${where}.path must be a string`);
    const path = raw.path === undefined ? undefined : checkPath(raw.path, target);
    if (op === 'remove') {
      if (!path) throw scimInvalid('noTarget', `${where}: a remove needs a path`);
      // Entra ID removes members by listing them as the value: each becomes a remove by id, whatever else the member carries.
      if (target === 'Group' && path === 'members' && Array.isArray(raw.value)) {
        return raw.value.map((member) => {
          if (!isObject(member) || typeof member.value !== 'string') throw scimInvalid('invalidValue', `${where}: each member to remove needs "value": its id`);
          return { op, path: `members[value eq ${JSON.stringify(member.value)}]` };
        });
      }
      return [raw.value === undefined ? { op, path } : { op, path, value: raw.value as never }];
    }
    if (raw.value === undefined) throw scimInvalid('invalidValue', `${where}: ${op} needs a value`);
    if (path) return [{ op, path, value: raw.value as never }];
    if (!isObject(raw.value)) throw scimInvalid('invalidValue', `${where}: without a path the value must be an object of attributes`);
    // Without a path: each key is an attribute path of its own (Entra sends "name.givenName" and URN paths as keys).
    const value: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(raw.value)) {
      if (key.toLowerCase() === SCHEMA.enterprise.toLowerCase() || key.toLowerCase() === SCHEMA.licensehub.toLowerCase()) {
        if (!isObject(v)) throw scimInvalid('invalidValue', `${where}: ${key} must be an object`);
        for (const sub of Object.keys(v)) checkPath(`${key}:${sub}`, target);
        value[key.toLowerCase() === SCHEMA.enterprise.toLowerCase() ? SCHEMA.enterprise : SCHEMA.licensehub] = v;
      } else {
        value[checkPath(key, target)] = v;
      }
    }
    return [{ op, value: value as never }];
  });
}

/** Applies the operations to a copy of the resource; a path that matches nothing it must match is a 400 noTarget. */
export function applyPatch<T extends Record<string, unknown>>(resource: T, operations: ScimPatchOperation[]): T {
  try {
    return scimPatch(structuredClone(resource) as unknown as ScimResource, operations, { mutateDocument: true, treatMissingAsAdd: true }) as unknown as T;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const scimType = (error as { scimCode?: string }).scimCode;
    throw scimInvalid(scimType === 'noTarget' ? 'noTarget' : scimType === 'invalidPath' ? 'invalidPath' : 'invalidValue', `The PATCH could not be applied: ${message}`);
  }
}
