import { conflict } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { latestRevision } from '../../store/changeFeed.js';
import type { CommandContext } from '../context.js';
import { auditWebhook, lockOwnEndpoint } from './webhookRules.js';

/**
 * Sends the endpoint's events again from a revision on (inclusive), in feed
 * order, with their original ids (receivers that deduplicate by webhook-id
 * see them as the same events). Deliveries still queued from that revision on
 * are dropped first, as they come again; a paused endpoint resumes.
 */
export async function replayWebhookEvents(ctx: CommandContext, props: { scope: TenantScope; endpointId: string; fromRevision: string }): Promise<{ cursor: string }> {
  const endpoint = await lockOwnEndpoint(ctx, props.scope, props.endpointId);
  const latest = await latestRevision(ctx.tx);
  if (BigInt(props.fromRevision) > BigInt(latest)) throw conflict(`The feed has reached revision ${latest}; there is nothing to replay from ${props.fromRevision}`);
  const cursor = (BigInt(props.fromRevision) - 1n < 0n ? 0n : BigInt(props.fromRevision) - 1n).toString();
  await ctx.tx.deleteFrom('webhook_deliveries').where('endpoint_id', '=', endpoint.id).where('state', 'in', ['pending', 'parked']).where('revision', '>', cursor).execute();
  await ctx.tx.updateTable('webhook_endpoints').set({ cursor, paused_at: null, paused_reason: null, updated_at: ctx.now }).where('id', '=', endpoint.id).execute();
  await auditWebhook(ctx, props.scope, endpoint.id, 'webhook.replayed', `Replaying events from revision ${props.fromRevision} to ${endpoint.url}`, { fromRevision: props.fromRevision });
  return { cursor };
}
