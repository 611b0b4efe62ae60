import { answer, api, type OperationAnswer, type OperationQuery } from './client';

export type AuditEvent = OperationAnswer<'listAuditEvents'>['items'][number];

/** `action` may be a prefix such as "user."; `since`/`until` are ISO 8601 date-times, inclusive. */
export type AuditQuery = OperationQuery<'listAuditEvents'>;

export const listAuditEvents = (tenantId: string, query: AuditQuery, signal?: AbortSignal) =>
  answer(api.GET('/api/v1/tenants/{tenantId}/audit', { params: { path: { tenantId }, query }, signal }), signal);
