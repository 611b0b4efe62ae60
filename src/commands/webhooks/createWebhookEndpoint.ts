import { randomUUID } from 'node:crypto';
import type { SecretBox } from '../../identity/secretBox.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { latestRevision } from '../../store/changeFeed.js';
import type { CommandContext } from '../context.js';
import { auditWebhook, checkOwnOffer, checkUrl, newSigningSecret, sealSecret } from './webhookRules.js';

export interface CreateWebhookEndpointProps {
  scope: TenantScope;
  url: string;
  eventTypes: string[];
  description: string;
  /** Only events about this offer (GUID); null: all the publisher's. */
  offerId: string | null;
  box: SecretBox;
  privateNetworks: boolean;
  createdBy: string | null;
}

/**
 * A publisher adds a webhook endpoint. It receives the events that happen
 * from now on (its cursor starts at the feed's latest revision; replay sends
 * older ones). The signing secret is returned once and only kept sealed.
 */
export async function createWebhookEndpoint(ctx: CommandContext, props: CreateWebhookEndpointProps): Promise<{ id: string; secret: string }> {
  checkUrl(props.url, props.privateNetworks);
  await checkOwnOffer(ctx, props.scope, props.offerId);
  const id = randomUUID();
  const secret = newSigningSecret();
  await ctx.tx
    .insertInto('webhook_endpoints')
    .values({
      id,
      tenant_id: props.scope.tenantId,
      url: props.url,
      description: props.description,
      event_types: JSON.stringify([...new Set(props.eventTypes)]),
      offer_id: props.offerId,
      secret_sealed: sealSecret(props.box, id, secret),
      cursor: await latestRevision(ctx.tx),
      created_by: props.createdBy,
      created_at: ctx.now,
      updated_at: ctx.now,
    })
    .execute();
  await auditWebhook(ctx, props.scope, id, 'webhook.created', `Added the webhook endpoint ${props.url}`, { url: props.url, eventTypes: props.eventTypes, offerId: props.offerId });
  return { id, secret };
}
