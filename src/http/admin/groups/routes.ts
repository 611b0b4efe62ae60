import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addGroupMember } from '../../../commands/directory/addGroupMember.js';
import { createGroup } from '../../../commands/directory/createGroup.js';
import { deleteGroup } from '../../../commands/directory/deleteGroup.js';
import { removeGroupMember } from '../../../commands/directory/removeGroupMember.js';
import { updateGroup } from '../../../commands/directory/updateGroup.js';
import { notFound } from '../../../domain/problems.js';
import { findGroup, listGroupMembers, listGroups, listParentGroups } from '../../../store/directory/groups.js';
import { scopeOf } from '../../plugins/authentication.js';
import { page, problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import {
  addMemberBody,
  createGroupBody,
  groupDetailSchema,
  groupParams,
  groupSchema,
  listGroupsQuery,
  memberParams,
  memberSchema,
  presentGroup,
  presentMember,
  updateGroupBody,
} from './schema.js';

/** Admin Center → Groups: security groups and their (possibly nested) members. */
export const groupRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/groups';
  const tags = ['directory'];

  app.get(
    base,
    {
      schema: { tags, operationId: 'listGroups', summary: 'List security groups', params: tenantParams, querystring: listGroupsQuery, response: { 200: page(groupSchema), ...problems(400, 401, 403, 404) } },
      config: { access: 'group.read' },
    },
    async (request) => {
      const result = await listGroups(app.db, scopeOf(request), request.query);
      return { items: result.items.map(presentGroup), total: result.total };
    },
  );

  app.post(
    base,
    {
      schema: { tags, operationId: 'createGroup', summary: 'Create a security group', params: tenantParams, body: createGroupBody, response: { 201: groupSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'group.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const group = await runCommand(app, request, (ctx) => createGroup(ctx, { scope, ...request.body }));
      reply.code(201);
      return presentGroup(group);
    },
  );

  app.get(
    `${base}/:groupId`,
    {
      schema: { tags, operationId: 'getGroup', summary: 'Get a security group, with the groups it is a member of', params: groupParams, response: { 200: groupDetailSchema, ...problems(401, 403, 404) } },
      config: { access: 'group.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const group = await findGroup(app.db, scope, request.params.groupId);
      if (!group) throw notFound(`Group ${request.params.groupId}`);
      const parents = await listParentGroups(app.db, scope, group.id);
      return { ...presentGroup(group), memberOf: parents.map((p) => ({ id: p.id, displayName: p.display_name })) };
    },
  );

  app.patch(
    `${base}/:groupId`,
    {
      schema: { tags, operationId: 'updateGroup', summary: 'Rename or describe a group', params: groupParams, body: updateGroupBody, response: { 200: groupSchema, ...problems(400, 401, 403, 404, 409) } },
      config: { access: 'group.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const group = await runCommand(app, request, (ctx) => updateGroup(ctx, { scope, groupId: request.params.groupId, changes: request.body }));
      return presentGroup(group);
    },
  );

  app.delete(
    `${base}/:groupId`,
    {
      schema: { tags, operationId: 'deleteGroup', summary: 'Delete a group (its members stay in the directory)', params: groupParams, response: { 204: z.null(), ...problems(401, 403, 404) } },
      config: { access: 'group.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => deleteGroup(ctx, { scope, groupId: request.params.groupId }));
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/:groupId/members`,
    {
      schema: { tags, operationId: 'listGroupMembers', summary: 'List direct members (users and nested groups)', params: groupParams, response: { 200: z.object({ items: z.array(memberSchema) }), ...problems(401, 403, 404) } },
      config: { access: 'group.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      if (!(await findGroup(app.db, scope, request.params.groupId))) throw notFound(`Group ${request.params.groupId}`);
      return { items: (await listGroupMembers(app.db, scope, request.params.groupId)).map(presentMember) };
    },
  );

  app.post(
    `${base}/:groupId/members`,
    {
      schema: {
        tags,
        operationId: 'addGroupMember',
        summary: 'Add a user or a nested group',
        description: 'Nesting that would make a group contain itself is refused with 409.',
        params: groupParams,
        body: addMemberBody,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'group.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => addGroupMember(ctx, { scope, groupId: request.params.groupId, ...request.body }));
      return reply.code(204).send(null);
    },
  );

  app.delete(
    `${base}/:groupId/members/:memberId`,
    {
      schema: { tags, operationId: 'removeGroupMember', summary: 'Remove a member', params: memberParams, response: { 204: z.null(), ...problems(401, 403, 404) } },
      config: { access: 'group.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => removeGroupMember(ctx, { scope, groupId: request.params.groupId, memberId: request.params.memberId }));
      return reply.code(204).send(null);
    },
  );
};
