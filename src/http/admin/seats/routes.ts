import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approveWaiting } from '../../../commands/seats/approveWaiting.js';
import { removeWaiting } from '../../../commands/seats/removeWaiting.js';
import { setSeatPolicy } from '../../../commands/seats/setSeatPolicy.js';
import { reclaimSeats, type ReclamationItem, type ReclamationRun } from '../../../commands/seats/reclaimSeats.js';
import { undoReclamation } from '../../../commands/seats/undoReclamation.js';
import { DAY_MS } from '../../../domain/seats/reclamation.js';
import { listReclamations, reclaimedPerMonth, type ReclamationRecord } from '../../../store/seats/reclamations.js';
import { notFound } from '../../../domain/problems.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import { findUser } from '../../../store/directory/users.js';
import { findProduct } from '../../../store/licensing/products.js';
import { loadSeatPolicy } from '../../../store/seats/policies.js';
import { activeHolderCounts, listHolderUsage, listUserUsage } from '../../../store/seats/usage.js';
import { listWaiting } from '../../../store/seats/waiting.js';
import { problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { scopeOf } from '../../plugins/authentication.js';
import {
  activitySchema,
  policyFromBody,
  presentPolicy,
  productParams,
  seatPolicyResponse,
  seatPolicySchema,
  userParams,
  userUsageSchema,
  reclamationParams,
  reclamationRunSchema,
  reclamationSchema,
  waiterParams,
  waiterSchema,
} from './schema.js';

/**
 * Seats that manage themselves (issue 18), Admin Center side: a product's seat
 * policy, its waiting room, and usage per product and per user.
 */
export const seatRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['seats'];
  const base = '/api/v1/tenants/:tenantId/licenses/:planId';
  const heldProduct = async (scope: TenantScope, planId: string) => {
    const product = await findProduct(app.db, scope, planId);
    if (!product) throw notFound(`Product ${planId} (your organization holds no licenses of this plan)`);
    return product;
  };

  app.get(
    `${base}/policy`,
    {
      schema: { operationId: 'getSeatPolicy', tags, summary: "A product's seat policy: auto-claim, waiting room, reclamation", params: productParams, response: { 200: seatPolicyResponse, ...problems(400, 401, 403, 404) } },
      config: { access: 'license.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await heldProduct(scope, request.params.planId);
      return presentPolicy(await loadSeatPolicy(app.db, { tenantId: scope.tenantId, planId: request.params.planId }));
    },
  );

  app.put(
    `${base}/policy`,
    {
      schema: { operationId: 'setSeatPolicy',
        tags,
        summary: "Set a product's seat policy",
        description:
          'All five fields, every time. Turning the waiting room to "automatic" hands free seats to the people waiting at once; "off" empties the room. ' +
          'Global and License admins only; audited as seat_policy.updated.',
        params: productParams,
        body: seatPolicySchema,
        response: { 200: seatPolicyResponse, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'license.policy' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const policy = await runCommand(app, request, (ctx) => setSeatPolicy(ctx, { scope, planId: request.params.planId, policy: policyFromBody(request.body) }));
      return presentPolicy(policy);
    },
  );

  app.get(
    `${base}/waiting`,
    {
      schema: { operationId: 'listWaiting', tags, summary: "A product's waiting room, first in line first", params: productParams, response: { 200: z.object({ items: z.array(waiterSchema) }), ...problems(400, 401, 403, 404) } },
      config: { access: 'license.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await heldProduct(scope, request.params.planId);
      const room = await listWaiting(app.db, { tenantId: scope.tenantId, planId: request.params.planId });
      return {
        items: room.map((w) => ({ position: w.position, userId: w.userId, displayName: w.displayName, userPrincipalName: w.userPrincipalName, reason: w.reason, joinedAt: w.joinedAt.toISOString() })),
      };
    },
  );

  app.post(
    `${base}/waiting/approve`,
    {
      schema: { operationId: 'approveFirstWaiting',
        tags,
        summary: 'Give a free seat to the first person in the waiting room',
        params: productParams,
        response: { 200: z.object({ userId: z.string(), assigned: z.number().int(), available: z.number().int() }), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'license.assign' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { seats, userId } = await runCommand(app, request, (ctx) => approveWaiting(ctx, { scope, planId: request.params.planId }));
      return { userId, assigned: seats.assigned, available: seats.available };
    },
  );

  app.post(
    `${base}/waiting/:userId/approve`,
    {
      schema: { operationId: 'approveWaiting',
        tags,
        summary: 'Give a free seat to this person in the waiting room (out of turn)',
        params: waiterParams,
        response: { 200: z.object({ userId: z.string(), assigned: z.number().int(), available: z.number().int() }), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'license.assign' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { seats, userId } = await runCommand(app, request, (ctx) => approveWaiting(ctx, { scope, planId: request.params.planId, userId: request.params.userId }));
      return { userId, assigned: seats.assigned, available: seats.available };
    },
  );

  app.delete(
    `${base}/waiting/:userId`,
    {
      schema: { operationId: 'removeWaiting', tags, summary: 'Remove someone from the waiting room', params: waiterParams, response: { 204: z.null(), ...problems(400, 401, 403, 404) } },
      config: { access: 'license.assign' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => removeWaiting(ctx, { scope, planId: request.params.planId, userId: request.params.userId }));
      return reply.code(204).send(null);
    },
  );

  app.get(
    `${base}/activity`,
    {
      schema: { operationId: 'getProductActivity',
        tags,
        summary: "A product's usage: holders active in the last 7, 30 and 90 days, and each holder's last use",
        description: 'A use is a launch through the launch link or a successful license check; uses are written in batches, so the last few seconds may not show yet.',
        params: productParams,
        response: { 200: activitySchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'license.usage' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const product = await heldProduct(scope, request.params.planId);
      const [active, holders] = await Promise.all([activeHolderCounts(app.db, scope, request.params.planId, app.clock.now()), listHolderUsage(app.db, scope, request.params.planId)]);
      return {
        assigned: product.assigned,
        active,
        retentionDays: app.config.seats.usageRetentionDays,
        holders: holders.map((h) => ({ ...h, since: h.since.toISOString(), lastUsedAt: h.lastUsedAt?.toISOString() ?? null })),
      };
    },
  );

  app.get(
    '/api/v1/tenants/:tenantId/users/:userId/usage',
    {
      schema: { operationId: 'getUserUsage', tags, summary: "A user's products and when they last used each", params: userParams, response: { 200: userUsageSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'license.usage' },
    },
    async (request) => {
      const scope = scopeOf(request);
      if (!(await findUser(app.db, scope, request.params.userId))) throw notFound(`User ${request.params.userId}`);
      const items = await listUserUsage(app.db, scope, request.params.userId);
      return { items: items.map((i) => ({ ...i, lastUsedAt: i.lastUsedAt?.toISOString() ?? null })) };
    },
  );

  const presentItem = (i: ReclamationItem) => ({ ...i, lastUsedAt: i.lastUsedAt?.toISOString() ?? null, idleSince: i.idleSince.toISOString(), dueAt: i.dueAt.toISOString() });
  const presentRun = (run: ReclamationRun) => ({ announced: run.announced.map(presentItem), cancelled: run.cancelled.map(presentItem), reclaimed: run.reclaimed.map(presentItem) });
  const undoDays = app.config.seats.reclaimUndoDays;
  const presentReclamation = (r: ReclamationRecord) => ({
    ...r,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    announcedAt: r.announcedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    reclaimedAt: r.reclaimedAt?.toISOString() ?? null,
    undoneAt: r.undoneAt?.toISOString() ?? null,
    undoUntil: r.state === 'reclaimed' && r.reclaimedAt ? new Date(r.reclaimedAt.getTime() + undoDays * DAY_MS).toISOString() : null,
  });

  app.get(
    `${base}/reclamations/dry-run`,
    {
      schema: { operationId: 'previewReclamation',
        tags,
        summary: 'What the reclamation job would do to this product now, without doing it',
        description: 'Seats it would announce (unused for reclaimAfterDays), announcements it would cancel (used again, excluded) and seats it would reclaim (the notice ended).',
        params: productParams,
        response: { 200: reclamationRunSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'license.usage' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await heldProduct(scope, request.params.planId);
      await app.seatUsage.flush();
      const run = await runCommand(app, request, (ctx) => reclaimSeats(ctx, { tenantId: scope.tenantId, planId: request.params.planId }, { dryRun: true }));
      return presentRun(run!);
    },
  );

  app.post(
    `${base}/reclamations/run`,
    {
      schema: { operationId: 'runReclamation',
        tags,
        summary: 'Run the reclamation of this product now (as the job would)',
        params: productParams,
        response: { 200: reclamationRunSchema, ...problems(400, 401, 403, 404) },
      },
      config: { access: 'license.policy' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await heldProduct(scope, request.params.planId);
      await app.seatUsage.flush();
      const run = await runCommand(app, request, (ctx) => reclaimSeats(ctx, { tenantId: scope.tenantId, planId: request.params.planId }, { dryRun: false, undoDays: app.config.seats.reclaimUndoDays }));
      return presentRun(run!);
    },
  );

  app.get(
    `${base}/reclamations`,
    {
      schema: { operationId: 'listReclamations',
        tags,
        summary: "A product's open announcements and the reclamations of the last 90 days (those reclaimed can be undone for 30 days)",
        params: productParams,
        response: { 200: z.object({ items: z.array(reclamationSchema) }), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'license.usage' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await heldProduct(scope, request.params.planId);
      const items = await listReclamations(app.db, scope, request.params.planId, new Date(app.clock.epochMillis() - 90 * DAY_MS));
      return { items: items.map(presentReclamation) };
    },
  );

  app.post(
    '/api/v1/tenants/:tenantId/reclamations/:reclamationId/undo',
    {
      schema: { operationId: 'undoReclamation',
        tags,
        summary: 'Give a reclaimed seat back (within 30 days, when a seat is free)',
        params: reclamationParams,
        response: { 200: z.object({ assigned: z.number().int(), available: z.number().int() }), ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'license.assign' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const seats = await runCommand(app, request, (ctx) => undoReclamation(ctx, { scope, reclamationId: request.params.reclamationId, undoDays }));
      return { assigned: seats.assigned, available: seats.available };
    },
  );

  app.get(
    '/api/v1/tenants/:tenantId/reclamations/report',
    {
      schema: { operationId: 'getReclamationReport',
        tags,
        summary: 'Seats reclaimed per product and month (and how many of them were undone)',
        params: tenantParams,
        querystring: z.object({ months: z.enum(['6', '12'], { message: 'must be 6 or 12' }).default('12').transform(Number) }),
        response: {
          200: z.object({ items: z.array(z.object({ planId: z.string().meta({ format: 'uuid' }), planName: z.string(), month: z.string().describe('YYYY-MM'), reclaimed: z.number().int(), undone: z.number().int() })) }),
          ...problems(400, 401, 403),
        },
      },
      config: { access: 'license.usage' },
    },
    async (request) => {
      const now = app.clock.now();
      const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (request.query.months - 1), 1));
      return { items: await reclaimedPerMonth(app.db, scopeOf(request), from) };
    },
  );
};
