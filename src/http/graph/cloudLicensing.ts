import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { findUser, findUserByPrincipalName } from '../../store/directory/users.js';
import { listPlanModules } from '../../store/licensing/planModules.js';
import { listProducts, type ProductRecord } from '../../store/licensing/products.js';
import { listWaiting, type WaitingEntry } from '../../store/seats/waiting.js';
import { scopeOf } from '../plugins/authentication.js';
import { GRAPH_BETA } from './base.js';
import { graphErrors } from './errors.js';
import { servicePlanId, type AppModuleRef } from './graphObjects.js';
import { collectionQuery, ODataQueryError, selectProperties } from './odata.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ALLOTMENT_PROPERTIES = ['id', 'allottedUnits', 'consumedUnits', 'assignableTo', 'skuId', 'skuPartNumber', 'services', 'subscriptions'] as const;
const WAITING_PROPERTIES = ['id', 'waitingSinceDateTime'] as const;
const PAGE = { defaultTop: 100, maxTop: 999 };
const odataQuery = z.looseObject({});
const graphObject = z.looseObject({});
const collection = z.object({ '@odata.context': z.string(), '@odata.count': z.number().optional(), value: z.array(graphObject) });

/** `$expand` of one navigation property (optionally `name($select=a,b)`), as Graph writes it; anything else is Graph's 400. */
function parseExpand(raw: unknown, allowed: readonly string[]): { name: string; select: string[] | null } | null {
  if (raw === undefined) return null;
  if (typeof raw !== 'string') throw new ODataQueryError("Query option '$expand' was specified more than once; it must be specified at most once.", 'Request_BadRequest');
  const match = /^\s*(\w+)\s*(?:\(\s*\$select\s*=\s*([\w\s,]+)\))?\s*$/.exec(raw);
  if (!match || !allowed.includes(match[1]!)) {
    throw new ODataQueryError(`$expand '${raw}' is not supported here; this resource expands ${allowed.join(', ')} (with an optional $select).`, 'Request_BadRequest');
  }
  return { name: match[1]!, select: match[2] ? match[2].split(',').map((p) => p.trim()).filter(Boolean) : null };
}

/** A product the tenant holds, as Graph's cloudLicensing allotment: units purchased and consumed, its app modules as services. */
function toAllotment(product: ProductRecord, modules: AppModuleRef[]) {
  return {
    '@odata.type': '#microsoft.graph.cloudLicensing.allotment',
    id: product.planId,
    allottedUnits: product.state === 'removed' ? 0 : product.purchased,
    consumedUnits: product.assigned,
    assignableTo: 'user,group',
    skuId: product.planId,
    skuPartNumber: product.serviceId,
    services: modules.map((m) => ({ '@odata.type': 'microsoft.graph.cloudLicensing.service', assignableTo: 'user,group', planId: servicePlanId(m), planName: m.uniqueName })),
    subscriptions: [] as unknown[],
  };
}

/** A person in a product's waiting room, as Graph's waitingMember: an opaque id (product and user), and since when. */
function toWaitingMember(planId: string, entry: WaitingEntry) {
  return {
    '@odata.type': '#microsoft.graph.cloudLicensing.waitingMember',
    id: `${planId}_${entry.userId}`,
    waitingSinceDateTime: entry.joinedAt.toISOString(),
  };
}

const assignedTo = (entry: WaitingEntry) => ({ '@odata.type': '#microsoft.graph.user', id: entry.userId, displayName: entry.displayName, userPrincipalName: entry.userPrincipalName });

/**
 * Microsoft Graph beta `cloudLicensing` (docs/graph-api.md): the tenant's
 * products as allotments and their waiting rooms as waitingMembers, in the
 * order people joined (first in first out: the first is the next to get a
 * freed seat). Read-only; the seat policy and approvals stay in the Admin
 * Center API.
 */
export const cloudLicensingRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['graph'];
  app.addHook('onSend', async (request, reply) => {
    reply.header('request-id', request.id);
  });
  const context = (what: string) => `${app.config.publicUrl}${GRAPH_BETA}/$metadata#${what}`;
  const products = async (scope: TenantScope) => listProducts(app.db, scope, { includeRemoved: true });
  const allotmentOrThrow = async (scope: TenantScope, id: string) => {
    const product = GUID.test(id) ? (await products(scope)).find((p) => p.planId === id.toLowerCase()) : undefined;
    if (!product) throw notFound(`Allotment ${id}`);
    return product;
  };
  const waitingOf = (scope: TenantScope, planId: string) => listWaiting(app.db, { tenantId: scope.tenantId, planId });
  const presentAllotments = async (request: FastifyRequest, scope: TenantScope, list: ProductRecord[]) => {
    const raw = request.query as Record<string, unknown>;
    const query = collectionQuery(raw, request.headers, { ...PAGE, properties: ALLOTMENT_PROPERTIES });
    const expand = parseExpand(raw.$expand, ['waitingMembers']);
    if (expand?.select?.some((p) => !(WAITING_PROPERTIES as readonly string[]).includes(p))) throw new ODataQueryError(`waitingMembers has the properties ${WAITING_PROPERTIES.join(', ')}.`, 'Request_BadRequest');
    const modules = await listPlanModules(app.db, list.map((p) => p.planId));
    const items = [];
    for (const product of list) {
      const allotment: Record<string, unknown> = { '@odata.type': '#microsoft.graph.cloudLicensing.allotment', ...selectProperties(toAllotment(product, modules.get(product.planId) ?? []), query.select) };
      if (expand) {
        allotment.waitingMembers = (await waitingOf(scope, product.planId)).map((w) => {
          const member = toWaitingMember(product.planId, w);
          return { '@odata.type': member['@odata.type'], ...selectProperties(member, expand.select) };
        });
      }
      items.push(allotment);
    }
    return items;
  };

  app.get(
    `${GRAPH_BETA}/admin/cloudLicensing/allotments`,
    {
      schema: { tags, operationId: 'graphListAllotments', summary: 'List allotments (the products the tenant holds), with $expand=waitingMembers', querystring: odataQuery, response: { 200: collection, ...graphErrors(400, 401, 403) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      return { '@odata.context': context('admin/cloudLicensing/allotments'), value: await presentAllotments(request, scope, await products(scope)) };
    },
  );

  const allotmentParams = z.object({ allotmentId: z.string().max(100) });
  app.get(
    `${GRAPH_BETA}/admin/cloudLicensing/allotments/:allotmentId`,
    {
      schema: { tags, operationId: 'graphGetAllotment', summary: 'Get an allotment, with $expand=waitingMembers', params: allotmentParams, querystring: odataQuery, response: { 200: graphObject, ...graphErrors(400, 401, 403, 404) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const product = await allotmentOrThrow(scope, request.params.allotmentId);
      const [allotment] = await presentAllotments(request, scope, [product]);
      return { '@odata.context': context('admin/cloudLicensing/allotments/$entity'), ...allotment };
    },
  );

  /** Waiting members in waiting order, each with $expand=assignedTo (the user) or allotment when asked. */
  const presentWaiting = async (request: FastifyRequest, entries: { product: ProductRecord; entry: WaitingEntry }[]) => {
    const raw = request.query as Record<string, unknown>;
    const query = collectionQuery(raw, request.headers, { ...PAGE, properties: WAITING_PROPERTIES });
    const expand = parseExpand(raw.$expand, ['assignedTo', 'allotment']);
    const modules = expand?.name === 'allotment' ? await listPlanModules(app.db, entries.map((e) => e.product.planId)) : null;
    return {
      ...(query.count ? { '@odata.count': entries.length } : {}),
      value: entries.map(({ product, entry }) => {
        const member = toWaitingMember(product.planId, entry);
        const value: Record<string, unknown> = { '@odata.type': member['@odata.type'], ...selectProperties(member, query.select) };
        if (expand?.name === 'assignedTo') value.assignedTo = selectProperties(assignedTo(entry), expand.select);
        if (expand?.name === 'allotment') value.allotment = selectProperties(toAllotment(product, modules!.get(product.planId) ?? []), expand.select);
        return value;
      }),
    };
  };

  app.get(
    `${GRAPH_BETA}/admin/cloudLicensing/allotments/:allotmentId/waitingMembers`,
    {
      schema: { tags, operationId: 'graphListAllotmentWaitingMembers', summary: "List an allotment's waiting members, first in line first", params: allotmentParams, querystring: odataQuery, response: { 200: collection, ...graphErrors(400, 401, 403, 404) } },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const product = await allotmentOrThrow(scope, request.params.allotmentId);
      const entries = (await waitingOf(scope, product.planId)).map((entry) => ({ product, entry }));
      return { '@odata.context': context(`admin/cloudLicensing/allotments('${product.planId}')/waitingMembers`), ...(await presentWaiting(request, entries)) };
    },
  );

  app.get(
    `${GRAPH_BETA}/users/:user/cloudLicensing/waitingMembers`,
    {
      schema: {
        tags,
        operationId: 'graphListUserWaitingMembers',
        summary: "List the waiting rooms a user is in (one waitingMember per allotment), with $expand=allotment",
        params: z.object({ user: z.string().min(1).max(320).describe('user id or user principal name') }),
        querystring: odataQuery,
        response: { 200: collection, ...graphErrors(400, 401, 403, 404) },
      },
      config: { access: 'graph.licenses.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const id = request.params.user;
      const user = GUID.test(id) ? await findUser(app.db, scope, id.toLowerCase()) : await findUserByPrincipalName(app.db, scope, id);
      if (!user) throw notFound(`User ${id}`);
      const entries: { product: ProductRecord; entry: WaitingEntry }[] = [];
      for (const product of await products(scope)) {
        const entry = (await waitingOf(scope, product.planId)).find((w) => w.userId === user.id);
        if (entry) entries.push({ product, entry });
      }
      return { '@odata.context': context(`users('${user.id}')/cloudLicensing/waitingMembers`), ...(await presentWaiting(request, entries)) };
    },
  );
};
