import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createScimGroup, replaceScimGroup } from '../../commands/scim/provisionGroup.js';
import { createScimUser, replaceScimUser } from '../../commands/scim/provisionUser.js';
import { deprovisionUser } from '../../commands/scim/deprovisionUser.js';
import { deleteGroup } from '../../commands/directory/deleteGroup.js';
import { notFound } from '../../domain/problems.js';
import { parseFilter, ScimFilterError, type FilterNode } from '../../domain/scim/filter.js';
import { scimInvalid } from '../../domain/scim/errors.js';
import { readScimGroup, scimGroup } from '../../domain/scim/groupResource.js';
import { applyPatch, readPatch } from '../../domain/scim/patch.js';
import { resourceTypeDocuments, schemaDocuments, SCHEMA, SCIM_CONTENT_TYPE, serviceProviderConfig } from '../../domain/scim/schemas.js';
import { readScimUser, scimUser } from '../../domain/scim/userResource.js';
import { authorizeScim } from '../../policies/scim.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { findScimGroup, findScimUser, listScimGroups, listScimUsers, scimGroupMembers } from '../../store/scim/scimDirectory.js';
import { recordProvisioning } from '../../store/scim/provisioningLog.js';
import { findScimToken, touchScimToken } from '../../store/scim/scimTokens.js';
import { runUseCase as runAs } from '../../commands/runUseCase.js';
import type { AuditActor } from '../../store/audit.js';

/**
 * SCIM 2.0 (RFC 7643/7644) per tenant at /scim/v2/{tenantId}: what Entra ID's
 * and Okta's provisioning clients call. Authenticated by the tenant's SCIM
 * token (policies/scim.ts), every change made by the directory's commands in
 * one transaction, every error in SCIM's error schema (plugins/problems.ts),
 * every request written to the provisioning log with its outcome.
 */
export const SCIM_PREFIX = '/scim/v2';

interface ScimRequestState {
  scope: TenantScope;
  tokenId: string;
  actor: AuditActor;
  started: number;
  resourceType: string | null;
  resourceId: string | null;
  outcome: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    scim: ScimRequestState | null;
  }
}

type Params = { tenantId: string; id?: string };

export async function scimRoutes(app: FastifyInstance) {
  const limits = app.config.scim;
  app.decorateRequest('scim', null);
  // Providers send application/scim+json (Okta) or application/json (Entra ID); both are JSON.
  app.addContentTypeParser(['application/scim+json'], { parseAs: 'string', bodyLimit: limits.maxBodyBytes }, app.getDefaultJsonParser('error', 'error'));

  const baseOf = (tenantId: string) => `${app.config.publicUrl}${SCIM_PREFIX}/${tenantId}`;

  app.addHook('onRequest', async (request: FastifyRequest<{ Params: Params }>) => {
    const started = performance.now();
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    const token = match ? await findScimToken(app.db, match[1]!) : null;
    const scope = authorizeScim(token, request.params.tenantId);
    request.scim = {
      scope,
      tokenId: token!.id,
      actor: { userId: null, displayName: `SCIM provisioning (${token!.name})` },
      started,
      resourceType: null,
      resourceId: null,
      outcome: null,
    };
    touchScimToken(app.db, token!, app.clock.now()).catch((error) => request.log.warn({ err: error }, 'could not record SCIM token use'));
  });

  app.addHook('onSend', async (request, reply, payload) => {
    // Success and errors alike: the provisioning log keeps what happened.
    const state = request.scim;
    if (!state) return payload;
    const status = reply.statusCode;
    let outcome = state.outcome;
    if (status >= 400 && typeof payload === 'string') {
      try {
        outcome = (JSON.parse(payload) as { detail?: string }).detail ?? outcome;
      } catch {
        /* not JSON: keep what the handler said */
      }
    }
    await recordProvisioning(app.db, {
      tenantId: state.scope.tenantId,
      tokenId: state.tokenId,
      method: request.method,
      path: request.url.slice(SCIM_PREFIX.length + 1 + state.scope.tenantId.length),
      resourceType: state.resourceType,
      resourceId: state.resourceId,
      status,
      outcome: outcome ?? (status < 400 ? 'OK' : 'Failed'),
      durationMs: performance.now() - state.started,
      at: app.clock.now(),
    }).catch((error) => request.log.warn({ err: error }, 'could not write the provisioning log'));
    return payload;
  });

  const send = (reply: FastifyReply, status: number, body: unknown) => reply.code(status).type(`${SCIM_CONTENT_TYPE}; charset=utf-8`).send(body);
  const note = (request: FastifyRequest, resourceType: string, resourceId: string | null, outcome: string) => {
    Object.assign(request.scim!, { resourceType, resourceId, outcome });
  };
  const scopeOf = (request: FastifyRequest) => request.scim!.scope;
  const write = <T>(request: FastifyRequest, work: Parameters<typeof runAs<T>>[2]) => runAs(app, request.scim!.actor, work);
  const bodyLimit = limits.maxBodyBytes;

  // Discovery (RFC 7644 §4).
  app.get<{ Params: Params }>('/ServiceProviderConfig', async (request, reply) =>
    send(reply, 200, serviceProviderConfig(baseOf(request.params.tenantId), limits, `${app.config.publicUrl}/docs/identity`)),
  );
  app.get<{ Params: Params }>('/ResourceTypes', async (request, reply) => send(reply, 200, listResponse(resourceTypeDocuments(baseOf(request.params.tenantId)), 1, 2)));
  app.get<{ Params: Params }>('/ResourceTypes/:id', async (request, reply) => {
    const found = resourceTypeDocuments(baseOf(request.params.tenantId)).find((r) => r.id === request.params.id);
    if (!found) throw notFound(`Resource type ${request.params.id}`);
    return send(reply, 200, found);
  });
  app.get<{ Params: Params }>('/Schemas', async (request, reply) => {
    const all = schemaDocuments(baseOf(request.params.tenantId));
    return send(reply, 200, listResponse(all, 1, all.length));
  });
  app.get<{ Params: Params }>('/Schemas/:id', async (request, reply) => {
    const found = schemaDocuments(baseOf(request.params.tenantId)).find((s) => s.id === request.params.id);
    if (!found) throw notFound(`Schema ${request.params.id}`);
    return send(reply, 200, found);
  });

  // Users.
  app.get<{ Params: Params; Querystring: Record<string, string> }>('/Users', async (request, reply) => {
    const { filter, page, projection } = listQuery(request.query, limits.maxResults);
    const result = await listScimUsers(app.db, scopeOf(request).tenantId, filter, page);
    note(request, 'User', null, `Listed users${request.query.filter ? ` matching ${request.query.filter}` : ''}: ${result.total} found`);
    const base = baseOf(request.params.tenantId);
    return send(reply, 200, listResponse(result.items.map((u) => projection(scimUser(u, base))), page.startIndex, result.total));
  });

  app.get<{ Params: Params; Querystring: Record<string, string> }>('/Users/:id', async (request, reply) => {
    const user = await findScimUser(app.db, scopeOf(request).tenantId, request.params.id!);
    if (!user) throw notFound(`User ${request.params.id}`);
    note(request, 'User', user.id, `Read ${user.userPrincipalName}`);
    return send(reply, 200, listQuery(request.query, limits.maxResults).projection(scimUser(user, baseOf(request.params.tenantId))));
  });

  const userReply = async (request: FastifyRequest<{ Params: Params }>, reply: FastifyReply, id: string, status: number) => {
    const user = (await findScimUser(app.db, scopeOf(request).tenantId, id))!;
    const body = scimUser(user, baseOf(request.params.tenantId));
    if (status === 201) reply.header('location', (body.meta as { location: string }).location);
    return send(reply, status, body);
  };

  app.post<{ Params: Params }>('/Users', { bodyLimit }, async (request, reply) => {
    const input = readScimUser(request.body);
    const id = await write(request, (ctx) => createScimUser(ctx, { scope: scopeOf(request), input }));
    note(request, 'User', id, `Created ${input.userName}${input.active ? '' : ' (disabled)'}`);
    return userReply(request, reply, id, 201);
  });

  app.put<{ Params: Params }>('/Users/:id', { bodyLimit }, async (request, reply) => {
    const input = readScimUser(request.body);
    const id = request.params.id!;
    await write(request, async (ctx) => {
      if (!(await findScimUser(ctx.tx, scopeOf(request).tenantId, id))) throw notFound(`User ${id}`);
      await replaceScimUser(ctx, { scope: scopeOf(request), userId: id, input });
    });
    note(request, 'User', id, `Replaced ${input.userName}${input.active ? '' : ' (disabled)'}`);
    return userReply(request, reply, id, 200);
  });

  app.patch<{ Params: Params }>('/Users/:id', { bodyLimit }, async (request, reply) => {
    const operations = readPatch(request.body, 'User', limits.maxPatchOperations);
    const id = request.params.id!;
    const input = await write(request, async (ctx) => {
      const user = await findScimUser(ctx.tx, scopeOf(request).tenantId, id);
      if (!user) throw notFound(`User ${id}`);
      const patched = readScimUser(applyPatch(scimUser(user, baseOf(request.params.tenantId)), operations));
      await replaceScimUser(ctx, { scope: scopeOf(request), userId: id, input: patched });
      return patched;
    });
    note(request, 'User', id, `Patched ${input.userName} (${operations.map((o) => `${o.op} ${'path' in o && o.path ? o.path : Object.keys((o as { value: object }).value).join('+')}`).join(', ').slice(0, 300)})${input.active ? '' : '; disabled'}`);
    return userReply(request, reply, id, 200);
  });

  app.delete<{ Params: Params }>('/Users/:id', async (request, reply) => {
    const id = request.params.id!;
    await write(request, (ctx) => deprovisionUser(ctx, { scope: scopeOf(request), userId: id }));
    note(request, 'User', id, 'Deleted: disabled, sessions and tokens ended, seats released');
    return reply.code(204).send();
  });

  // Groups.
  const groupBody = async (tenantId: string, groupId: string, withMembers: boolean) => {
    const group = await findScimGroup(app.db, tenantId, groupId);
    if (!group) return null;
    const members = withMembers ? (await scimGroupMembers(app.db, tenantId, [groupId])).get(groupId)! : null;
    return scimGroup(group, members, baseOf(tenantId));
  };

  app.get<{ Params: Params; Querystring: Record<string, string> }>('/Groups', async (request, reply) => {
    const { filter, page, projection, wantsMembers } = listQuery(request.query, limits.maxResults);
    const tenantId = scopeOf(request).tenantId;
    const result = await listScimGroups(app.db, tenantId, filter, page);
    const members = wantsMembers ? await scimGroupMembers(app.db, tenantId, result.items.map((g) => g.id)) : null;
    note(request, 'Group', null, `Listed groups${request.query.filter ? ` matching ${request.query.filter}` : ''}: ${result.total} found`);
    const base = baseOf(request.params.tenantId);
    return send(reply, 200, listResponse(result.items.map((g) => projection(scimGroup(g, members?.get(g.id) ?? null, base))), page.startIndex, result.total));
  });

  app.get<{ Params: Params; Querystring: Record<string, string> }>('/Groups/:id', async (request, reply) => {
    const { projection, wantsMembers } = listQuery(request.query, limits.maxResults);
    const body = await groupBody(scopeOf(request).tenantId, request.params.id!, wantsMembers);
    if (!body) throw notFound(`Group ${request.params.id}`);
    note(request, 'Group', request.params.id!, `Read ${body.displayName as string}`);
    return send(reply, 200, projection(body));
  });

  app.post<{ Params: Params }>('/Groups', { bodyLimit }, async (request, reply) => {
    const input = readScimGroup(request.body, limits.maxMembersPerRequest);
    const id = await write(request, (ctx) => createScimGroup(ctx, { scope: scopeOf(request), input }));
    note(request, 'Group', id, `Created group ${input.displayName}${input.memberIds?.length ? ` with ${input.memberIds.length} member(s)` : ''}`);
    const body = (await groupBody(scopeOf(request).tenantId, id, true))!;
    reply.header('location', (body.meta as { location: string }).location);
    return send(reply, 201, body);
  });

  app.put<{ Params: Params }>('/Groups/:id', { bodyLimit }, async (request, reply) => {
    const input = readScimGroup(request.body, limits.maxMembersPerRequest);
    const id = request.params.id!;
    await write(request, (ctx) => replaceScimGroup(ctx, { scope: scopeOf(request), groupId: id, input }));
    note(request, 'Group', id, `Replaced group ${input.displayName}`);
    return send(reply, 200, (await groupBody(scopeOf(request).tenantId, id, true))!);
  });

  app.patch<{ Params: Params }>('/Groups/:id', { bodyLimit }, async (request, reply) => {
    const operations = readPatch(request.body, 'Group', limits.maxPatchOperations);
    const named = operations.reduce((n, o) => n + ('value' in o && Array.isArray(o.value) ? o.value.length : 0), 0);
    if (named > limits.maxMembersPerRequest) {
      throw scimInvalid('tooMany', `A PATCH may name at most ${limits.maxMembersPerRequest} members; this one names ${named}. Send them in several requests`);
    }
    const id = request.params.id!;
    const tenantId = scopeOf(request).tenantId;
    const input = await write(request, async (ctx) => {
      const group = await findScimGroup(ctx.tx, tenantId, id);
      if (!group) throw notFound(`Group ${id}`);
      const members = (await scimGroupMembers(ctx.tx, tenantId, [id])).get(id)!;
      const current = scimGroup(group, members, baseOf(tenantId));
      const patched = readScimGroup(applyPatch(current, operations), Number.MAX_SAFE_INTEGER);
      // A patch that never mentions members leaves them alone.
      const input = { ...patched, memberIds: patched.memberIds ?? [] };
      await replaceScimGroup(ctx, { scope: scopeOf(request), groupId: id, input });
      return { before: members.length, after: input.memberIds.length, displayName: input.displayName };
    });
    note(request, 'Group', id, `Patched group ${input.displayName}: ${input.before} → ${input.after} member(s)`);
    // Entra ID and Okta accept 204 for a group PATCH; members are not sent back (a group may be large).
    return reply.code(204).send();
  });

  app.delete<{ Params: Params }>('/Groups/:id', async (request, reply) => {
    const id = request.params.id!;
    const group = await findScimGroup(app.db, scopeOf(request).tenantId, id);
    if (!group) throw notFound(`Group ${id}`);
    await write(request, (ctx) => deleteGroup(ctx, { scope: scopeOf(request), groupId: id }));
    note(request, 'Group', id, `Deleted group ${group.displayName}`);
    return reply.code(204).send();
  });

  app.all('/*', async (request) => {
    throw notFound(`No SCIM endpoint ${request.method} ${request.url.split('?')[0]}`);
  });

  for (const path of ['/Bulk', '/Me', '/.search']) {
    app.all(path, async (_request, reply) =>
      send(reply, 501, { schemas: [SCHEMA.error], status: '501', detail: `${path} is not supported by this service provider (see /ServiceProviderConfig)` }),
    );
  }
}

function listResponse(resources: unknown[], startIndex: number, total: number) {
  return { schemas: [SCHEMA.listResponse], totalResults: total, startIndex, itemsPerPage: resources.length, Resources: resources };
}

const ALWAYS = new Set(['id', 'schemas', 'meta']);

/** filter, startIndex, count, attributes and excludedAttributes (RFC 7644 §3.4.2, §3.9), read strictly. */
function listQuery(query: Record<string, string | string[] | undefined>, maxResults: number) {
  const single = (name: string): string | undefined => {
    const value = query[name];
    if (Array.isArray(value)) throw scimInvalid('invalidValue', `${name} may be given once`);
    return value;
  };
  const whole = (name: string, fallback: number, min: number): number => {
    const raw = single(name);
    if (raw === undefined || raw === '') return fallback;
    if (!/^-?\d+$/.test(raw)) throw scimInvalid('invalidValue', `${name} must be a whole number, got "${raw}"`);
    return Math.max(min, Number(raw));
  };
  const rawFilter = single('filter');
  let filter: FilterNode | null = null;
  if (rawFilter !== undefined) {
    try {
      filter = parseFilter(rawFilter);
    } catch (error) {
      if (error instanceof ScimFilterError) throw scimInvalid('invalidFilter', `The filter is not valid: ${error.message}`);
      throw error;
    }
  }
  const page = { startIndex: whole('startIndex', 1, 1), count: Math.min(whole('count', maxResults, 0), maxResults) };
  const list = (name: string) => (single(name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const attributes = list('attributes');
  const excluded = list('excludedAttributes').map((a) => a.toLowerCase());
  const top = (name: string) => {
    const bare = name.toLowerCase().replace(/^urn:ietf:params:scim:schemas:core:2\.0:(user|group):/, '');
    return bare.startsWith('urn:') ? bare : bare.split('.')[0]!;
  };
  const keep = new Set(attributes.map(top));
  const drop = new Set(excluded.map(top));
  const projection = (resource: Record<string, unknown>): Record<string, unknown> => {
    if (!keep.size && !drop.size) return resource;
    return Object.fromEntries(
      Object.entries(resource).filter(([key]) => {
        const k = key.toLowerCase();
        if (ALWAYS.has(key)) return true;
        if (keep.size) return keep.has(k) || [...keep].some((a) => a.startsWith(`${k}:`));
        return !drop.has(k);
      }),
    );
  };
  const wantsMembers = keep.size ? keep.has('members') : !drop.has('members');
  return { filter, page, projection, wantsMembers };
}
