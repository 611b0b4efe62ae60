import type { TenantScope } from '../policies/tenantScope.js';
import type { Actor } from '../policies/actor.js';
import type { AuditAction } from '../domain/auditActions.js';
import type { Db, Tx } from './transaction.js';

export interface AuditEntry {
  tenantId: string | null;
  /** One of AUDIT_ACTIONS (src/domain/auditActions.ts). */
  action: AuditAction;
  targetType: string;
  targetId: string | null;
  summary: string;
  detail?: Record<string, unknown>;
}

/**
 * Who did it, as the audit log shows it: a person, "system" for jobs, or a
 * service acting for the tenant with no person behind it (userId null: a SCIM
 * provisioning client, named after its token).
 */
export type AuditActor = Pick<Actor, 'displayName'> & { userId: string | null } | 'system';

/** Written inside the same transaction as the change it describes. */
export async function recordAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_events')
    .values({
      tenant_id: entry.tenantId,
      actor_user_id: actor === 'system' ? null : actor.userId,
      actor_name: actor === 'system' ? 'system' : actor.displayName,
      action: entry.action,
      target_type: entry.targetType,
      target_id: entry.targetId,
      summary: entry.summary,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}

export interface AuditQuery {
  action?: string | undefined;
  targetType?: string | undefined;
  since?: Date | undefined;
  until?: Date | undefined;
  limit: number;
  offset: number;
}

/** The tenant's audit log, newest first. */
export async function listAuditEvents(db: Db, scope: TenantScope, query: AuditQuery) {
  let q = db.selectFrom('audit_events').where('tenant_id', '=', scope.tenantId);
  if (query.action) q = q.where('action', 'like', `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (query.targetType) q = q.where('target_type', '=', query.targetType);
  if (query.since) q = q.where('occurred_at', '>=', query.since);
  if (query.until) q = q.where('occurred_at', '<', query.until);
  const [items, total] = await Promise.all([
    q
      .select(['id', 'actor_user_id', 'actor_name', 'action', 'target_type', 'target_id', 'summary', 'detail', 'occurred_at'])
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: total.count };
}

export async function listAuditActions(db: Db, scope: TenantScope): Promise<string[]> {
  const rows = await db.selectFrom('audit_events').select('action').distinct().where('tenant_id', '=', scope.tenantId).orderBy('action').execute();
  return rows.map((r) => r.action);
}

export interface AuditExportQuery {
  from?: Date | undefined;
  to?: Date | undefined;
  /** Action or action prefix, as the list filter. */
  action?: string | undefined;
  /** An actor's user id, or 'system' for jobs. */
  actor?: string | undefined;
  /** Only entries with a larger id (the stream's resume point). */
  afterId?: number | undefined;
}

/**
 * The tenant's audit log, oldest first, read in pages of `batch` by id so an
 * export of any length streams in constant memory.
 */
export async function* auditEventsAfter(db: Db, scope: TenantScope, query: AuditExportQuery, batch = 1000) {
  let afterId = query.afterId ?? 0;
  for (;;) {
    let q = db
      .selectFrom('audit_events')
      .select(['id', 'actor_user_id', 'actor_name', 'action', 'target_type', 'target_id', 'summary', 'detail', 'occurred_at'])
      .where('tenant_id', '=', scope.tenantId)
      .where('id', '>', afterId);
    if (query.action) q = q.where('action', 'like', `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (query.actor === 'system') q = q.where('actor_user_id', 'is', null);
    else if (query.actor) q = q.where('actor_user_id', '=', query.actor);
    if (query.from) q = q.where('occurred_at', '>=', query.from);
    if (query.to) q = q.where('occurred_at', '<', query.to);
    const rows = await q.orderBy('id').limit(batch).execute();
    for (const row of rows) yield row;
    if (rows.length < batch) return;
    afterId = Number(rows.at(-1)!.id);
  }
}
