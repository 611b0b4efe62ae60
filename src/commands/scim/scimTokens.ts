import { randomBytes, randomUUID } from 'node:crypto';
import { notFound } from '../../domain/problems.js';
import { hashSecret, newSecret } from '../../identity/secrets.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';

/** SCIM tokens look like lhscim_<prefix>_<secret>: never mistaken for an API token, and refused by the rest of the API. */
export function newScimToken(): { token: string; prefix: string } {
  const prefix = randomBytes(4).toString('hex');
  return { token: `lhscim_${prefix}_${newSecret(32)}`, prefix: `lhscim_${prefix}` };
}

/**
 * A Global admin creates a SCIM token for the tenant's identity provider. It
 * belongs to the tenant, not to the admin (provisioning goes on when they
 * leave); it is shown once and stored hashed.
 */
export async function createScimToken(ctx: CommandContext, props: { scope: TenantScope; name: string; createdByName: string }) {
  const { token, prefix } = newScimToken();
  const id = randomUUID();
  await ctx.tx
    .insertInto('scim_tokens')
    .values({ id, tenant_id: props.scope.tenantId, name: props.name, token_hash: hashSecret(token), prefix, created_by_name: props.createdByName, created_at: ctx.now })
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'scim_token.created',
    targetType: 'scim_token',
    targetId: id,
    summary: `Created SCIM token "${props.name}"`,
  });
  return { id, token, prefix, name: props.name, scopes: ['scim'], createdAt: ctx.now };
}

/** Revoked tokens are refused from the next request on, on every server (the lookup is not cached). */
export async function revokeScimToken(ctx: CommandContext, props: { scope: TenantScope; tokenId: string }) {
  const row = await ctx.tx
    .updateTable('scim_tokens')
    .set({ revoked_at: ctx.now })
    .where('tenant_id', '=', props.scope.tenantId)
    .where('id', '=', props.tokenId)
    .where('revoked_at', 'is', null)
    .returning(['name'])
    .executeTakeFirst();
  if (!row) throw notFound(`SCIM token ${props.tokenId}`);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'scim_token.revoked',
    targetType: 'scim_token',
    targetId: props.tokenId,
    summary: `Revoked SCIM token "${row.name}"`,
  });
}
