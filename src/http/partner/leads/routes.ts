import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addLeadNote, setLeadStatus } from '../../../commands/leads/workLead.js';
import { toCsv } from '../../../domain/csv.js';
import { notFound } from '../../../domain/problems.js';
import type { TenantScope } from '../../../policies/tenantScope.js';
import { exportLeads, findLead, listLeads } from '../../../store/marketplace/leads.js';
import { fileBody, page, problems } from '../../common/schemas.js';
import { runCommand } from '../../common/runCommand.js';
import { actorOf, scopeOf } from '../../plugins/authentication.js';
import { exportLeadsQuery, leadDetailSchema, leadParams, leadSummarySchema, listLeadsQuery, noteBody, presentLead, presentLeadDetail, statusBody } from './schema.js';

/** Partner Center → Leads: the Contact me requests for the publisher's offers. */
export const partnerLeadRoutes: FastifyPluginAsyncZod = async (app) => {
  const base = '/api/v1/partner/leads';
  const tags = ['partner: leads'];

  const detail = async (scope: TenantScope, id: string) => {
    const lead = await findLead(app.db, scope, id);
    if (!lead) throw notFound(`Lead ${id}`);
    return presentLeadDetail(lead);
  };

  app.get(
    base,
    {
      schema: {
        tags,
        operationId: 'listLeads',
        summary: "List the leads for your offers, newest first",
        description: 'Signed in as a member of a publisher tenant; only your own leads. delivery: inbox (no webhook), delivered, retrying (not delivered yet), failed, or not_delivered (the endpoint was deleted or no longer takes the lead; deliveryNote says why).',
        querystring: listLeadsQuery,
        response: { 200: page(leadSummarySchema), ...problems(400, 401, 403) },
      },
      config: { access: 'lead.read' },
    },
    async (request) => {
      const scope = scopeOf(request);
      const { page: pageNumber, pageSize, ...filters } = request.query;
      const result = await listLeads(app.db, scope, { ...filters, limit: pageSize, offset: (pageNumber - 1) * pageSize });
      return { items: result.items.map(presentLead), total: result.total };
    },
  );

  app.get(
    `${base}.csv`,
    {
      schema: {
        tags,
        operationId: 'exportLeads',
        summary: 'Export the leads (same filters) as CSV',
        description: 'UTF-8 with a header row; cells that a spreadsheet would read as a formula are prefixed with an apostrophe.',
        querystring: exportLeadsQuery,
        'x-file-response': fileBody(['text/csv'], 'The leads as CSV (UTF-8)'),
        response: { 200: z.string().describe('text/csv'), ...problems(400, 401, 403) },
      },
      config: { access: 'lead.read' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const leads = await exportLeads(app.db, scope, request.query);
      const csv = toCsv(
        ['Received', 'Offer ID', 'Offer', 'Name', 'Email', 'Company', 'Country', 'Phone', 'Message', 'Status', 'Delivery'],
        leads.map((l) => {
          const p = presentLead(l);
          return [p.receivedAt, l.offer.offerKey, l.offer.name, l.name, l.email, l.company, l.country, l.phone, l.message, l.status, p.delivery];
        }),
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="leads-${app.clock.now().toISOString().slice(0, 10)}.csv"`)
        .header('cache-control', 'no-store')
        .send('\ufeff' + csv);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: { tags, operationId: 'getLead', summary: 'A lead with its message, notes and webhook delivery log', params: leadParams, response: { 200: leadDetailSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'lead.read' },
    },
    async (request) => detail(scopeOf(request), request.params.id),
  );

  app.patch(
    `${base}/:id`,
    {
      schema: { tags, operationId: 'setLeadStatus', summary: "Change a lead's status", params: leadParams, body: statusBody, response: { 200: leadDetailSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'lead.write' },
    },
    async (request) => {
      const scope = scopeOf(request);
      await runCommand(app, request, (ctx) => setLeadStatus(ctx, { scope, leadId: request.params.id, status: request.body.status }));
      return detail(scope, request.params.id);
    },
  );

  app.post(
    `${base}/:id/notes`,
    {
      schema: { tags, operationId: 'addLeadNote', summary: 'Add a note to a lead', params: leadParams, body: noteBody, response: { 201: leadDetailSchema, ...problems(400, 401, 403, 404) } },
      config: { access: 'lead.write' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const actor = actorOf(request);
      await runCommand(app, request, (ctx) => addLeadNote(ctx, { scope, leadId: request.params.id, text: request.body.text, author: { userId: actor.userId, displayName: actor.displayName } }));
      reply.code(201);
      return detail(scope, request.params.id);
    },
  );
};
