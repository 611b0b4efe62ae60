import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createUser } from '../../../commands/directory/createUser.js';
import { deleteUser } from '../../../commands/directory/deleteUser.js';
import { setUserRoles } from '../../../commands/directory/setUserRoles.js';
import { updateUser } from '../../../commands/directory/updateUser.js';
import { removeMfa } from '../../../commands/identity/removeMfa.js';
import { DomainError, notFound } from '../../../domain/problems.js';
import { findUser, listUsers, usersInBatches, type UserRecord } from '../../../store/directory/users.js';
import { licenseSummariesOfUsers } from '../../../store/licensing/licenseSummaries.js';
import { csvCell } from '../../../domain/csv.js';
import { Readable } from 'node:stream';
import { USER_CSV_HEADER, userCsvRow } from './csvRows.js';
import { getOwnTenant } from '../../../store/directory/tenants.js';
import { authorizeRoleGrant, authorizeUserTarget, type UserTargetAction } from '../../../policies/userTarget.js';
import type { FastifyRequest } from 'fastify';
import { listGroupsOfUser } from '../../../store/directory/groups.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { csvFileRefusal, fileBody, page, problems, tenantParams } from '../../common/schemas.js';
import { hashPassword } from '../../../identity/passwords.js';
import { runCommand, runCommandOffThread } from '../../common/runCommand.js';
import {
  createUserBody,
  exportUsersQuery,
  importQuery,
  importResult,
  listedUserSchema,
  listUsersQuery,
  presentListedUser,
  presentUser,
  setRolesBody,
  updateUserBody,
  userParams,
  userSchema,
} from './schema.js';

const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** Admin Center → Users: the tenant's directory of people. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  // CSV uploads arrive as text/csv; the import decodes and checks the bytes itself.
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_req, body, done) => done(null, body));

  const base = '/api/v1/tenants/:tenantId/users';

  /** The person an action aims at, once the caller is known to be allowed to aim it at them. */
  async function authorizedTarget(request: FastifyRequest, userId: string, actions: UserTargetAction[]): Promise<UserRecord> {
    const scope = scopeOf(request);
    const user = await findUser(app.db, scope, userId);
    if (!user) throw notFound(`User ${userId}`);
    const { kind } = await getOwnTenant(app.db, scope);
    for (const action of actions) authorizeUserTarget(actorOf(request), action, { roles: user.roles, tenantKind: kind });
    return user;
  }
  const tags = ['directory'];

  app.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listUsers',
        summary: 'List users, with the products each holds',
        description: 'Filter by licensed=true|false (holds any product or none) and planId (holds that product). Each user comes with their licenses and how they hold them (directly or through which group).',
        params: tenantParams,
        querystring: listUsersQuery,
        response: { 200: page(listedUserSchema), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'user.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const result = await listUsers(app.db, scope, request.query);
      const licenses = await licenseSummariesOfUsers(app.db, scope, result.items.map((u) => u.id));
      return { items: result.items.map((u) => presentListedUser(u, licenses.get(u.id) ?? [])), total: result.total };
    },
  );

  app.get(
    `${base}/export.csv`,
    {
      schema: {
        tags,
        operationId: 'exportUsers',
        summary: 'Export the users (same filters as the list) as CSV, with their licenses',
        description:
          'Streamed, every matching user (not one page), in the list order. UTF-8 with a header row; Licenses names each product with how it is held, e.g. "Contoso Pro (direct); Fabrikam Basic (Sales)". Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.',
        params: tenantParams,
        querystring: exportUsersQuery,
        'x-file-response': fileBody(['text/csv'], 'The users as CSV (UTF-8)'),
        response: { 200: z.unknown().describe('streamed'), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'user.read' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const db = app.db;
      async function* csv() {
        yield '\ufeff' + USER_CSV_HEADER.join(',') + '\r\n';
        for await (const batch of usersInBatches(db, scope, request.query)) {
          const licenses = await licenseSummariesOfUsers(db, scope, batch.map((u) => u.id));
          yield batch.map((u) => userCsvRow(u, licenses.get(u.id) ?? []).map(csvCell).join(',') + '\r\n').join('');
        }
      }
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="users-${app.clock.now().toISOString().slice(0, 10)}.csv"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(csv()));
    },
  );

  app.post(
    base,
    {
      schema: { tags, operationId: 'createUser', summary: 'Create a user', params: tenantParams, body: createUserBody, response: { 201: userSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'user.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { kind } = await getOwnTenant(app.db, scope);
      const actor = actorOf(request);
      authorizeRoleGrant(actor, request.body.roles, kind);
      // Creating someone is managing a user without admin roles (the operator's tenant: operators only).
      authorizeUserTarget(actor, 'user.update', { roles: [], tenantKind: kind });
      // Hashed before the transaction opens: on the embedded database a transaction holds the only connection.
      const passwordHash = request.body.password ? await hashPassword(request.body.password) : undefined;
      const user = await runCommand(app, request, (ctx) => createUser(ctx, { scope, ...request.body, passwordHash }));
      reply.code(201);
      return presentUser(user);
    },
  );

  app.post(
    `${base}/import`,
    {
      schema: {
        tags,
        operationId: 'importUsers',
        summary: 'Import users from CSV',
        description:
          'Send the CSV as the body with Content-Type: text/csv (UTF-8). Columns: User principal name, Display name, Usage location (optional), Enabled (optional). ' +
          'Valid rows are created; every rejected row is reported with its line number and reasons. Use ?dryRun=true to check a file without creating anyone.',
        params: tenantParams,
        querystring: importQuery,
        'x-file-body': fileBody(['text/csv'], 'The CSV file (UTF-8)'),
        response: { 200: importResult, ...problems(401, 403, 404, 409, 413, 415, 422, 429, 503), 400: csvFileRefusal },
      },
      config: { access: 'user.write' },
    },
    async (request) => {
      const body = request.body;
      if (!Buffer.isBuffer(body)) {
        throw new DomainError(415, 'Unsupported media type', 'Send the CSV file as the request body with Content-Type: text/csv');
      }
      const scope = scopeOf(request);
      const { kind, primaryDomain: tenantDomain } = await getOwnTenant(app.db, scope);
      authorizeUserTarget(actorOf(request), 'user.update', { roles: [], tenantKind: kind });
      // Parsing and checking up to 5,000 rows happens on a worker thread, within the tenant's budget.
      const plan = await app.heavyWork.run(
        'planUserImport',
        { csv: new Uint8Array(body.buffer, body.byteOffset, body.byteLength), tenantDomain },
        { tenantId: scope.tenantId, what: 'the CSV file', remedy: 'split it into smaller files and import them one by one' },
      );
      return runCommandOffThread(app, request, 'importUsers', { scope, planned: { plan, tenantDomain }, dryRun: request.query.dryRun });
    },
  );

  app.get(
    `${base}/:userId`,
    {
      schema: {
        tags,
        operationId: 'getUser',
        summary: 'Get a user, with the groups they belong to',
        params: userParams,
        response: { 200: userSchema.extend({ groups: z.array(z.object({ id: z.string().meta({ format: 'uuid' }), displayName: z.string() })) }), ...problems(401, 403, 404) },
      },
      config: { access: 'user.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const user = await findUser(app.db, scope, request.params.userId);
      if (!user) throw notFound(`User ${request.params.userId}`);
      const groups = await listGroupsOfUser(app.db, scope, user.id);
      return { ...presentUser(user), groups: groups.map((g) => ({ id: g.id, displayName: g.display_name })) };
    },
  );

  app.patch(
    `${base}/:userId`,
    {
      schema: { tags, operationId: 'updateUser', summary: 'Update a user (name, location, enabled, password reset)', params: userParams, body: updateUserBody, response: { 200: userSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'user.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { password, enabled, ...profile } = request.body;
      const actions: UserTargetAction[] = [];
      if (Object.values(profile).some((v) => v !== undefined)) actions.push('user.update');
      if (password !== undefined) actions.push('user.resetPassword');
      if (enabled !== undefined) actions.push(enabled ? 'user.enable' : 'user.disable');
      await authorizedTarget(request, request.params.userId, actions);
      const passwordHash = password !== undefined ? await hashPassword(password) : undefined;
      const user = await runCommand(app, request, (ctx) =>
        updateUser(ctx, { scope, userId: request.params.userId, actingUserId: actorOf(request).userId, changes: request.body, passwordHash }),
      );
      return presentUser(user);
    },
  );

  app.put(
    `${base}/:userId/roles`,
    {
      schema: { tags, operationId: 'setUserRoles', summary: "Set a user's admin roles", params: userParams, body: setRolesBody, response: { 200: userSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'user.roles' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const target = await authorizedTarget(request, request.params.userId, ['user.setRoles']);
      const { kind } = await getOwnTenant(app.db, scope);
      // Taking the operator role away is as much an operator's decision as giving it.
      const changed = [...new Set([...request.body.roles, ...target.roles])].filter((r) => request.body.roles.includes(r) !== target.roles.includes(r));
      authorizeRoleGrant(actorOf(request), changed, kind);
      const user = await runCommand(app, request, (ctx) => setUserRoles(ctx, { scope, userId: request.params.userId, roles: request.body.roles }));
      return presentUser(user);
    },
  );

  app.delete(
    `${base}/:userId/mfa`,
    {
      schema: {
        tags,
        operationId: 'resetUserMfa',
        summary: "Reset a user's multi-factor authentication (lost device): their authenticator app and recovery codes are removed and their sessions and API tokens end",
        description: 'Where MFA is required, the user sets up a new authenticator app at their next sign-in. Only a Global admin resets an admin.',
        params: userParams,
        response: { 204: z.null(), ...problems(401, 403, 404, 409) },
      },
      config: { access: 'user.write' },
    },
    async (request, reply) => {
      const target = await authorizedTarget(request, request.params.userId, ['user.resetMfa']);
      await runCommand(app, request, (ctx) => removeMfa(ctx, { userId: target.id, tenantId: target.tenantId, targetName: target.userPrincipalName, byAdmin: true }));
      return reply.code(204).send(null);
    },
  );

  app.delete(
    `${base}/:userId`,
    {
      schema: { tags, operationId: 'deleteUser', summary: 'Delete a user', params: userParams, response: { 204: z.null(), ...problems(401, 403, 404, 409) } },
      config: { access: 'user.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await authorizedTarget(request, request.params.userId, ['user.delete']);
      await runCommand(app, request, (ctx) => deleteUser(ctx, { scope, userId: request.params.userId, actingUserId: actorOf(request).userId }));
      return reply.code(204).send(null);
    },
  );
};
