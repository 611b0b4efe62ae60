import { z } from 'zod';
import { countryProblem } from '../../domain/directory/names.js';

/** Schemas shared by many routes. */

export const guid = (what: string) =>
  z
    .string()
    .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, `must be a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e (${what})`)
    .transform((v) => v.toLowerCase());

export const tenantParams = z.object({ tenantId: guid('tenant ID') });

export const countryCode = z
  .string()
  .transform((v) => v.trim().toUpperCase())
  .refine((v) => countryProblem(v) === null, { message: 'must be an ISO 3166-1 alpha-2 country code such as US, DE or JP' });

export const displayName = (max = 256) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

export const pagination = {
  limit: z.coerce.number().int().min(1, 'must be at least 1').max(500, 'must be at most 500').default(50),
  offset: z.coerce.number().int().min(0, 'must be 0 or more').default(0),
};

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .passthrough()
  .describe('RFC 9457 problem details (application/problem+json)');

/** The error responses a route documents, keyed by status. */
export const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, problemSchema]));

export const isoDate = z.string().describe('ISO 8601 date-time');
