import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FieldProblem } from '../../domain/problems.js';

/**
 * Errors under /api/graph look as Microsoft Graph's do — `application/json`
 * with `{"error":{"code","message","innerError":{"request-id","date"}}}` —
 * because that is all the official Graph clients parse: a problem+json body
 * reached @microsoft/microsoft-graph-client as `code: null, message: ""`.
 */
const CODES: Record<number, string> = {
  400: 'Request_BadRequest',
  401: 'InvalidAuthenticationToken',
  403: 'Authorization_RequestDenied',
  404: 'Request_ResourceNotFound',
  409: 'Request_BadRequest',
  413: 'Request_EntityTooLarge',
  415: 'Request_UnsupportedMediaType',
  429: 'TooManyRequests',
  503: 'serviceNotAvailable',
};

export interface GraphErrorBody {
  error: {
    code: string;
    message: string;
    details?: { code: string; message: string; target: string }[];
    innerError: { date: string; 'request-id': string; 'client-request-id'?: string };
  };
}

export function graphErrorBody(request: FastifyRequest, problem: { status: number; detail: string; errors?: FieldProblem[]; graphCode?: string }): GraphErrorBody {
  const code = problem.graphCode ?? CODES[problem.status] ?? (problem.status >= 500 ? 'InternalServerError' : 'Request_BadRequest');
  const clientRequestId = request.headers['client-request-id'];
  return {
    error: {
      code,
      message: problem.detail,
      ...(problem.errors?.length ? { details: problem.errors.map((e) => ({ code, message: e.message, target: e.field })) } : {}),
      innerError: {
        date: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'request-id': request.id,
        ...(typeof clientRequestId === 'string' ? { 'client-request-id': clientRequestId } : {}),
      },
    },
  };
}

/** The error responses a Graph route documents, keyed by status: Graph's error object, as application/json. */
const graphErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ code: z.string(), message: z.string(), target: z.string() })).optional(),
      innerError: z.object({ date: z.string(), 'request-id': z.string(), 'client-request-id': z.string().optional() }),
    }),
  })
  .meta({ id: 'GraphError', description: "Microsoft Graph's error object (application/json), as the official Graph clients parse it" });
export const graphErrors = (...statuses: number[]) => Object.fromEntries(statuses.map((s) => [s, graphErrorSchema]));
