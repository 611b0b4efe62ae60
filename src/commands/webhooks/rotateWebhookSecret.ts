import type { SecretBox } from '../../identity/secretBox.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { auditWebhook, lockOwnEndpoint, newSigningSecret, previousSecretUntil, sealSecret } from './webhookRules.js';

/**
 * A new signing secret, returned once. For a day deliveries carry a signature
 * with the new secret and one with the previous (Standard Webhooks allows
 * several), so the receiver can switch without refusing anything.
 */
export async function rotateWebhookSecret(ctx: CommandContext, props: { scope: TenantScope; endpointId: string; box: SecretBox }): Promise<{ secret: string; previousSecretUntil: Date }> {
  const endpoint = await lockOwnEndpoint(ctx, props.scope, props.endpointId);
  const secret = newSigningSecret();
  const until = previousSecretUntil(ctx.now);
  await ctx.tx
    .updateTable('webhook_endpoints')
    .set({ secret_sealed: sealSecret(props.box, endpoint.id, secret), previous_secret_sealed: endpoint.secret_sealed, previous_secret_until: until, updated_at: ctx.now })
    .where('id', '=', endpoint.id)
    .execute();
  await auditWebhook(ctx, props.scope, endpoint.id, 'webhook.secret_rotated', `Rotated the signing secret of ${endpoint.url}; the previous one signs too until ${until.toISOString()}`);
  return { secret, previousSecretUntil: until };
}
