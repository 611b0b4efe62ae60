import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { NotAssigned } from '../../../commands/licensing/assignLicenses.js';
import type { ProductSeats } from '../../../commands/licensing/reallocateProduct.js';
import { DomainError, notFound } from '../../../domain/problems.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import { findGroup } from '../../../store/directory/groups.js';
import { findUser } from '../../../store/directory/users.js';
import { listInstallationsOfOffer } from '../../../store/licensing/environments.js';
import { listHolders } from '../../../store/licensing/holders.js';
import { resolvePrincipalNames } from '../../../store/licensing/principalNames.js';
import { findProduct, listAssignments, listProducts } from '../../../store/licensing/products.js';
import { listGroupLicenses, listUserLicenses } from '../../../store/licensing/userLicenses.js';
import { csvFileRefusal, fileBody, guid, page, problems, tenantParams } from '../../common/schemas.js';
import { runCommandOffThread } from '../../common/runCommand.js';
import { licenseTermsOf } from '../../../jobs/licenseLifecycle.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { installedAppSchema, presentInstalledApp } from '../environments/schema.js';
import {
  assignBody,
  assignmentResultSchema,
  assignmentSchema,
  groupLicenseSchema,
  holderSchema,
  holdersQuery,
  listProductsQuery,
  presentAssignment,
  presentHolder,
  presentProduct,
  presentUserLicense,
  productParams,
  productSchema,
  unassignBody,
  userLicenseSchema,
} from './schema.js';

const CSV_MAX_BYTES = 1024 * 1024;

/**
 * Admin Center → Licenses: the products the tenant holds (one per plan), who
 * holds them and how, and assigning them to users and groups.
 */
export const licenseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: CSV_MAX_BYTES }, (_req, body, done) => done(null, body));
  const base = '/api/v1/tenants/:tenantId/licenses';
  const tags = ['licenses'];

  const terms = () => licenseTermsOf(app.config);
  const productOrThrow = async (scope: TenantScope, planId: string) => {
    const product = await findProduct(app.db, scope, planId);
    if (!product) throw notFound(`Product ${planId} (your organization holds no licenses of this plan)`);
    return product;
  };

  const assignmentResult = async (
    scope: TenantScope,
    planId: string,
    seats: ProductSeats,
    userIds: string[],
    groupIds: string[],
    alreadyAssigned: { userIds: string[]; groupIds: string[] },
    notAssigned: NotAssigned[] = [],
  ) => {
    const holdings = seats.allocation.holdings;
    return {
      product: presentProduct(await productOrThrow(scope, planId), terms()),
      overAssigned: seats.overAssigned,
      users: userIds.map((id) => ({ id, state: holdings.find((h) => h.userId === id)?.state ?? ('none' as const) })),
      groups: groupIds.map((id) => {
        const through = holdings.filter((h) => h.sources.some((s) => s.kind === 'group' && s.groupId === id));
        return { id, activeMembers: through.filter((h) => h.state === 'active').length, notEnoughMembers: through.filter((h) => h.state !== 'active').length };
      }),
      alreadyAssigned,
      notAssigned,
    };
  };

  const assign = async (request: Parameters<typeof scopeOf>[0], planId: string, userIds: string[], groupIds: string[], partial = false) => {
    const scope = scopeOf(request);
    const outcome = await runCommandOffThread(app, request, 'assignLicenses', { scope, planId, userIds, groupIds, assignedBy: actorOf(request).userId, partial });
    return assignmentResult(scope, planId, outcome.seats, userIds, groupIds, outcome.alreadyAssigned, outcome.notAssigned);
  };

  app.get(
    base,
    {
      schema: { tags, operationId: 'listProducts', summary: 'List products (licenses held, one per plan) with their counts', params: tenantParams, querystring: listProductsQuery, response: { 200: z.object({ items: z.array(productSchema) }), ...problems(400, 401, 403, 404) } },
      config: { access: 'license.read' },
    },
    async (request) => ({ items: (await listProducts(app.db, scopeOf(request), request.query)).map((p) => presentProduct(p, terms())) }),
  );

  app.get(
    `${base}/:planId`,
    {
      schema: {
        tags,
        operationId: 'getProduct',
        summary: 'Get a product: counts, assignments, and where its app is installed',
        params: productParams,
        response: {
          200: productSchema.extend({ assignments: z.array(assignmentSchema), installations: z.array(installedAppSchema) }),
          ...problems(401, 403, 404),
        },
      },
      config: { access: 'license.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const product = await productOrThrow(scope, request.params.planId);
      return {
        ...presentProduct(product, terms()),
        assignments: (await listAssignments(app.db, scope, product.planId)).map(presentAssignment),
        installations: (await listInstallationsOfOffer(app.db, scope, product.offer.id)).map(presentInstalledApp),
      };
    },
  );

  app.get(
    `${base}/:planId/holders`,
    {
      schema: {
        tags,
        operationId: 'listProductHolders',
        summary: 'Who holds the product, and how (directly or through which group, nested groups included)',
        description: 'In fair order: active seats first, then the users waiting longest for one.',
        params: productParams,
        querystring: holdersQuery,
        response: { 200: page(holderSchema), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'license.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await productOrThrow(scope, request.params.planId);
      const result = await listHolders(app.db, scope, request.params.planId, request.query);
      return { items: result.items.map(presentHolder), total: result.total };
    },
  );

  app.post(
    `${base}/:planId/assign`,
    {
      schema: {
        tags,
        operationId: 'assignLicenses',
        summary: 'Assign to users and groups',
        description:
          'All or nothing. A user counts once however many ways they hold the product. Direct assignments need free seats (409 "not enough licenses" otherwise); ' +
          'a group assignment is always accepted and members beyond the count are marked "not enough licenses". ' +
          'With partial=true (bulk assignment from the users list) whoever fits is assigned and the others are listed in notAssigned.',
        params: productParams,
        body: assignBody,
        response: { 200: assignmentResultSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'license.assign' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { userPrincipalNames, groupIds } = request.body;
      const resolved = await resolvePrincipalNames(app.db, scope, userPrincipalNames);
      const unknown = userPrincipalNames.filter((n) => !resolved.has(n.toLowerCase()));
      if (unknown.length) throw notFound(`User ${unknown.join(', ')}`);
      const userIds = [...new Set([...request.body.userIds, ...resolved.values()])];
      return assign(request, request.params.planId, userIds, groupIds, request.body.partial);
    },
  );

  app.post(
    `${base}/:planId/assign/csv`,
    {
      schema: {
        tags,
        operationId: 'assignLicensesFromCsv',
        summary: 'Assign to the users listed in a CSV file',
        description: 'Send the CSV as the body with Content-Type: text/csv (UTF-8), with a "User principal name" column (a "Display name" column is ignored). A file with any problem assigns nobody.',
        params: productParams,
        'x-file-body': fileBody(['text/csv'], 'The CSV file (UTF-8)'),
        response: { 200: assignmentResultSchema, ...problems(401, 403, 404, 409, 413, 415, 422, 429, 503), 400: csvFileRefusal },
      },
      config: { access: 'license.assign' },
    },
    async (request) => {
      const body = request.body;
      if (!Buffer.isBuffer(body)) throw new DomainError(415, 'Unsupported media type', 'Send the CSV file as the request body with Content-Type: text/csv');
      const scope = scopeOf(request);
      const csv = await app.heavyWork.run(
        'readAssignmentCsv',
        { csv: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) },
        { tenantId: scope.tenantId, what: 'the CSV file', remedy: 'split it into smaller files' },
      );
      if (!csv.ok) {
        throw new DomainError(400, 'The CSV file cannot be used', csv.problems.map((p) => `line ${p.line}${p.column ? `, column ${p.column}` : ''}: ${p.message}`).join('; '), { problems: csv.problems });
      }
      const resolved = await resolvePrincipalNames(app.db, scope, csv.rows.map((r) => r.userPrincipalName));
      const unknown = csv.rows.filter((r) => !resolved.has(r.userPrincipalName.toLowerCase())).map((r) => ({ line: r.line, message: `No user ${r.userPrincipalName} in your organization` }));
      if (unknown.length) throw new DomainError(400, 'The CSV file cannot be used', unknown.map((p) => `line ${p.line}: ${p.message}`).join('; '), { problems: unknown });
      return assign(request, request.params.planId, [...new Set(resolved.values())], []);
    },
  );

  app.post(
    `${base}/:planId/unassign`,
    {
      schema: {
        tags,
        operationId: 'unassignLicenses',
        summary: 'Unassign from users and groups',
        description: 'All or nothing. Freed seats go to whoever has waited longest for one.',
        params: productParams,
        body: unassignBody,
        response: { 200: assignmentResultSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'license.assign' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { userIds, groupIds } = request.body;
      const seats = await runCommandOffThread(app, request, 'unassignLicenses', { scope, planId: request.params.planId, userIds, groupIds });
      return assignmentResult(scope, request.params.planId, seats, userIds, groupIds, { userIds: [], groupIds: [] });
    },
  );

  app.get(
    '/api/v1/tenants/:tenantId/users/:userId/licenses',
    {
      schema: {
        tags,
        operationId: 'listUserLicenses',
        summary: "A user's licenses: what they hold, its state, and through what",
        params: tenantParams.extend({ userId: guid('user ID') }),
        response: { 200: z.object({ items: z.array(userLicenseSchema) }), ...problems(401, 403, 404) },
      },
      config: { access: 'license.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      if (!(await findUser(app.db, scope, request.params.userId))) throw notFound(`User ${request.params.userId}`);
      return { items: (await listUserLicenses(app.db, scope, request.params.userId)).map(presentUserLicense) };
    },
  );

  app.get(
    '/api/v1/tenants/:tenantId/groups/:groupId/licenses',
    {
      schema: {
        tags,
        operationId: 'listGroupLicenses',
        summary: 'The products assigned to a group or to a group it is inside, and how many of its members hold a seat',
        params: tenantParams.extend({ groupId: guid('group ID') }),
        response: { 200: z.object({ items: z.array(groupLicenseSchema) }), ...problems(401, 403, 404) },
      },
      config: { access: 'license.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      if (!(await findGroup(app.db, scope, request.params.groupId))) throw notFound(`Group ${request.params.groupId}`);
      const items = await listGroupLicenses(app.db, scope, request.params.groupId);
      return { items: items.map((i) => ({ planId: i.planId, name: i.planName, serviceId: i.serviceId, offerName: i.offerName, productState: i.productState, assignedAt: i.assignedAt.toISOString(), inheritedFrom: i.inheritedFrom, activeMembers: i.activeMembers, notEnoughMembers: i.notEnoughMembers })) };
    },
  );
};
