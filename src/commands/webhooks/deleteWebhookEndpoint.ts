import type { TenantScope } from '../../policies/tenantScope.js';
import { endUndeliverableLeads } from '../../store/marketplace/leadDelivery.js';
import type { CommandContext } from '../context.js';
import { auditWebhook, lockOwnEndpoint } from './webhookRules.js';

/**
 * Removes an endpoint with its queue and delivery log; nothing more is sent
 * to it. Contact me leads it was still to deliver, and that no other endpoint
 * will, end as not delivered (Partner Center → Leads says so) instead of
 * "retrying" forever.
 */
export async function deleteWebhookEndpoint(ctx: CommandContext, props: { scope: TenantScope; endpointId: string }): Promise<void> {
  const endpoint = await lockOwnEndpoint(ctx, props.scope, props.endpointId);
  await ctx.tx.deleteFrom('webhook_endpoints').where('id', '=', endpoint.id).execute();
  const leadsNotDelivered = await endUndeliverableLeads(ctx.tx, props.scope.tenantId, `The endpoint ${endpoint.url} was deleted before it sent this lead`);
  await auditWebhook(ctx, props.scope, endpoint.id, 'webhook.deleted', `Removed the webhook endpoint ${endpoint.url}`, { url: endpoint.url, leadsNotDelivered });
}
