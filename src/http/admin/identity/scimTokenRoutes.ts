import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createScimToken, revokeScimToken } from '../../../commands/scim/scimTokens.js';
import { listProvisioning } from '../../../store/scim/provisioningLog.js';
import { listScimTokens } from '../../../store/scim/scimTokens.js';
import { runCommand } from '../../common/runCommand.js';
import { displayName, guid, isoDate, page, pagination, problems, tenantParams } from '../../common/schemas.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { SCIM_PREFIX } from '../../scim/routes.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

const scimToken = z.object({
  id: z.string().meta({ format: 'uuid' }),
  name: z.string(),
  prefix: z.string(),
  scopes: z.array(z.literal('scim')),
  createdBy: z.string(),
  createdAt: isoDate,
  lastUsedAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
});

const operation = z.object({
  id: z.string().meta({ format: 'uuid' }),
  method: z.string(),
  path: z.string(),
  resourceType: z.string().nullable(),
  resourceId: z.string().nullable(),
  status: z.number().int(),
  outcome: z.string(),
  durationMs: z.number().int(),
  occurredAt: isoDate,
});

/**
 * Admin Center → Identity → Provisioning: the SCIM URL and tokens to paste
 * into Entra ID or Okta, and the log of what they did.
 */
export const scimTokenRoutes: FastifyPluginAsyncZod = async (app) => {
  const scimUrl = (tenantId: string) => `${app.config.publicUrl}${SCIM_PREFIX}/${tenantId}`;

  app.get(
    '/api/v1/tenants/:tenantId/scim/tokens',
    {
      schema: { operationId: 'listScimTokens',
        tags: ['identity'],
        summary: "The tenant's SCIM URL (Tenant URL in Entra ID, SCIM connector base URL in Okta) and its SCIM tokens, never their secrets",
        params: tenantParams,
        response: { 200: z.object({ scimUrl: z.string(), items: z.array(scimToken) }), ...problems(401, 403, 404) },
      },
      config: { access: 'identity.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const rows = await listScimTokens(app.db, scope.tenantId);
      return {
        scimUrl: scimUrl(scope.tenantId),
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          prefix: r.prefix,
          scopes: ['scim' as const],
          createdBy: r.created_by_name,
          createdAt: r.created_at.toISOString(),
          lastUsedAt: iso(r.last_used_at),
          revokedAt: iso(r.revoked_at),
        })),
      };
    },
  );

  app.post(
    '/api/v1/tenants/:tenantId/scim/tokens',
    {
      schema: { operationId: 'createScimToken',
        tags: ['identity'],
        summary: 'Create a SCIM token for the identity provider; the secret is shown once in this response',
        params: tenantParams,
        body: z.object({ name: displayName(100) }).strict(),
        response: { 201: scimToken.extend({ token: z.string(), scimUrl: z.string() }), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'identity.manage' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const actor = actorOf(request);
      const created = await runCommand(app, request, (ctx) => createScimToken(ctx, { scope, name: request.body.name, createdByName: actor.displayName }));
      reply.code(201);
      return {
        id: created.id,
        token: created.token,
        name: created.name,
        prefix: created.prefix,
        scopes: ['scim' as const],
        createdBy: actor.displayName,
        createdAt: created.createdAt.toISOString(),
        lastUsedAt: null,
        revokedAt: null,
        scimUrl: scimUrl(scope.tenantId),
      };
    },
  );

  app.delete(
    '/api/v1/tenants/:tenantId/scim/tokens/:tokenId',
    {
      schema: { operationId: 'revokeScimToken',
        tags: ['identity'],
        summary: 'Revoke a SCIM token: the identity provider is refused from its next request on',
        params: tenantParams.extend({ tokenId: guid('SCIM token ID') }),
        response: { 204: z.null(), ...problems(401, 403, 404) },
      },
      config: { access: 'identity.manage' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => revokeScimToken(ctx, { scope, tokenId: request.params.tokenId }));
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/api/v1/tenants/:tenantId/scim/operations',
    {
      schema: { operationId: 'listScimOperations',
        tags: ['identity'],
        summary: 'The provisioning log: recent SCIM requests with their outcome, newest first',
        params: tenantParams,
        querystring: z.object({ ...pagination, failed: z.enum(['true', 'false']).optional() }).strict(),
        response: { 200: page(operation), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'identity.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const result = await listProvisioning(app.db, scope.tenantId, { ...request.query, failedOnly: request.query.failed === 'true' });
      return {
        total: result.total,
        items: result.items.map((r) => ({
          id: String(r.id),
          method: r.method,
          path: r.path,
          resourceType: r.resource_type,
          resourceId: r.resource_id,
          status: r.status,
          outcome: r.outcome,
          durationMs: r.duration_ms,
          occurredAt: r.occurred_at.toISOString(),
        })),
      };
    },
  );
};
