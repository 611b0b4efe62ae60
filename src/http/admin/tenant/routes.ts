import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { updateTenant } from '../../../commands/operator/updateTenant.js';
import { listAuditActions, listAuditEvents } from '../../../store/audit.js';
import { getOwnTenant } from '../../../store/directory/tenants.js';
import { scopeOf } from '../../plugins/authentication.js';
import { countryCode, displayName, isoDate, page, pagination, problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { presentTenant, tenantSchema } from '../../operator/tenants/schema.js';

const auditEventSchema = z.object({
  id: z.number(),
  actor: z.object({ userId: z.string().nullable(), displayName: z.string() }),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  summary: z.string(),
  detail: z.record(z.string(), z.unknown()),
  occurredAt: isoDate,
});

const auditQuery = z.strictObject({
  action: z.string().trim().max(100).optional().describe('Action or action prefix, e.g. "user." or "group.member_added"'),
  targetType: z.string().trim().max(50).optional(),
  since: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional(),
  until: z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }).optional(),
  ...pagination,
});

/** The caller's own tenant: its profile and its audit log. */
export const tenantRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['tenant'];

  app.get(
    '/api/v1/tenants/:tenantId',
    {
      schema: { tags, operationId: 'getTenantSettings', summary: "Get the caller's tenant", params: tenantParams, response: { 200: tenantSchema, ...problems(401, 403, 404) } },
      config: { access: 'tenant.read' },
    },
    async (request) => presentTenant(await getOwnTenant(app.db, scopeOf(request))),
  );

  app.patch(
    '/api/v1/tenants/:tenantId',
    {
      schema: {
        tags,
        operationId: 'updateTenantSettings',
        summary: "Update the tenant's name, country or security settings (Global admin)",
        description:
          'requireMfaForAdmins: every admin of the tenant must sign in with an authenticator app; admins who have none set one up at their next sign-in.',
        params: tenantParams,
        body: z
          .strictObject({ displayName: displayName(256).optional(), country: countryCode.optional(), requireMfaForAdmins: z.boolean().optional() })
          .refine((b) => Object.values(b).some((v) => v !== undefined), { message: 'send displayName, country or requireMfaForAdmins' }),
        response: { 200: tenantSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'tenant.update' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return presentTenant(await runCommand(app, request, (ctx) => updateTenant(ctx, { tenantId: scope.tenantId, changes: request.body })));
    },
  );

  app.get(
    '/api/v1/tenants/:tenantId/audit/actions',
    {
      schema: { tags, operationId: 'listAuditActions', summary: "The actions that appear in the tenant's audit log, for filters", params: tenantParams, response: { 200: z.object({ items: z.array(z.string()) }), ...problems(401, 403, 404) } },
      config: { access: 'audit.read' },
    },
    async (request) => ({ items: await listAuditActions(app.db, scopeOf(request)) }),
  );

  app.get(
    '/api/v1/tenants/:tenantId/audit',
    {
      schema: { tags, operationId: 'listAuditEvents', summary: "The tenant's audit log, newest first", params: tenantParams, querystring: auditQuery, response: { 200: page(auditEventSchema), ...problems(400, 401, 403, 404) } },
      config: { access: 'audit.read' },
    },
    async (request) => {
      const { since, until, ...rest } = request.query;
      const result = await listAuditEvents(app.db, scopeOf(request), {
        ...rest,
        since: since ? new Date(since) : undefined,
        until: until ? new Date(until) : undefined,
      });
      return {
        total: result.total,
        items: result.items.map((e) => ({
          id: Number(e.id),
          actor: { userId: e.actor_user_id, displayName: e.actor_name },
          action: e.action,
          targetType: e.target_type,
          targetId: e.target_id,
          summary: e.summary,
          detail: e.detail,
          occurredAt: e.occurred_at.toISOString(),
        })),
      };
    },
  );
};
