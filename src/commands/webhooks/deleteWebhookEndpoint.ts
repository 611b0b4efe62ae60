import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { auditWebhook, lockOwnEndpoint } from './webhookRules.js';

/** Removes an endpoint with its queue and delivery log; nothing more is sent to it. */
export async function deleteWebhookEndpoint(ctx: CommandContext, props: { scope: TenantScope; endpointId: string }): Promise<void> {
  const endpoint = await lockOwnEndpoint(ctx, props.scope, props.endpointId);
  await ctx.tx.deleteFrom('webhook_endpoints').where('id', '=', endpoint.id).execute();
  await auditWebhook(ctx, props.scope, endpoint.id, 'webhook.deleted', `Removed the webhook endpoint ${endpoint.url}`, { url: endpoint.url });
}
