import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findScimUser } from '../../store/scim/scimDirectory.js';
import type { CommandContext } from '../context.js';
import { updateUser } from '../directory/updateUser.js';

/**
 * SCIM DELETE of a user: the person left. They are disabled through
 * updateUser — sessions and API tokens end on every server, seats go to whoever
 * waits next, the license check answers USER_DISABLED — and hidden from SCIM
 * (GET answers 404). The directory keeps them, disabled, with their history;
 * an admin may delete them for good, and a later POST with the same userName
 * brings the same user back.
 */
export async function deprovisionUser(ctx: CommandContext, props: { scope: TenantScope; userId: string }): Promise<void> {
  const user = await findScimUser(ctx.tx, props.scope.tenantId, props.userId);
  if (!user) throw notFound(`User ${props.userId}`);
  if (user.enabled) await updateUser(ctx, { scope: props.scope, userId: props.userId, changes: { enabled: false } });
  await ctx.tx
    .updateTable('users')
    .set({ scim_deleted_at: ctx.now, updated_at: ctx.now })
    .where('tenant_id', '=', props.scope.tenantId)
    .where('id', '=', props.userId)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'user.deprovisioned',
    targetType: 'user',
    targetId: props.userId,
    summary: `Provisioning removed ${user.userPrincipalName}: disabled, sessions and tokens ended, seats released`,
  });
}
