import { z } from 'zod';
import { countryProblem } from '../../domain/directory/names.js';

/** Schemas shared by many routes. */

export const guid = (what: string) =>
  z
    .string()
    .regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, `must be a GUID such as 0f8fad5b-d9cb-469f-a165-70867728950e (${what})`)
    .transform((v) => v.toLowerCase())
    .meta({ format: 'uuid' });

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
  .meta({
    id: 'Problem',
    description: 'RFC 9457 problem details (application/problem+json): what went wrong, in words a person can act on, and each rejected field in `errors`',
    examples: [
      {
        type: 'about:blank',
        title: 'Invalid request',
        status: 400,
        detail: 'totalContractValue.amount: must be 0 or more',
        instance: '/api/v1/tenants/0f8fad5b-d9cb-469f-a165-70867728950e/partner/deals',
        errors: [{ field: 'totalContractValue.amount', message: 'must be 0 or more' }],
      },
    ],
  });

/** The error responses a route documents, keyed by status. */
export const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, problemSchema]));

export const isoDate = z.string().meta({ format: 'date-time', description: 'ISO 8601 date-time' });

/** A file body or answer, as OpenAPI documents it (see plugins/openapi.ts). */
export const fileBody = (mediaTypes: readonly string[], description: string, multipart = false) => ({ mediaTypes, description, multipart });
