import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assignLicenses } from '../../commands/licensing/assignLicenses.js';
import { unassignLicenses } from '../../commands/licensing/unassignLicenses.js';
import { invalidFields, notFound, type FieldProblem } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { findGroup } from '../../store/directory/groups.js';
import { findUser, findUserByPrincipalName } from '../../store/directory/users.js';
import { listPlanModules } from '../../store/licensing/planModules.js';
import { listProducts } from '../../store/licensing/products.js';
import { listGroupLicenses, listLicensesOfUsers, listUserLicenses, type UserLicenseRecord } from '../../store/licensing/userLicenses.js';
import { listGraphUsers, type GraphUserRow } from '../../store/graph/graphUsers.js';
import type { Db } from '../../store/transaction.js';
import { runCommand } from '../common/runCommand.js';
import { actorOf, scopeOf } from '../plugins/authentication.js';
import { toAssignedLicenses, toLicenseAssignmentStates, toLicenseDetails, toSubscribedSku } from './graphObjects.js';
import { GRAPH_BASE } from './base.js';
import { graphErrors } from './errors.js';
import { membersWithLicenseErrors } from './licenseErrors.js';
import { collectionQuery, decodeSkiptoken, encodeSkiptoken, parseUserFilter, selectProperties, type CollectionQuery } from './odata.js';


const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const guid = z.string().regex(GUID, 'must be a GUID').transform((v) => v.toLowerCase());

/** OData options ($select, $top, $skiptoken, $count, $filter on /users) are read by odata.ts, which answers Graph's own 400s. */
const odataQuery = z.looseObject({});

const USER_PROPERTIES = ['id', 'displayName', 'userPrincipalName', 'mail', 'usageLocation', 'accountEnabled', 'assignedLicenses', 'licenseAssignmentStates'] as const;
const SKU_PROPERTIES = ['id', 'accountId', 'appliesTo', 'capabilityStatus', 'consumedUnits', 'skuId', 'skuPartNumber', 'prepaidUnits', 'servicePlans', 'displayName', 'publisher'] as const;
const DETAIL_PROPERTIES = ['id', 'skuId', 'skuPartNumber', 'servicePlans'] as const;
const MEMBER_PROPERTIES = ['id', 'displayName', 'userPrincipalName'] as const;
/** Graph's page sizes: 100 users by default, at most 999. */
const PAGE = { defaultTop: 100, maxTop: 999 };
const isOffset = (value: unknown): value is { o: number } => typeof (value as { o?: unknown })?.o === 'number' && Number.isSafeInteger((value as { o: number }).o) && (value as { o: number }).o >= 0;
const isAfterId = (value: unknown): value is { a: string } => typeof (value as { a?: unknown })?.a === 'string' && GUID.test((value as { a: string }).a);
const graphObject = z.looseObject({});
const collection = z.object({ '@odata.context': z.string(), '@odata.count': z.number().optional(), '@odata.nextLink': z.string().optional(), value: z.array(graphObject) });

const assignLicenseBody = z
  .object({
    addLicenses: z
      .array(
        z
          .object({
            skuId: guid,
            disabledPlans: z
              .array(guid)
              .max(0, "LicenseHub licenses a plan's app modules together; send an empty disabledPlans list")
              .default([]),
          })
          .strict(),
      )
      .max(100),
    removeLicenses: z.array(guid).max(100),
  })
  .strict();

/**
 * Microsoft Graph–compatible licensing (v1.0): point a Graph script's base URL
 * at `<LicenseHub>/api/graph/v1.0` and send a LicenseHub API token as the bearer
 * token. The tenant is the token's; see docs/graph-api.md.
 */
export const graphRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['graph'];
  // Graph answers every request with its request-id (the one its errors' innerError names).
  app.addHook('onSend', async (request, reply) => {
    reply.header('request-id', request.id);
  });
  // Links point at the public URL (behind a TLS proxy the request itself says http): Graph clients only send
  // their token to https:// hosts they were told about, so an http nextLink would come back unauthenticated.
  const publicBase = app.config.publicUrl;
  const context = (_request: FastifyRequest, what: string) => `${publicBase}${GRAPH_BASE}/$metadata#${what}`;

  /** Graph addresses users by id or user principal name. */
  const userOrThrow = async (scope: TenantScope, idOrPrincipalName: string) => {
    const user = GUID.test(idOrPrincipalName) ? await findUser(app.db, scope, idOrPrincipalName.toLowerCase()) : await findUserByPrincipalName(app.db, scope, idOrPrincipalName);
    if (!user) throw notFound(`User ${idOrPrincipalName}`);
    return user;
  };
  const groupOrThrow = async (scope: TenantScope, groupId: string) => {
    const group = GUID.test(groupId) ? await findGroup(app.db, scope, groupId.toLowerCase()) : null;
    if (!group) throw notFound(`Group ${groupId}`);
    return group;
  };

  const presentUser = (user: GraphUserRow, licenses: UserLicenseRecord[]) => ({
    id: user.id,
    displayName: user.displayName,
    userPrincipalName: user.userPrincipalName,
    mail: user.userPrincipalName,
    usageLocation: user.usageLocation,
    accountEnabled: user.enabled,
    assignedLicenses: toAssignedLicenses(licenses),
    licenseAssignmentStates: toLicenseAssignmentStates(licenses),
  });
  const oneUser = async (request: FastifyRequest, scope: TenantScope, user: NonNullable<Awaited<ReturnType<typeof findUser>>>) => {
    const query = collectionQuery(request.query as Record<string, unknown>, request.headers, { ...PAGE, properties: USER_PROPERTIES });
    const row = { id: user.id, displayName: user.displayName, userPrincipalName: user.userPrincipalName, usageLocation: user.usageLocation, enabled: user.enabled };
    return { '@odata.context': context(request, 'users/$entity'), ...selectProperties(presentUser(row, await listUserLicenses(app.db, scope, user.id)), query.select) };
  };

  /** A page of an in-memory list, with Graph's @odata.nextLink to the rest. */
  const pageOf = <T extends Record<string, unknown>>(request: FastifyRequest, what: string, items: T[], query: CollectionQuery) => {
    const offset = decodeSkiptoken(query.skiptoken, isOffset)?.o ?? 0;
    const page = items.slice(offset, offset + query.top).map((item) => selectProperties(item, query.select));
    return {
      '@odata.context': context(request, what),
      ...(query.count ? { '@odata.count': items.length } : {}),
      ...(offset + query.top < items.length ? { '@odata.nextLink': nextLink(request, { o: offset + query.top }) } : {}),
      value: page,
    };
  };
  /** The same request's URL with $skiptoken set: what Graph clients follow to the next page. */
  const nextLink = (request: FastifyRequest, position: unknown) => {
    const url = new URL(request.url, publicBase);
    url.searchParams.set('$skiptoken', encodeSkiptoken(position));
    return `${publicBase}${url.pathname}?${url.searchParams.toString().replace(/%24/g, '$')}`;
  };

  const presentGroup = async (scope: TenantScope, group: NonNullable<Awaited<ReturnType<typeof findGroup>>>) => {
    // Graph's assignedLicenses are the group's own; products reaching it through a parent group are the parent's.
    const licenses = (await listGroupLicenses(app.db, scope, group.id)).filter((license) => license.inheritedFrom === null);
    const hasErrors = licenses.some((license) => license.notEnoughMembers > 0);
    return {
      id: group.id,
      displayName: group.displayName,
      description: group.description || null,
      securityEnabled: true,
      assignedLicenses: licenses.map((license) => ({ skuId: license.planId, disabledPlans: [] as string[] })),
      // Seats are allocated in the same transaction as the assignment, so processing is always complete.
      licenseProcessingState: { state: 'ProcessingComplete' },
      hasMembersWithLicenseErrors: hasErrors,
    };
  };

  /** Adds and removes products in one transaction, all or nothing; products locked in one order so concurrent calls can't deadlock. */
  const applyLicenseChanges = async (request: FastifyRequest, body: z.infer<typeof assignLicenseBody>, target: { userIds: string[]; groupIds: string[] }) => {
    const scope = scopeOf(request);
    await checkSkus(app.db, scope, body);
    const changes = [
      ...body.addLicenses.map((license) => ({ planId: license.skuId, add: true })),
      ...body.removeLicenses.map((planId) => ({ planId, add: false })),
    ].sort((a, b) => a.planId.localeCompare(b.planId));
    await runCommand(app, request, async (ctx) => {
      for (const change of changes) {
        if (change.add) await assignLicenses(ctx, { scope, planId: change.planId, ...target, assignedBy: actorOf(request).userId });
        else await unassignLicenses(ctx, { scope, planId: change.planId, ...target });
      }
    });
  };

  app.get(
    `${GRAPH_BASE}/subscribedSkus`,
    {
      schema: { tags, operationId: 'graphListSubscribedSkus', summary: 'List subscribed SKUs (the products the tenant holds licenses of)', querystring: odataQuery, response: { 200: collection, ...graphErrors(401, 403) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const query = collectionQuery(request.query as Record<string, unknown>, request.headers, { ...PAGE, properties: SKU_PROPERTIES });
      const products = await listProducts(app.db, scope, { includeRemoved: true });
      const modules = await listPlanModules(app.db, products.map((p) => p.planId));
      return pageOf(request, 'subscribedSkus', products.map((p) => toSubscribedSku(scope.tenantId, p, modules.get(p.planId) ?? [])), query);
    },
  );

  app.get(
    `${GRAPH_BASE}/subscribedSkus/:subscribedSkuId`,
    {
      schema: { tags, operationId: 'graphGetSubscribedSku', summary: 'Get a subscribed SKU', params: z.object({ subscribedSkuId: z.string().max(100) }), querystring: odataQuery, response: { 200: graphObject, ...graphErrors(401, 403, 404) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const [tenantPart, skuPart] = request.params.subscribedSkuId.toLowerCase().split('_');
      const product = tenantPart === scope.tenantId ? (await listProducts(app.db, scope, { includeRemoved: true })).find((p) => p.planId === skuPart) : undefined;
      if (!product) throw notFound(`Subscribed SKU ${request.params.subscribedSkuId}`);
      const modules = await listPlanModules(app.db, [product.planId]);
      const query = collectionQuery(request.query as Record<string, unknown>, request.headers, { ...PAGE, properties: SKU_PROPERTIES });
      return { '@odata.context': context(request, 'subscribedSkus/$entity'), ...selectProperties(toSubscribedSku(scope.tenantId, product, modules.get(product.planId) ?? []), query.select) };
    },
  );

  const userParams = z.object({ user: z.string().min(1).max(320).describe('user id or user principal name') });
  const groupParams = z.object({ groupId: z.string().max(100) });

  app.get(
    `${GRAPH_BASE}/users/:user`,
    {
      schema: { tags, operationId: 'graphGetUser', summary: 'Get a user with assignedLicenses and licenseAssignmentStates', params: userParams, querystring: odataQuery, response: { 200: graphObject, ...graphErrors(401, 403, 404) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return oneUser(request, scope, await userOrThrow(scope, request.params.user));
    },
  );

  app.get(
    `${GRAPH_BASE}/users`,
    {
      schema: {
        tags,
        operationId: 'graphListUsers',
        summary: 'List users, with $filter (assignedLicenses/any(x:x/skuId eq …), userPrincipalName eq, accountEnabled eq), $select, $top, $count and @odata.nextLink paging',
        querystring: odataQuery,
        response: { 200: collection, ...graphErrors(400, 401, 403) },
      },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const raw = request.query as Record<string, unknown>;
      const query = collectionQuery(raw, request.headers, { ...PAGE, properties: USER_PROPERTIES });
      const filters = parseUserFilter(raw.$filter);
      const after = decodeSkiptoken(query.skiptoken, isAfterId)?.a ?? null;
      // One more than the page, to know whether there is a next one.
      const { users, total } = await listGraphUsers(app.db, scope, { filters, afterId: after, limit: query.top + 1, count: query.count });
      const page = users.slice(0, query.top);
      const needsLicenses = !query.select || query.select.some((p) => p === 'assignedLicenses' || p === 'licenseAssignmentStates');
      const licenses = needsLicenses ? await listLicensesOfUsers(app.db, scope, page.map((u) => u.id)) : new Map<string, UserLicenseRecord[]>();
      return {
        '@odata.context': context(request, 'users'),
        ...(total !== null ? { '@odata.count': total } : {}),
        ...(users.length > query.top ? { '@odata.nextLink': nextLink(request, { a: page.at(-1)!.id }) } : {}),
        value: page.map((user) => selectProperties(presentUser(user, licenses.get(user.id) ?? []), query.select)),
      };
    },
  );

  app.get(
    `${GRAPH_BASE}/users/:user/licenseDetails`,
    {
      schema: { tags, operationId: 'graphListUserLicenseDetails', summary: "List a user's license details (products they hold a seat of, with their service plans)", params: userParams, querystring: odataQuery, response: { 200: collection, ...graphErrors(401, 403, 404) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const query = collectionQuery(request.query as Record<string, unknown>, request.headers, { ...PAGE, properties: DETAIL_PROPERTIES });
      const user = await userOrThrow(scope, request.params.user);
      const licenses = await listUserLicenses(app.db, scope, user.id);
      const modules = await listPlanModules(app.db, licenses.map((l) => l.planId));
      return pageOf(request, `users('${user.id}')/licenseDetails`, toLicenseDetails(licenses, (planId) => modules.get(planId) ?? []), query);
    },
  );

  app.post(
    `${GRAPH_BASE}/users/:user/assignLicense`,
    {
      schema: {
        tags,
        operationId: 'graphAssignUserLicense',
        summary: 'Add and remove licenses for a user, all or nothing',
        params: userParams,
        body: assignLicenseBody,
        response: { 200: graphObject, ...graphErrors(400, 401, 403, 404, 409) },
      },
      config: { access: 'graph.licenses.assign' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const user = await userOrThrow(scope, request.params.user);
      await applyLicenseChanges(request, request.body, { userIds: [user.id], groupIds: [] });
      return oneUser(request, scope, user);
    },
  );

  app.get(
    `${GRAPH_BASE}/groups/:groupId`,
    {
      schema: { tags, operationId: 'graphGetGroup', summary: 'Get a group with assignedLicenses', params: groupParams, querystring: odataQuery, response: { 200: graphObject, ...graphErrors(401, 403, 404) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const group = await groupOrThrow(scope, request.params.groupId);
      return { '@odata.context': context(request, 'groups/$entity'), ...(await presentGroup(scope, group)) };
    },
  );

  app.post(
    `${GRAPH_BASE}/groups/:groupId/assignLicense`,
    {
      schema: {
        tags,
        operationId: 'graphAssignGroupLicense',
        summary: 'Add and remove licenses for a group (every member gets them), all or nothing',
        params: groupParams,
        body: assignLicenseBody,
        response: { 202: graphObject, ...graphErrors(400, 401, 403, 404, 409) },
      },
      config: { access: 'graph.licenses.assign' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const group = await groupOrThrow(scope, request.params.groupId);
      await applyLicenseChanges(request, request.body, { userIds: [], groupIds: [group.id] });
      return reply.code(202).send({ '@odata.context': context(request, 'groups/$entity'), ...(await presentGroup(scope, group)) });
    },
  );

  app.get(
    `${GRAPH_BASE}/groups/:groupId/membersWithLicenseErrors`,
    {
      schema: { tags, operationId: 'graphListGroupLicenseErrors', summary: 'List the members the group could not give a license to (not enough licenses)', params: groupParams, querystring: odataQuery, response: { 200: collection, ...graphErrors(401, 403, 404) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const query = collectionQuery(request.query as Record<string, unknown>, request.headers, { ...PAGE, properties: MEMBER_PROPERTIES });
      const group = await groupOrThrow(scope, request.params.groupId);
      const members = await membersWithLicenseErrors(app.db, scope, group.id);
      const page = pageOf(request, 'directoryObjects', members, query);
      return { ...page, value: page.value.map((m) => ({ '@odata.type': '#microsoft.graph.user', ...m })) };
    },
  );
};

/** Every SKU must be a product the tenant holds, and none both added and removed: said per field, before anything changes. */
async function checkSkus(db: Db, scope: TenantScope, body: z.infer<typeof assignLicenseBody>): Promise<void> {
  const held = new Set((await listProducts(db, scope)).map((p) => p.planId));
  const problems: FieldProblem[] = [];
  const unknown = (skuId: string) => `License ${skuId} does not correspond to a valid company license (GET subscribedSkus lists them)`;
  body.addLicenses.forEach((license, i) => {
    if (!held.has(license.skuId)) problems.push({ field: `addLicenses.${i}.skuId`, message: unknown(license.skuId) });
  });
  body.removeLicenses.forEach((skuId, i) => {
    if (!held.has(skuId)) problems.push({ field: `removeLicenses.${i}`, message: unknown(skuId) });
    else if (body.addLicenses.some((license) => license.skuId === skuId)) problems.push({ field: `removeLicenses.${i}`, message: `${skuId} is also in addLicenses; add or remove it, not both` });
  });
  if (problems.length) throw invalidFields(problems);
}
