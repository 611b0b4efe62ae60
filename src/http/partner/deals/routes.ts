import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DealFields } from '../../../commands/deals/dealFields.js';
import type { DealPolicy } from '../../../commands/deals/dealRules.js';
import { cancelDeal } from '../../../commands/deals/cancelDeal.js';
import { registerDeal } from '../../../commands/deals/registerDeal.js';
import { renewDeal } from '../../../commands/deals/renewDeal.js';
import { updateDeal } from '../../../commands/deals/updateDeal.js';
import { addDays } from '../../../domain/deals/dealTerms.js';
import { notFound } from '../../../domain/problems.js';
import { licenseTermsOf } from '../../../jobs/licenseLifecycle.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import { findDeal, listDealAudit, listDeals, type DealQuery } from '../../../store/licensing/deals.js';
import { isUniqueViolation } from '../../../store/errors.js';
import { page, pagination, problems, tenantParams } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { auditEventSchema, dealParams, dealSchema, listDealsQuery, presentDeal, refOf, registerDealBody, renewDealBody, updateDealBody } from './schema.js';

type FieldInput = Partial<Omit<DealFields, 'endDate'>> & { endDate?: string | undefined; perpetual?: boolean | undefined };

/** The body's endDate / perpetual pair as the one nullable end date deals store. */
function toFields<T extends FieldInput>(body: T) {
  const { perpetual, endDate, ...rest } = body;
  const end = perpetual ? { endDate: null } : endDate !== undefined ? { endDate } : {};
  return { ...rest, ...end };
}

/** Partner Center → Deals: register the deals the publisher won, and manage them. */
export const dealRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/tenants/:tenantId/partner/deals';
  const tags = ['partner: deals'];
  const policy = (): DealPolicy => ({ thresholdUsd: app.config.dealThresholdUsd, terms: licenseTermsOf(app.config) });
  const present = async (scope: TenantScope, dealId: string) => {
    const deal = await findDeal(app.db, scope, dealId);
    if (!deal) throw notFound(`Deal ${dealId}`);
    return presentDeal(deal, app.clock.now(), licenseTermsOf(app.config));
  };

  app.get(
    base,
    {
      schema: { tags, operationId: 'listDeals', summary: 'List deals', params: tenantParams, querystring: listDealsQuery, response: { 200: page(dealSchema), ...problems(400, 401, 403, 404) } },
      config: { access: 'deal.read' },
    },
    async (request) => {
      const { state, ...rest } = request.query;
      const query: DealQuery = { ...rest };
      if (state === 'cancelled') query.status = 'cancelled';
      else if (state) query.endDateRange = endDateRangeFor(state, app.clock.now(), app.config);
      const result = await listDeals(app.db, scopeOf(request), query);
      return { items: result.items.map((d) => presentDeal(d, app.clock.now(), licenseTermsOf(app.config))), total: result.total };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        operationId: 'registerDeal',
        summary: 'Register a deal (and provision its licenses)',
        description:
          'Needs an accepted relationship with the customer tenant, a published license-managed offer of yours, start ≥ signed date, end > start (or perpetual: true), ' +
          'and a total contract value above the eligibility threshold (5,000 USD unless configured otherwise; other currencies are converted with a static table). ' +
          'Send an Idempotency-Key header to retry safely: the same key with the same body returns the deal registered the first time (200), with a different body 409.',
        params: tenantParams,
        headers: z.object({ 'idempotency-key': z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional() }),
        body: registerDealBody,
        response: { 200: dealSchema, 201: dealSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'deal.write' },
    },
    async (request, reply) => {
      const publisher = scopeOf(request);
      const { offerId, offerKey, customerTenantId, licenses, confirmDuplicate, ...fields } = request.body;
      const register = () =>
        runCommand(app, request, (ctx) =>
          registerDeal(ctx, {
            publisher,
            offerRef: refOf(offerId, offerKey),
            customerTenantId,
            licenses: licenses.map((l) => ({ planRef: refOf(l.planId, l.planKey), quantity: l.quantity })),
            fields: toFields(fields) as DealFields,
            idempotencyKey: request.headers['idempotency-key'],
            confirmDuplicate,
            policy: policy(),
            createdBy: actorOf(request).userId,
          }),
        );
      // Two retries racing with one key: the loser hits the unique index and, run again, finds the winner's deal.
      const result = await register().catch((error) => {
        if (isUniqueViolation(error, 'deals_idempotency_key')) return register();
        throw error;
      });
      reply.code(result.replayed ? 200 : 201);
      if (result.replayed) reply.header('idempotent-replayed', 'true');
      return present(publisher, result.dealId);
    },
  );

  app.get(
    `${base}/:dealId`,
    {
      schema: { tags, operationId: 'getDeal', summary: 'Get a deal', params: dealParams, response: { 200: dealSchema, ...problems(401, 403, 404) } },
      config: { access: 'deal.read' },
    },
    async (request) => present(scopeOf(request), request.params.dealId),
  );

  app.patch(
    `${base}/:dealId`,
    {
      schema: {
        tags,
        operationId: 'updateDeal',
        summary: "Edit a deal's details",
        description: 'The offer and the customer tenant cannot change. A later end date needs the customer\'s consent, like a renewal.',
        params: dealParams,
        body: updateDealBody,
        response: { 200: dealSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'deal.write' },
    },
    async (request) => {
      const publisher = scopeOf(request);
      await runCommand(app, request, (ctx) => updateDeal(ctx, { publisher, dealId: request.params.dealId, changes: toFields(request.body) as Partial<DealFields>, policy: policy() }));
      return present(publisher, request.params.dealId);
    },
  );

  app.post(
    `${base}/:dealId/renew`,
    {
      schema: {
        tags,
        operationId: 'renewDeal',
        summary: 'Renew a deal until a later end date',
        description: 'Licenses in their grace period or suspended come back at once, held by the same users.',
        params: dealParams,
        body: renewDealBody,
        response: { 200: dealSchema, ...problems(400, 401, 403, 404, 409) },
      },
      config: { access: 'deal.write' },
    },
    async (request) => {
      const publisher = scopeOf(request);
      await runCommand(app, request, (ctx) => renewDeal(ctx, { publisher, dealId: request.params.dealId, endDate: request.body.endDate, policy: policy() }));
      return present(publisher, request.params.dealId);
    },
  );

  app.post(
    `${base}/:dealId/cancel`,
    {
      schema: {
        tags,
        operationId: 'cancelDeal',
        summary: 'Cancel a deal',
        description: 'Its licenses stop counting at once; a product no other deal provisions is removed with its assignments.',
        params: dealParams,
        response: { 200: dealSchema, ...problems(401, 403, 404, 409) },
      },
      config: { access: 'deal.write' },
    },
    async (request) => {
      const publisher = scopeOf(request);
      await runCommand(app, request, (ctx) => cancelDeal(ctx, { publisher, dealId: request.params.dealId, policy: policy() }));
      return present(publisher, request.params.dealId);
    },
  );

  app.get(
    `${base}/:dealId/audit`,
    {
      schema: { tags, operationId: 'listDealAuditEvents', summary: "The deal's audit events, newest first", params: dealParams, querystring: z.strictObject(pagination), response: { 200: page(auditEventSchema), ...problems(400, 401, 403, 404) } },
      config: { access: 'deal.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      if (!(await findDeal(app.db, scope, request.params.dealId))) throw notFound(`Deal ${request.params.dealId}`);
      const result = await listDealAudit(app.db, scope, request.params.dealId, request.query);
      return {
        total: result.total,
        items: result.items.map((e) => ({
          id: Number(e.id),
          actor: { userId: e.actor_user_id, displayName: e.actor_name },
          action: e.action,
          summary: e.summary,
          detail: e.detail,
          occurredAt: e.occurred_at.toISOString(),
        })),
      };
    },
  );
};

/** Registered deals whose end date puts their licenses in `state` today (see lifecycle.ts: boundaries fall at UTC midnight). */
function endDateRangeFor(state: 'active' | 'warning' | 'suspended' | 'expired', now: Date, config: { gracePeriodDays: number; suspendedPeriodDays: number }): DealQuery['endDateRange'] {
  const today = now.toISOString().slice(0, 10);
  const graceFrom = addDays(today, -config.gracePeriodDays);
  const suspendedFrom = addDays(graceFrom, -config.suspendedPeriodDays);
  if (state === 'active') return { from: today, perpetual: true };
  if (state === 'warning') return { from: graceFrom, to: today, perpetual: false };
  if (state === 'suspended') return { from: suspendedFrom, to: graceFrom, perpetual: false };
  return { to: suspendedFrom, perpetual: false };
}
