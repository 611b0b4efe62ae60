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

/**
 * A refusal that also lists, in `problems`, everything wrong inside what was sent: a CSV file's
 * lines, a package's files, an offer's missing pieces. Typed in the OpenAPI document so a client
 * can show each one where it belongs.
 */
export const problemListing = <T extends z.ZodType>(id: string, description: string, item: T) =>
  problemSchema
    .extend({ problems: z.array(item).optional().describe('Every problem found, not only the first') })
    .passthrough()
    .meta({ id, description });

/** One line of a CSV file that cannot be used, and why. */
export const csvProblemSchema = z
  .object({
    line: z.number().int().describe('1-based line of the file'),
    column: z.number().int().optional().describe('1-based cell of the row, when the problem is about one'),
    message: z.string(),
  })
  .meta({ id: 'CsvProblem' });

/** A CSV file refused as a whole (400): nothing in it was applied. */
export const csvFileRefusal = problemListing('CsvFileRefusal', 'A problem whose `problems` lists every line of the CSV file that cannot be used; nothing in the file was applied', csvProblemSchema);

/** The error responses a route documents, keyed by status. */
export const problems = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, problemSchema]));

export const isoDate = z.string().meta({ format: 'date-time', description: 'ISO 8601 date-time' });

/** A file body or answer, as OpenAPI documents it (see plugins/openapi.ts). */
export const fileBody = (mediaTypes: readonly string[], description: string, multipart = false) => ({ mediaTypes, description, multipart });
