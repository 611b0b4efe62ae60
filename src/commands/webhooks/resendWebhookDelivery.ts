import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { requeueParked } from './updateWebhookEndpoint.js';
import { auditWebhook, lockOwnEndpoint } from './webhookRules.js';

/**
 * Sends one delivery again (a parked one, or one already delivered) with a
 * fresh round of tries; a paused endpoint resumes with it.
 */
export async function resendWebhookDelivery(ctx: CommandContext, props: { scope: TenantScope; endpointId: string; deliveryId: string }): Promise<void> {
  const endpoint = await lockOwnEndpoint(ctx, props.scope, props.endpointId);
  const delivery = await ctx.tx.selectFrom('webhook_deliveries').select(['id', 'state', 'message_id']).where('endpoint_id', '=', endpoint.id).where('id', '=', props.deliveryId).executeTakeFirst();
  if (!delivery) throw notFound(`Delivery ${props.deliveryId}`);
  if (delivery.state !== 'pending') await requeueParked(ctx, endpoint.id, String(delivery.id));
  if (endpoint.paused_at) await ctx.tx.updateTable('webhook_endpoints').set({ paused_at: null, paused_reason: null, updated_at: ctx.now }).where('id', '=', endpoint.id).execute();
  await auditWebhook(ctx, props.scope, endpoint.id, 'webhook.delivery_resent', `Re-sending ${delivery.message_id} to ${endpoint.url}`, { deliveryId: String(delivery.id) });
}
