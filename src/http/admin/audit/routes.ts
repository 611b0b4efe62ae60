import { Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { csvCell } from '../../../domain/csv.js';
import { auditEventsAfter, type AuditExportQuery } from '../../../store/audit.js';
import { guid, problems, tenantParams } from '../../common/schemas.js';
import { scopeOf } from '../../plugins/authentication.js';

const dateTime = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time such as 2026-01-31T00:00:00Z' });
const filters = {
  from: dateTime.optional().describe('Entries at or after this time'),
  to: dateTime.optional().describe('Entries before this time'),
  action: z.string().trim().max(100, 'must be at most 100 characters').optional().describe('Action or action prefix, e.g. "user." or "license.assigned"'),
  actor: z.union([z.literal('system'), guid('user ID')]).optional().describe("Only this person's entries (user ID), or 'system' for jobs'"),
};
const exportQuery = z.strictObject({ format: z.enum(['csv', 'json'], { message: 'must be csv or json' }).default('csv'), ...filters });
const streamQuery = z.strictObject({
  ...filters,
  after: z.coerce.number().int().min(0, 'must be 0 or more').optional().describe('Resume after this entry id (or send Last-Event-ID)'),
});

type AuditRow = Awaited<ReturnType<AuditEventsGenerator['next']>>['value'];
type AuditEventsGenerator = ReturnType<typeof auditEventsAfter>;

const present = (e: NonNullable<Exclude<AuditRow, void>>) => ({
  id: Number(e.id),
  occurredAt: e.occurred_at.toISOString(),
  actor: { userId: e.actor_user_id, displayName: e.actor_name },
  action: e.action,
  targetType: e.target_type,
  targetId: e.target_id,
  summary: e.summary,
  detail: e.detail,
});

const CSV_HEADER = ['id', 'occurredAt', 'actorUserId', 'actorName', 'action', 'targetType', 'targetId', 'summary', 'detail'];

function toQuery(q: { from?: string | undefined; to?: string | undefined; action?: string | undefined; actor?: string | undefined }): AuditExportQuery {
  return { from: q.from ? new Date(q.from) : undefined, to: q.to ? new Date(q.to) : undefined, action: q.action, actor: q.actor };
}

const POLL_MS = 1000;
const HEARTBEAT_MS = 15_000;

/**
 * The audit log for auditors and SIEMs: a streamed export (CSV or JSON, any
 * length, constant memory) and a live stream (Server-Sent Events, `id:` the
 * entry id, resumable with Last-Event-ID) that a collector keeps open.
 */
export const auditExportRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['tenant'];
  const streams = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const stream of streams) stream.end();
  });

  app.get(
    '/api/v1/tenants/:tenantId/audit/export',
    {
      schema: { operationId: 'exportAuditLog',
        tags,
        summary: "Export the tenant's audit log, oldest first, as CSV or JSON",
        description: 'Streamed: any length. CSV cells that a spreadsheet would read as a formula are prefixed with an apostrophe; detail is a JSON object in one cell.',
        params: tenantParams,
        querystring: exportQuery,
        response: { 200: z.unknown().describe('streamed'), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'audit.read' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { format, ...rest } = request.query;
      const rows = auditEventsAfter(app.db, scope, toQuery(rest));
      const day = app.clock.now().toISOString().slice(0, 10);
      async function* csv() {
        yield '\ufeff' + CSV_HEADER.join(',') + '\r\n';
        for await (const row of rows) {
          const e = present(row);
          yield [e.id, e.occurredAt, e.actor.userId, e.actor.displayName, e.action, e.targetType, e.targetId, e.summary, JSON.stringify(e.detail)].map(csvCell).join(',') + '\r\n';
        }
      }
      async function* json() {
        yield '[';
        let first = true;
        for await (const row of rows) {
          yield (first ? '\n' : ',\n') + JSON.stringify(present(row));
          first = false;
        }
        yield '\n]\n';
      }
      return reply
        .header('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${day}.${format}"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(format === 'csv' ? csv() : json()));
    },
  );

  app.get(
    '/api/v1/tenants/:tenantId/audit/stream',
    {
      schema: { operationId: 'streamAuditLog',
        tags,
        summary: "The tenant's audit log as a live stream for SIEMs (Server-Sent Events)",
        description:
          'Sends the entries after `after` (or the Last-Event-ID header; from the start without either), then each new one as it is written, as `event: audit`, `id: <entry id>`, `data: <JSON>`. A comment every 15 seconds keeps proxies from closing it. Reconnect with Last-Event-ID to resume without gaps.',
        params: tenantParams,
        querystring: streamQuery,
        headers: z.object({ 'last-event-id': z.string().regex(/^\d{1,15}$/, 'must be an audit entry id').optional() }),
        response: { 200: z.unknown().describe('streamed'), ...problems(400, 401, 403, 404) },
      },
      config: { access: 'audit.read' },
    },
    async (request, reply) => {
      const scope = scopeOf(request);
      const { after, ...rest } = request.query;
      const query = toQuery(rest);
      let lastId = after ?? Number(request.headers['last-event-id'] ?? 0);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no', connection: 'keep-alive' });
      raw.write(': LicenseHub audit stream\n\n');
      streams.add(raw);
      let open = true;
      let lastWrite = Date.now();
      request.raw.on('close', () => {
        open = false;
        streams.delete(raw);
      });
      while (open && !raw.writableEnded) {
        try {
          for await (const row of auditEventsAfter(app.db, scope, { ...query, afterId: lastId }, 500)) {
            if (!open) break;
            lastId = Number(row.id);
            raw.write(`event: audit\nid: ${lastId}\ndata: ${JSON.stringify(present(row))}\n\n`);
            lastWrite = Date.now();
          }
        } catch (error) {
          // The database is away for a moment: say so and keep the stream; the collector resumes from its last id anyway.
          request.log.warn({ err: error }, 'audit stream read failed');
          raw.write(': the audit log could not be read just now; retrying\n\n');
        }
        if (Date.now() - lastWrite >= HEARTBEAT_MS) {
          raw.write(': heartbeat\n\n');
          lastWrite = Date.now();
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      streams.delete(raw);
      if (!raw.writableEnded) raw.end();
    },
  );
};
