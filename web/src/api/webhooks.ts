import { apiRequest } from './client';

/** Partner Center → Webhooks: where the publisher's change-feed events are sent (docs/events.md). */

export interface EventTypeInfo {
  type: string;
  description: string;
  subject: string;
  audience: string;
  data: Record<string, string>;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  eventTypes: string[];
  enabled: boolean;
  /** paused: a delivery was parked after its last try; re-send it or turn the endpoint on again. */
  status: 'active' | 'disabled' | 'paused';
  pausedReason: string | null;
  cursor: string;
  pending: number;
  nextAttemptAt: string | null;
  previousSecretValidUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookDelivery {
  id: string;
  messageId: string;
  eventType: string;
  revision: string | null;
  state: 'pending' | 'delivered' | 'parked';
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  attemptLog: { attempt: number; at: string; statusCode: number | null; error: string | null; durationMs: number }[];
}

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
