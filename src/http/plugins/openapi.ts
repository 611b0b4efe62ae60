import fp from 'fastify-plugin';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { POLICIES, type Action } from '../../policies/index.js';
import type { RouteAccess } from '../access.js';
import { GRAPH_ROOT } from '../graph/base.js';
import { EXAMPLES, registerComponentSchemas } from '../common/components.js';

/** A request body that is a file rather than JSON (the route reads the bytes itself). */
export interface FileBody {
  mediaTypes: readonly string[];
  description: string;
  /** Also accepted as the `file` field of multipart/form-data. */
  multipart?: boolean;
}

declare module 'fastify' {
  interface FastifySchema {
    /** Documents a file request body (CSV, zip, image) that has no JSON schema. */
    'x-file-body'?: FileBody;
    /** Documents a success answer that is a file (CSV, zip, image), not JSON. */
    'x-file-response'?: { mediaTypes: readonly string[]; description: string };
  }
}

type Json = Record<string, any>;
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };
const GRAPH_ERROR_REF = { $ref: '#/components/schemas/GraphError' };
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const STATUS_TEXT: Record<string | number, string> = {
  400: 'Invalid request: `errors` names each field and what is wrong with it; nothing was changed',
  401: 'Not signed in, or the API token is invalid, expired or revoked',
  403: 'Signed in, but not allowed: the detail names the role or token scope needed',
  404: 'Not found (also for resources of another tenant)',
  '4XX': 'The request could not be served as sent: the detail says why',
  405: 'Method not allowed',
  409: 'Conflict with the current state: the detail says which and what to do',
  413: 'The body is too large',
  415: 'The body has a content type this operation does not take',
  422: 'The content cannot be used: every problem is listed',
  429: 'Too many requests: retry after the Retry-After header',
  500: 'Something went wrong on the server',
  503: 'The database could not serve the request; nothing was changed. Retry after the Retry-After header',
};

/** The access a route declared (config.access), carried into the operation until the document is finished. */
const ACCESS_KEY = 'x-licensehub-access';

function accessText(access: RouteAccess): { security: Json[]; text: string; scopes: string[]; action?: Action } {
  switch (access) {
    case 'public':
      return { security: [], text: 'Public: no credentials needed.', scopes: [] };
    case 'signedIn':
    case 'signingIn':
      return {
        security: [{ apiToken: [] }, { session: [] }],
        text: access === 'signingIn' ? 'Any signed-in caller, also while the second sign-in step is still due.' : 'Any signed-in caller, about themself.',
        scopes: [],
      };
    case 'browserSession':
      return { security: [{ session: [] }], text: "The caller's own browser session only (not an API token).", scopes: [] };
    default: {
      const policy = POLICIES[access];
      return {
        security: [{ apiToken: [policy.scope] }, { session: [] }],
        text: `Only ${policy.requirement} (action \`${access}\`). An API token needs the \`${policy.scope}\` scope.`,
        scopes: [policy.scope],
        action: access,
      };
    }
  }
}

/**
 * An error answer as application/problem+json: the generic Problem, or the refusal the route named
 * for that status (a Problem with its own extension members, e.g. CsvFileRefusal's `problems`).
 */
function errorResponse(status: string, graph: boolean, listed: Json | undefined): Json {
  const named = Object.values<Json>(listed?.content ?? {})[0]?.schema as Json | undefined;
  const schema = typeof named?.$ref === 'string' && named.$ref !== PROBLEM_REF.$ref ? named : PROBLEM_REF;
  return {
    description: STATUS_TEXT[status] ?? 'Request error',
    content: graph ? { 'application/json': { schema: GRAPH_ERROR_REF } } : { 'application/problem+json': { schema } },
  };
}

/**
 * What every operation says beyond its route schema, derived from facts the
 * server enforces rather than written twice: its security and scopes from the
 * route's declared access (src/policies), its error answers as
 * application/problem+json (Graph's error object under /api/graph), file bodies
 * and answers, and only the component schemas that are used.
 */
export function completeDocument(document: Json): Json {
  for (const [path, item] of Object.entries<Json>(document.paths ?? {})) {
    const graph = path.startsWith(GRAPH_ROOT);
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const access = operation[ACCESS_KEY] as RouteAccess | undefined;
      delete operation[ACCESS_KEY];
      if (access) {
        const { security, text, scopes, action } = accessText(access);
        operation.security = security;
        operation['x-required-scopes'] = scopes;
        if (action) operation['x-required-action'] = action;
        operation.description = operation.description ? `${operation.description}\n\n**Access:** ${text}` : `**Access:** ${text}`;
      }
      const fileBody = operation['x-file-body'] as FileBody | undefined;
      if (fileBody) {
        delete operation['x-file-body'];
        const content: Json = {};
        for (const type of fileBody.mediaTypes) content[type] = { schema: { type: 'string', format: 'binary' } };
        if (fileBody.multipart) {
          content['multipart/form-data'] = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } };
        }
        operation.requestBody = { required: true, description: fileBody.description, content };
      }
      const responses = (operation.responses ??= {}) as Json;
      const fileResponse = operation['x-file-response'] as { mediaTypes: string[]; description: string } | undefined;
      if (fileResponse) {
        delete operation['x-file-response'];
        const content: Json = {};
        for (const type of fileResponse.mediaTypes) content[type] = { schema: { type: 'string', format: type.startsWith('text/') ? undefined : 'binary' } };
        for (const value of Object.values<Json>(content)) if (value.schema.format === undefined) delete value.schema.format;
        responses['200'] = { description: fileResponse.description, content };
      }
      // The answers every operation can give, whether or not its route listed them.
      const statuses = new Set(Object.keys(responses).filter((s) => Number(s) >= 400));
      if (operation.parameters?.length || operation.requestBody) statuses.add('400');
      if (access && access !== 'public') statuses.add('401');
      if (access && access !== 'public' && access !== 'signedIn') statuses.add('403');
      if (path.includes('{')) statuses.add('404');
      statuses.add('503');
      // An operation without a specific client error still answers problems (e.g. a malformed request).
      if (![...statuses].some((s) => Number(s) < 500)) statuses.add('4XX');
      for (const status of statuses) responses[status] = errorResponse(status, graph, responses[status]);
      for (const [status, response] of Object.entries<Json>(responses)) {
        if (Number(status) < 400 && response.description === 'Default Response') response.description = operation.summary ?? 'Success';
      }
    }
  }
  pruneUnusedSchemas(document);
  // zod leaves examples out of the input form of a schema that transforms its values; they are valid input all the same.
  const schemas = (document.components?.schemas ?? {}) as Json;
  for (const [id, examples] of Object.entries(EXAMPLES)) {
    for (const name of [id, `${id}Input`]) if (schemas[name] && !schemas[name].examples) schemas[name].examples = examples;
  }
  return document;
}

/** Named schemas nothing refers to (zod's registry makes an input and an output form of each) are left out. */
function pruneUnusedSchemas(document: Json) {
  const schemas = (document.components?.schemas ?? {}) as Json;
  const used = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#/components/schemas/')) {
        const name = child.slice('#/components/schemas/'.length);
        if (!used.has(name)) {
          used.add(name);
          visit(schemas[name]);
        }
      } else visit(child);
    }
  };
  visit(document.paths);
  for (const name of Object.keys(schemas)) if (!used.has(name)) delete schemas[name];
}

const zodTransform = createJsonSchemaTransform({});
const zodTransformObject = createJsonSchemaTransformObject({});

/** One contract for people and SDKs: OpenAPI 3.1 at /openapi.json, interactive docs at /docs. */
export const openApiPlugin = fp(
  async (app) => {
    registerComponentSchemas();
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'LicenseHub API',
          version: '1.0.0',
          license: { name: 'Proprietary', identifier: 'LicenseRef-LicenseHub' },
          description:
            'Third-party app license management: directory, partner center, marketplace, admin center and the runtime license check. ' +
            'Authenticate with a session cookie (browser; send the x-csrf-token header from GET /api/v1/auth/session on writes) or an API token: `Authorization: Bearer lh_…`. ' +
            "Each operation says who may call it and the API token scope it needs (`x-required-scopes`). Every error is application/problem+json (RFC 9457), " +
            "except under /api/graph, where errors are Microsoft Graph's error object.",
        },
        servers: [{ url: app.config.publicUrl, description: 'This LicenseHub server' }],
        components: {
          securitySchemes: {
            apiToken: { type: 'http', scheme: 'bearer', description: 'An API token created under Account → API tokens; its scopes limit what it may do' },
            session: { type: 'apiKey', in: 'cookie', name: 'lh_session', description: 'The browser session cookie set by POST /api/v1/auth/sign-in' },
          },
        },
        security: [{ apiToken: [] }, { session: [] }],
      },
      transform: (input) => {
        // SCIM describes itself, as RFC 7644 asks (ServiceProviderConfig, ResourceTypes, Schemas): it is not part of this API's document.
        if (input.url.startsWith('/scim/')) return { schema: { hide: true }, url: input.url } as never;
        const result = zodTransform(input) as { schema: Json; url: string };
        const access = input.route.config?.access;
        if (access && result.schema && !result.schema.hide) result.schema[ACCESS_KEY] = access;
        return result as never;
      },
      transformObject: (input) => completeDocument(zodTransformObject(input) as Json) as never,
    });
    await app.register(swaggerUi, { routePrefix: '/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });
    app.get('/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () => app.swagger());
  },
  { name: 'openapi', dependencies: ['services'] },
);
