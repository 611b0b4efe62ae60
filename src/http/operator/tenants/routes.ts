import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createTenant } from '../../../commands/operator/createTenant.js';
import { deleteTenant } from '../../../commands/operator/deleteTenant.js';
import { updateTenant } from '../../../commands/operator/updateTenant.js';
import { notFound } from '../../../domain/problems.js';
import { operatorTenantQueries } from '../../../store/directory/tenants.js';
import { page, problems } from '../../common/schemas.js';
import { hashPassword } from '../../../identity/passwords.js';
import { runCommand } from '../../common/runCommand.js';
import { createTenantBody, listTenantsQuery, operatorTenantParams, presentTenant, tenantSchema, updateTenantBody } from './schema.js';

/** Operator console → Tenants: every customer and publisher on the platform. */
export const operatorTenantRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/operator/tenants';
  const tags = ['operator'];

  app.get(
    base,
    {
      schema: { tags, operationId: 'listTenants', summary: 'List tenants', querystring: listTenantsQuery, response: { 200: page(tenantSchema), ...problems(400, 401, 403) } },
      config: { access: 'operator.tenants.read' },
    },
    async (request) => {
      const result = await operatorTenantQueries.list(app.db, request.query);
      return { items: result.items.map(presentTenant), total: result.total };
    },
  );

  app.post(
    base,
    {
      schema: { tags, operationId: 'createTenant', summary: 'Create a tenant with its first Global admin', body: createTenantBody, response: { 201: tenantSchema, ...problems(400, 401, 403, 409) } },
      config: { access: 'operator.tenants.write' },
    },
    async (request, reply) => {
      // Hashed before the transaction opens: on the embedded database a transaction holds the only connection.
      const { admin } = request.body;
      const passwordHash = admin.password ? await hashPassword(admin.password) : undefined;
      const tenant = await runCommand(app, request, (ctx) => createTenant(ctx, { ...request.body, admin: { ...admin, passwordHash } }));
      reply.code(201);
      return presentTenant(tenant);
    },
  );

  app.get(
    `${base}/:tenantId`,
    {
      schema: { tags, operationId: 'getTenant', summary: 'Get a tenant', params: operatorTenantParams, response: { 200: tenantSchema, ...problems(401, 403, 404) } },
      config: { access: 'operator.tenants.read' },
    },
    async (request) => {
      const tenant = await operatorTenantQueries.find(app.db, request.params.tenantId);
      if (!tenant) throw notFound(`Tenant ${request.params.tenantId}`);
      return presentTenant(tenant);
    },
  );

  app.patch(
    `${base}/:tenantId`,
    {
      schema: { tags, operationId: 'updateTenant', summary: 'Update a tenant (name, country, publisher status, partner ID)', params: operatorTenantParams, body: updateTenantBody, response: { 200: tenantSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'operator.tenants.write' },
    },
    async (request) =>
      presentTenant(await runCommand(app, request, (ctx) => updateTenant(ctx, { tenantId: request.params.tenantId, changes: request.body }))),
  );

  app.delete(
    `${base}/:tenantId`,
    {
      schema: { tags, operationId: 'deleteTenant', summary: 'Delete a tenant and all of its data', params: operatorTenantParams, response: { 204: z.null(), ...problems(401, 403, 404, 409) } },
      config: { access: 'operator.tenants.write' },
    },
    async (request, reply) => {
      await runCommand(app, request, (ctx) => deleteTenant(ctx, { tenantId: request.params.tenantId }));
      return reply.code(204).send(null);
    },
  );
};
