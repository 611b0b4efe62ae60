import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, invalidFields, type FieldProblem } from '../../domain/problems.js';
import { GRAPH_ROOT } from '../graph/base.js';
import { databaseProblem } from './databaseProblems.js';
import { nulFields } from './nulFields.js';
import { RepeatedWarnings } from './repeatedWarnings.js';
import { graphErrorBody } from '../graph/errors.js';
import { databaseUnavailableReason } from '../../store/errors.js';

/** Seconds a client is told to wait before retrying when the database could not serve a request. */
const RETRY_AFTER_SECONDS = 2;

export const PROBLEM_TYPE = 'application/problem+json';

/** RFC 9457 problem details: what every error response of the API looks like. */
export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, body: Omit<ProblemBody, 'type'> & { type?: string }) {
  // The Graph-compatible API answers errors as Microsoft Graph does (graph/errors.ts).
  if (request.url.startsWith(GRAPH_ROOT)) {
    const { graphCode, ...problem } = body as typeof body & { graphCode?: string };
    return reply
      .code(body.status as number)
      .type('application/json; charset=utf-8')
      .header('request-id', request.id)
      .send(graphErrorBody(request, { ...(problem as { status: number; detail: string; errors?: FieldProblem[] }), ...(graphCode ? { graphCode } : {}) }));
  }
  // SCIM clients read SCIM's error schema (RFC 7644 §3.12).
  if (request.url.startsWith('/scim/')) {
    const scimType = (body as { scimType?: string }).scimType ?? (body.status === 400 ? 'invalidSyntax' : undefined);
    return reply
      .code(body.status as number)
      .type('application/scim+json; charset=utf-8')
      .send({ schemas: ['urn:ietf:params:scim:api:messages:2.0:Error'], status: String(body.status), ...(scimType ? { scimType } : {}), detail: body.detail });
  }
  return reply
    .code(body.status as number)
    .type(PROBLEM_TYPE)
    .send({ type: body.type ?? 'about:blank', ...body, instance: request.url });
}

const LOCATION_LABEL: Record<string, string> = { body: '', querystring: 'query parameter ', params: 'path parameter ', headers: 'header ' };

function validationProblems(error: FastifyError): FieldProblem[] {
  const context = (error as { validationContext?: string }).validationContext ?? 'body';
  const prefix = LOCATION_LABEL[context] ?? '';
  if (hasZodFastifySchemaValidationErrors(error)) {
    return error.validation.map((v) => {
      const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      const keys = (v.params as { keys?: string[] } | undefined)?.keys;
      if (v.keyword === 'unrecognized_keys' && keys?.length) {
        const where = path ? ` in ${path}` : '';
        return { field: `${prefix}${keys.join(', ')}`, message: `is not a known field${where}; remove it` };
      }
      return { field: `${prefix}${path || (context === 'body' ? '(body)' : context)}`, message: v.message ?? 'is invalid' };
    });
  }
  return [{ field: context, message: error.message }];
}

/** Turns every error into application/problem+json with a message a person can act on; never leaks internals. */
export const problemsPlugin = fp(
  async (app) => {
    const outageWarnings = new RepeatedWarnings();
    app.setErrorHandler((error: FastifyError, request, reply) => {
      if (error instanceof DomainError) {
        reply.headers(error.headers);
        return sendProblem(reply, request, { title: error.title, status: error.status, detail: error.detail, ...error.extra });
      }
      if (error.validation) {
        const errors = validationProblems(error);
        return sendProblem(reply, request, {
          title: 'Invalid request',
          status: 400,
          detail: errors.map((e) => `${e.field}: ${e.message}`).join('; '),
          errors,
        });
      }
      const fromDatabase = databaseProblem(error);
      if (fromDatabase) {
        request.log.warn({ err: error }, 'database refused the request');
        return sendProblem(reply, request, fromDatabase);
      }
      const status = error.statusCode ?? 500;
      if (status === 429) {
        return sendProblem(reply, request, { title: 'Too many requests', status, detail: error.message });
      }
      if (status >= 400 && status < 500) {
        const detail =
          error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
            ? `Unsupported content type ${request.headers['content-type'] ?? '(none)'}; send application/json`
            : error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
              ? 'The request body is empty; send a JSON object'
              : error.message;
        return sendProblem(reply, request, { title: titleFor(status), status, detail });
      }
      const unavailable = databaseUnavailableReason(error);
      if (unavailable) {
        const warning = outageWarnings.take(unavailable);
        if (warning.log) request.log.warn({ err: error, ...(warning.notLogged ? { sameWarningsNotLogged: warning.notLogged } : {}) }, `database unavailable: ${unavailable}`);
        reply.header('retry-after', String(RETRY_AFTER_SECONDS));
        return sendProblem(reply, request, {
          title: 'Service unavailable',
          status: 503,
          detail: `The request could not be completed because ${unavailable}; nothing was changed. Retry in a few seconds.`,
        });
      }
      request.log.error({ err: error }, 'unhandled error');
      return sendProblem(reply, request, {
        title: 'Internal error',
        status: 500,
        detail: `Something went wrong on our side. Reference: ${request.id}`,
      });
    });

    // One place for every route: text with a NUL character is refused naming the field (PostgreSQL cannot store it).
    app.addHook('preValidation', async (request) => {
      const errors = nulFields(request);
      if (errors.length) throw invalidFields(errors);
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, request, { title: 'Not found', status: 404, detail: `No route ${request.method} ${request.url.split('?')[0]}` }),
    );
  },
  { name: 'problems' },
);

function titleFor(status: number): string {
  return (
    { 400: 'Invalid request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not found', 405: 'Method not allowed', 406: 'Not acceptable', 409: 'Conflict', 413: 'Payload too large', 415: 'Unsupported media type' }[
      status
    ] ?? 'Request error'
  );
}
