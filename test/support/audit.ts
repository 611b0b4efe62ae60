import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { AuditAction } from '../../src/domain/auditActions.js';

export interface AuditedEvent {
  tenantId: string | null;
  action: string;
  actorName: string;
  targetType: string;
  targetId: string | null;
  summary: string;
  detail: Record<string, unknown>;
}

/**
 * Asserts that the audit log holds an event with this action (in this tenant,
 * about this target when given) and returns the latest such event, so the test
 * can check what it says. Reads the table itself: the audit event is written in
 * the command's own transaction, so it is there once the request has answered.
 */
export async function assertAudited(
  app: FastifyInstance,
  action: AuditAction,
  where: { tenantId?: string; targetId?: string; summary?: RegExp } = {},
): Promise<AuditedEvent> {
  let query = app.db.selectFrom('audit_events').selectAll().where('action', '=', action);
  if (where.tenantId) query = query.where('tenant_id', '=', where.tenantId);
  if (where.targetId) query = query.where('target_id', '=', where.targetId);
  const rows = await query.orderBy('id', 'desc').execute();
  const row = rows.find((r) => !where.summary || where.summary.test(r.summary));
  assert.ok(row, `no "${action}" audit event${where.tenantId ? ` in tenant ${where.tenantId}` : ''}${where.targetId ? ` about ${where.targetId}` : ''}${where.summary ? ` saying ${where.summary}` : ''}`);
  return {
    tenantId: row.tenant_id,
    action: row.action,
    actorName: row.actor_name,
    targetType: row.target_type,
    targetId: row.target_id,
    summary: row.summary,
    detail: row.detail,
  };
}
