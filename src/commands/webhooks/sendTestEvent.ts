import { randomUUID } from 'node:crypto';
import { TEST_EVENT_TYPE } from '../../domain/events/catalogue.js';
import type { CloudEvent } from '../../domain/events/cloudEvent.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { EVENT_SOURCE, latestRevision } from '../../store/changeFeed.js';
import type { CommandContext } from '../context.js';
import { auditWebhook, lockOwnEndpoint } from './webhookRules.js';

/** Queues a `webhook.test` event for the endpoint, signed like any delivery; it is not part of the feed. */
export async function sendTestEvent(ctx: CommandContext, props: { scope: TenantScope; endpointId: string }): Promise<{ deliveryId: string; messageId: string }> {
  const endpoint = await lockOwnEndpoint(ctx, props.scope, props.endpointId);
  const messageId = `test_${randomUUID()}`;
  const event: CloudEvent = {
    specversion: '1.0',
    id: messageId,
    source: EVENT_SOURCE,
    type: TEST_EVENT_TYPE,
    subject: `webhooks/${endpoint.id}`,
    time: ctx.now.toISOString(),
    datacontenttype: 'application/json',
    revision: await latestRevision(ctx.tx),
    data: { endpointId: endpoint.id, message: 'A test event from LicenseHub: if the signature verifies, the endpoint is ready.' },
  };
  const row = await ctx.tx
    .insertInto('webhook_deliveries')
    .values({ endpoint_id: endpoint.id, message_id: messageId, event_type: TEST_EVENT_TYPE, revision: null, body: JSON.stringify(event), state: 'pending', next_attempt_at: ctx.now, created_at: ctx.now, updated_at: ctx.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  await auditWebhook(ctx, props.scope, endpoint.id, 'webhook.test_sent', `Sent a test event to ${endpoint.url}`);
  return { deliveryId: String(row.id), messageId };
}
