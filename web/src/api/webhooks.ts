import { apiRequest, type OperationAnswer } from './client';

/** Partner Center → Webhooks: where the publisher's change-feed events are sent (docs/events.md). */

export interface EventTypeInfo {
  type: string;
  description: string;
  subject: string;
  audience: string;
  data: Record<string, string>;
}

/** As the server answers it (generated from the OpenAPI document). */
export type WebhookEndpoint = OperationAnswer<'getWebhookEndpoint'>;

export type WebhookDelivery = OperationAnswer<'listWebhookDeliveries'>['items'][number];

const BASE = '/api/v1/partner/webhooks';

export const listEventTypes = (signal?: AbortSignal) => apiRequest<{ items: EventTypeInfo[] }>('/api/v1/events/types', { signal });
export const listWebhooks = (signal?: AbortSignal) => apiRequest<{ items: WebhookEndpoint[] }>(BASE, { signal });
export const createWebhook = (body: { url: string; eventTypes: string[]; description: string }) =>
  apiRequest<WebhookEndpoint & { secret: string }>(BASE, { method: 'POST', body });
export const updateWebhook = (id: string, body: Partial<{ url: string; eventTypes: string[]; description: string; enabled: boolean }>) =>
  apiRequest<WebhookEndpoint>(`${BASE}/${id}`, { method: 'PATCH', body });
export const deleteWebhook = (id: string) => apiRequest<void>(`${BASE}/${id}`, { method: 'DELETE' });
export const rotateWebhookSecret = (id: string) => apiRequest<{ secret: string; previousSecretValidUntil: string }>(`${BASE}/${id}/rotate-secret`, { method: 'POST' });
export const sendWebhookTest = (id: string) => apiRequest<{ deliveryId: string; messageId: string }>(`${BASE}/${id}/test`, { method: 'POST' });
export const replayWebhook = (id: string, fromRevision: string) => apiRequest<{ cursor: string }>(`${BASE}/${id}/replay`, { method: 'POST', body: { fromRevision } });
export const listWebhookDeliveries = (id: string, signal?: AbortSignal) =>
  apiRequest<{ items: WebhookDelivery[]; nextBefore: string | null }>(`${BASE}/${id}/deliveries`, { query: { limit: 50 }, signal });
export const resendWebhookDelivery = (id: string, deliveryId: string) => apiRequest<void>(`${BASE}/${id}/deliveries/${deliveryId}/resend`, { method: 'POST' });
