import type { AuditAction } from '../../domain/auditActions.js';
import { randomBytes } from 'node:crypto';
import { PREVIOUS_SECRET_HOURS, SECRET_PREFIX, secretPurpose, webhookUrlProblem } from '../../domain/events/webhookEndpoint.js';
import { invalid, notFound } from '../../domain/problems.js';
import type { SecretBox } from '../../identity/secretBox.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';

/** Rules and steps the webhook endpoint commands share. */


export function newSigningSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64');
}

export function sealSecret(box: SecretBox, endpointId: string, secret: string): string {
  return box.seal(secret, secretPurpose(endpointId));
}

export const previousSecretUntil = (now: Date) => new Date(now.getTime() + PREVIOUS_SECRET_HOURS * 3600_000);

export function checkUrl(url: string, privateNetworks: boolean): void {
  const problem = webhookUrlProblem(url, { privateNetworks });
  if (problem) throw invalid('url', problem);
}

/** An endpoint may be limited to one of the publisher's own offers. */
export async function checkOwnOffer(ctx: CommandContext, scope: TenantScope, offerId: string | null): Promise<void> {
  if (offerId === null) return;
  const offer = await ctx.tx.selectFrom('offers').select('id').where('tenant_id', '=', scope.tenantId).where('id', '=', offerId).executeTakeFirst();
  if (!offer) throw invalid('offerId', 'must be one of your offers');
}

/** The publisher's own endpoint, locked for a change; another publisher's is "not found". */
export async function lockOwnEndpoint(ctx: CommandContext, scope: TenantScope, endpointId: string) {
  const endpoint = await ctx.tx.selectFrom('webhook_endpoints').selectAll().where('tenant_id', '=', scope.tenantId).where('id', '=', endpointId).forUpdate().executeTakeFirst();
  if (!endpoint) throw notFound(`Webhook endpoint ${endpointId}`);
  return endpoint;
}

export async function auditWebhook(ctx: CommandContext, scope: TenantScope, endpointId: string, action: AuditAction, summary: string, detail: Record<string, unknown> = {}) {
  await recordAudit(ctx.tx, ctx.actor, { tenantId: scope.tenantId, action, targetType: 'webhook_endpoint', targetId: endpointId, summary, detail });
}
