import { apiRequest, type Page, type PageQuery } from './client';

export interface AuditEvent {
  id: number;
  actor: { userId: string | null; displayName: string };
  /** e.g. "user.created", "group.member_added". */
  action: string;
  targetType: string;
  targetId: string | null;
  summary: string;
  detail: Record<string, unknown>;
  occurredAt: string;
}

export interface AuditQuery extends PageQuery {
  /** An action or an action prefix such as "user.". */
  action?: string;
  targetType?: string;
  /** ISO 8601 date-time, inclusive. */
  since?: string;
  until?: string;
}

export const listAuditEvents = (tenantId: string, query: AuditQuery, signal?: AbortSignal) =>
  apiRequest<Page<AuditEvent>>(`/api/v1/tenants/${tenantId}/audit`, { query: { ...query }, signal });
