import fastJson from 'fast-json-stringify';
import { z } from 'zod';

/**
 * For hot routes: serialize responses with fast-json-stringify compiled from
 * the route's zod schema, instead of validating every response with zod
 * first. The schema still documents the route in OpenAPI; presenters already
 * build exactly the documented shape.
 */
export const fastZodSerializer = ({ schema }: { schema: unknown }) => {
  const jsonSchema = z.toJSONSchema(schema as z.ZodType, { io: 'output', target: 'draft-7', unrepresentable: 'any' });
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
};
