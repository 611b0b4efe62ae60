import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createEnvironment } from '../../../commands/environments/createEnvironment.js';
import { deleteEnvironment } from '../../../commands/environments/deleteEnvironment.js';
import { installApp } from '../../../commands/environments/installApp.js';
import { renameEnvironment } from '../../../commands/environments/renameEnvironment.js';
import { uninstallApp } from '../../../commands/environments/uninstallApp.js';
import { updateInstalledApp } from '../../../commands/environments/updateInstalledApp.js';
import { notFound } from '../../../domain/problems.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import { findEnvironment, listEnvironments, listInstalledApps } from '../../../store/licensing/environments.js';
import { problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { environmentBody, environmentParams, environmentSchema, installBody, installationParams, installedAppSchema, presentEnvironment, presentInstalledApp } from './schema.js';

/** Admin Center → Environments: where the tenant's apps are installed ("Install this product"). */
export const environmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/environments';
  const tags = ['environments'];

  const environmentOrThrow = async (scope: TenantScope, environmentId: string) => {
    const environment = await findEnvironment(app.db, scope, environmentId);
    if (!environment) throw notFound(`Environment ${environmentId}`);
    return environment;
  };
  const installedApp = async (scope: TenantScope, environmentId: string, installationId: string) => {
    const installed = (await listInstalledApps(app.db, scope, environmentId)).find((a) => a.id === installationId);
    if (!installed) throw notFound(`Installed app ${installationId}`);
    return presentInstalledApp(installed);
  };

  app.get(
    base,
    {
      schema: { tags, operationId: 'listEnvironments', summary: "List the tenant's environments (a default one always exists)", params: tenantParams, response: { 200: z.object({ items: z.array(environmentSchema) }), ...problems(401, 403, 404) } },
      config: { access: 'environment.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const items = await listEnvironments(app.db, scope);
      return { items: items.map(presentEnvironment) };
    },
  );

  app.post(
    base,
    {
      schema: { tags, operationId: 'createEnvironment', summary: 'Create an environment', params: tenantParams, body: environmentBody, response: { 201: environmentSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'environment.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const id = await runCommand(app, request, (ctx) => createEnvironment(ctx, { scope, name: request.body.name }));
      reply.code(201);
      return presentEnvironment(await environmentOrThrow(scope, id));
    },
  );

  app.patch(
    `${base}/:environmentId`,
    {
      schema: { tags, operationId: 'renameEnvironment', summary: 'Rename an environment', params: environmentParams, body: environmentBody, response: { 200: environmentSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'environment.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => renameEnvironment(ctx, { scope, environmentId: request.params.environmentId, name: request.body.name }));
      return presentEnvironment(await environmentOrThrow(scope, request.params.environmentId));
    },
  );

  app.delete(
    `${base}/:environmentId`,
    {
      schema: { tags, operationId: 'deleteEnvironment', summary: 'Delete an environment without installed apps (not the default one)', params: environmentParams, response: { 204: z.null(), ...problems(401, 403, 404, 409) } },
      config: { access: 'environment.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => deleteEnvironment(ctx, { scope, environmentId: request.params.environmentId }));
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/:environmentId/apps`,
    {
      schema: { tags, operationId: 'listInstalledApps', summary: 'List the apps installed in an environment', params: environmentParams, response: { 200: z.object({ items: z.array(installedAppSchema) }), ...problems(401, 403, 404) } },
      config: { access: 'environment.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await environmentOrThrow(scope, request.params.environmentId);
      return { items: (await listInstalledApps(app.db, scope, request.params.environmentId)).map(presentInstalledApp) };
    },
  );

  app.post(
    `${base}/:environmentId/apps`,
    {
      schema: {
        tags,
        operationId: 'installApp',
        summary: "Install an offer's app (its current published package)",
        description: 'Allowed when the offer does not need licenses, allows installing without them, or your organization holds at least one license of it; refused with the reason otherwise.',
        params: environmentParams,
        body: installBody,
        response: { 201: installedAppSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'environment.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { environmentId } = request.params;
      const id = await runCommand(app, request, (ctx) => installApp(ctx, { scope, environmentId, offerId: request.body.offerId, installedBy: actorOf(request).userId }));
      reply.code(201);
      return installedApp(scope, environmentId, id);
    },
  );

  app.post(
    `${base}/:environmentId/apps/:installationId/update`,
    {
      schema: { tags, operationId: 'updateInstalledApp', summary: 'Update an installed app to the current package version', params: installationParams, response: { 200: installedAppSchema, ...problems(401, 403, 404, 409) } },
      config: { access: 'environment.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { environmentId, installationId } = request.params;
      await runCommand(app, request, (ctx) => updateInstalledApp(ctx, { scope, environmentId, installationId }));
      return installedApp(scope, environmentId, installationId);
    },
  );

  app.delete(
    `${base}/:environmentId/apps/:installationId`,
    {
      schema: { tags, operationId: 'uninstallApp', summary: 'Uninstall an app', params: installationParams, response: { 204: z.null(), ...problems(401, 403, 404) } },
      config: { access: 'environment.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { environmentId, installationId } = request.params;
      await runCommand(app, request, (ctx) => uninstallApp(ctx, { scope, environmentId, installationId }));
      return reply.code(204).send(null);
    },
  );
};
