import type { TenantScope } from '../../policies/tenantScope.js';
import { endUndeliverableLeads } from '../../store/marketplace/leadDelivery.js';
import type { CommandContext } from '../context.js';
import { auditWebhook, checkOwnOffer, checkUrl, lockOwnEndpoint } from './webhookRules.js';

export interface UpdateWebhookEndpointProps {
  scope: TenantScope;
  endpointId: string;
  changes: { url?: string | undefined; eventTypes?: string[] | undefined; description?: string | undefined; enabled?: boolean | undefined; offerId?: string | null | undefined };
  privateNetworks: boolean;
}

/**
 * Changes an endpoint's address, event types, offer, description, or turns it off
 * and on. Turning it on also resumes an endpoint paused after a parked
 * delivery: the parked delivery is tried again first, then what waited.
 * Deliveries already queued are still sent; leads the endpoint would have
 * queued but no longer takes, and that no other endpoint sends, end as not
 * delivered.
 */
export async function updateWebhookEndpoint(ctx: CommandContext, props: UpdateWebhookEndpointProps): Promise<void> {
  const endpoint = await lockOwnEndpoint(ctx, props.scope, props.endpointId);
  const { changes } = props;
  if (changes.url !== undefined) checkUrl(changes.url, props.privateNetworks);
  if (changes.offerId !== undefined) await checkOwnOffer(ctx, props.scope, changes.offerId);
  const resume = changes.enabled === true && endpoint.paused_at !== null;
  await ctx.tx
    .updateTable('webhook_endpoints')
    .set({
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.eventTypes !== undefined ? { event_types: JSON.stringify([...new Set(changes.eventTypes)]) } : {}),
      ...(changes.enabled !== undefined ? { enabled: changes.enabled } : {}),
      ...(changes.offerId !== undefined ? { offer_id: changes.offerId } : {}),
      ...(resume ? { paused_at: null, paused_reason: null } : {}),
      updated_at: ctx.now,
    })
    .where('id', '=', endpoint.id)
    .execute();
  if (resume) await requeueParked(ctx, endpoint.id);
  // Leads it would have queued but no longer takes, and no other endpoint sends, end as not delivered.
  const leadsNotDelivered =
    changes.eventTypes !== undefined || changes.offerId !== undefined
      ? await endUndeliverableLeads(ctx.tx, props.scope.tenantId, `The endpoint ${changes.url ?? endpoint.url} no longer takes this offer's leads`)
      : 0;
  const changed = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
  await auditWebhook(ctx, props.scope, endpoint.id, 'webhook.updated', `Updated the webhook endpoint ${changes.url ?? endpoint.url} (${changed.join(', ') || 'no changes'})`, {
    changed,
    ...(changes.url !== undefined ? { url: changes.url } : {}),
    ...(changes.eventTypes !== undefined ? { eventTypes: changes.eventTypes } : {}),
    ...(changes.offerId !== undefined ? { offerId: changes.offerId } : {}),
    ...(leadsNotDelivered ? { leadsNotDelivered } : {}),
  });
}

/** The endpoint's parked deliveries go back to the head of its queue, with a fresh round of tries. */
export async function requeueParked(ctx: CommandContext, endpointId: string, deliveryId?: string): Promise<number> {
  let q = ctx.tx.updateTable('webhook_deliveries').set({ state: 'pending', tries: 0, next_attempt_at: ctx.now, updated_at: ctx.now }).where('endpoint_id', '=', endpointId);
  q = deliveryId ? q.where('id', '=', deliveryId).where('state', 'in', ['parked', 'delivered']) : q.where('state', '=', 'parked');
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
