import { randomUUID } from 'node:crypto';
import { forbidden, notFound } from '../../domain/problems.js';
import { hashSecret, newApiToken } from '../../identity/secrets.js';
import type { Actor, Scope } from '../../policies/actor.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { recordCredentialChange } from '../../runtime/entitlementChanges.js';

/** Which scopes a user's roles allow a token to carry. */
export function grantableScopes(actor: Actor): Scope[] {
  // Every member may write license requests (licenses.write); the roles still decide everything else.
  const scopes: Scope[] = ['directory.read', 'licenses.read', 'licenses.write'];
  const admin = ['global_admin', 'user_admin', 'license_admin', 'billing_admin'].some((r) => actor.roles.has(r as never));
  if (admin) scopes.push('directory.write');
  if (actor.isPublisher) scopes.push('partner.read', 'partner.write', 'runtime.check');
  if (actor.roles.has('operator')) scopes.push('operator');
  return scopes;
}

export async function createApiToken(
  ctx: CommandContext,
  props: { actor: Actor; name: string; scopes: Scope[]; expiresInDays: number | null },
) {
  const allowed = new Set(grantableScopes(props.actor));
  const refused = props.scopes.filter((s) => !allowed.has(s));
  if (refused.length) throw forbidden(`Your roles do not allow a token with ${refused.map((s) => `"${s}"`).join(', ')}`);
  const { token, prefix } = newApiToken();
  const id = randomUUID();
  const expiresAt = props.expiresInDays === null ? null : new Date(ctx.now.getTime() + props.expiresInDays * 86_400_000);
  await ctx.tx
    .insertInto('api_tokens')
    .values({
      id,
      tenant_id: props.actor.tenantId,
      user_id: props.actor.userId,
      name: props.name,
      token_hash: hashSecret(token),
      prefix,
      scopes: [...new Set(props.scopes)],
      expires_at: expiresAt,
    })
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.actor.tenantId,
    action: 'api_token.created',
    targetType: 'api_token',
    targetId: id,
    summary: `Created API token "${props.name}" (${props.scopes.join(', ')})`,
  });
  await recordCredentialChange(ctx, [props.actor.userId]);
  return { id, token, prefix, name: props.name, scopes: [...new Set(props.scopes)], expiresAt, createdAt: ctx.now };
}

export async function revokeApiToken(ctx: CommandContext, props: { actor: Actor; tokenId: string }) {
  const row = await ctx.tx
    .updateTable('api_tokens')
    .set({ revoked_at: ctx.now })
    .where('id', '=', props.tokenId)
    .where('user_id', '=', props.actor.userId)
    .where('revoked_at', 'is', null)
    .returning(['name'])
    .executeTakeFirst();
  if (!row) throw notFound(`API token ${props.tokenId}`);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.actor.tenantId,
    action: 'api_token.revoked',
    targetType: 'api_token',
    targetId: props.tokenId,
    summary: `Revoked API token "${row.name}"`,
  });
  await recordCredentialChange(ctx, [props.actor.userId]);
}
