import { answer, api, type OperationAnswer } from './client';
import type { operations } from './openapi';

/** Partner Center → Webhooks: where the publisher's change-feed events are sent (docs/webhooks.md). */

/** As the server answers it (generated from the OpenAPI document). */
export type EventTypeInfo = OperationAnswer<'listEventTypes'>['items'][number];
export type WebhookEndpoint = OperationAnswer<'getWebhookEndpoint'>;
export type WebhookDelivery = OperationAnswer<'listWebhookDeliveries'>['items'][number];
export type NewWebhookEndpoint = NonNullable<operations['createWebhookEndpoint']['requestBody']>['content']['application/json'];
export type WebhookEndpointChanges = NonNullable<operations['updateWebhookEndpoint']['requestBody']>['content']['application/json'];

const BASE = '/api/v1/partner/webhooks';
const ONE = `${BASE}/{endpointId}` as const;
const at = (endpointId: string) => ({ params: { path: { endpointId } } });

export const listEventTypes = (signal?: AbortSignal) => answer(api.GET('/api/v1/events/types', { signal }), signal);
export const listWebhooks = (signal?: AbortSignal) => answer(api.GET(BASE, { signal }), signal);
export const createWebhook = (body: NewWebhookEndpoint) => answer(api.POST(BASE, { body }));
export const updateWebhook = (id: string, body: WebhookEndpointChanges) => answer(api.PATCH(ONE, { ...at(id), body }));
export const deleteWebhook = (id: string) => answer(api.DELETE(ONE, at(id)));
export const rotateWebhookSecret = (id: string) => answer(api.POST(`${ONE}/rotate-secret`, at(id)));
export const sendWebhookTest = (id: string) => answer(api.POST(`${ONE}/test`, at(id)));
export const replayWebhook = (id: string, fromRevision: string) => answer(api.POST(`${ONE}/replay`, { ...at(id), body: { fromRevision } }));
export const listWebhookDeliveries = (id: string, signal?: AbortSignal) =>
  answer(api.GET(`${ONE}/deliveries`, { params: { path: { endpointId: id }, query: { limit: 50 } }, signal }), signal);
export const resendWebhookDelivery = (id: string, deliveryId: string) =>
  answer(api.POST(`${ONE}/deliveries/{deliveryId}/resend`, { params: { path: { endpointId: id, deliveryId } } }));
