import { z } from 'zod';
import { DECISION_CODES } from '../../../domain/licenses/decision.js';
import { guid } from '../../common/schemas.js';

export const checkRequest = z.strictObject({
  tenantId: guid('tenant ID'),
  user: z.string().trim().min(1, 'is required').max(256, 'must be at most 256 characters').describe('User ID or user principal name'),
  appModule: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters').describe('The app module unique name'),
  claim: z
    .boolean({ message: 'must be true or false' })
    .optional()
    .describe(
      "true: when the user holds no seat and the product's policy allows auto-claim, ask for a free seat (or a place in the waiting room). " +
        'The answer still comes from memory and says NOT_ASSIGNED; the claim runs right after it, and a later check sees the seat.',
    ),
});

/** Read-your-writes: the `LicenseHub-Revision` of a write the caller made, which the answer must reflect. */
export const atLeastRevision = z
  .string()
  .regex(/^\d{1,19}$/, 'must be a revision as a LicenseHub-Revision header gives it (digits)')
  .describe(
    'The LicenseHub-Revision header of a write answer: the check waits (up to a bound) until this server has every change up to it, ' +
      'so a user assigned a moment ago on any server is never refused; 503 with Retry-After if it does not get there in time',
  );

/** A single check, optionally after a given revision (checks without it stay on the fast path). */
export const checkAtRevisionRequest = checkRequest.extend({ atLeastRevision: atLeastRevision.optional() });

export const BATCH_LIMIT = 1000;

export const batchRequest = z.strictObject({
  checks: z.array(checkRequest).min(1, 'must contain at least one check').max(BATCH_LIMIT, `must contain at most ${BATCH_LIMIT} checks`),
  atLeastRevision: atLeastRevision.optional(),
});

const codes = DECISION_CODES.map((c) => c.code) as [string, ...string[]];

export const checkResult = z.object({
  licensed: z.boolean(),
  code: z.enum(codes).describe(DECISION_CODES.map((c) => `${c.code}: ${c.description}`).join('\n')),
  detail: z.string(),
  plans: z.array(z.string()).describe('Service IDs whose seats grant the user this app module now'),
  requiredPlans: z
    .array(z.object({ serviceId: z.string(), displayName: z.string(), moreInfoUrl: z.string().meta({ format: 'uri' }) }))
    .describe('The plans that would grant it'),
});

export const tokenResult = checkResult.extend({
  token: z.string().nullable().describe('A signed license token (JWT, EdDSA) when licensed; verify it with /.well-known/jwks.json'),
  expiresAt: z.string().nullable(),
});

// ---- Cheap validation for the hot path ------------------------------------------------
//
// The zod schemas above are the rules and produce every error message. These
// functions only recognise input that is certainly valid and return exactly
// what zod would (GUID lower-cased, names trimmed, keys in schema order);
// anything else returns undefined and goes to zod, so errors are unchanged.

/** guid()'s pattern, 8-4-4-4-12 hex digits, checked without a regular expression. */
function isGuid(value: string): boolean {
  if (value.length !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = value.charCodeAt(i);
    if (i === 8 || i === 13 || i === 18 || i === 23) {
      if (c !== 45) return false;
    } else if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70))) return false;
  }
  return true;
}

export type CheckInput = z.output<typeof checkRequest>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Counts keys without allocating (JSON.parse output has no inherited enumerable keys). */
function ownKeyCount(value: object): number {
  let count = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return -1;
    count++;
  }
  return count;
}

function trimmedWithin(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : undefined;
}

/** A check request zod would accept, as zod would output it; undefined means "ask zod". */
export function acceptCheckFast(value: unknown): CheckInput | undefined {
  if (!isPlainObject(value)) return undefined;
  const keys = ownKeyCount(value);
  if (keys !== 3 && (keys !== 4 || typeof value.claim !== 'boolean')) return undefined;
  const { tenantId } = value;
  if (typeof tenantId !== 'string' || !isGuid(tenantId)) return undefined;
  const user = trimmedWithin(value.user, 256);
  if (user === undefined) return undefined;
  const appModule = trimmedWithin(value.appModule, 200);
  if (appModule === undefined) return undefined;
  if (keys === 4) return { tenantId: tenantId.toLowerCase(), user, appModule, claim: value.claim as boolean };
  return { tenantId: tenantId.toLowerCase(), user, appModule };
}

/** The same for a batch: every item must pass, or zod judges the whole body. */
export function acceptBatchFast(value: unknown): z.output<typeof batchRequest> | undefined {
  // (A batch with atLeastRevision has two keys: zod takes it.)
  if (!isPlainObject(value) || ownKeyCount(value) !== 1) return undefined;
  const { checks } = value;
  if (!Array.isArray(checks) || checks.length < 1 || checks.length > BATCH_LIMIT) return undefined;
  const accepted: CheckInput[] = new Array(checks.length);
  for (let i = 0; i < checks.length; i++) {
    const check = acceptCheckFast(checks[i]);
    if (check === undefined) return undefined;
    accepted[i] = check;
  }
  return { checks: accepted };
}

/**
 * A Fastify validator for a route body: the fast acceptance first, zod
 * (fastify-type-provider-zod's own compiler, so errors look the same) for
 * everything it does not accept.
 */
export function fastBodyValidator<T, R>(accept: (value: unknown) => T | undefined, zodValidator: (data: unknown) => R) {
  return (data: unknown): { value: T } | R => {
    const value = accept(data);
    return value !== undefined ? { value } : zodValidator(data);
  };
}
