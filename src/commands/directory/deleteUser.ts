import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordCredentialChange, recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import { recordAudit } from '../../store/audit.js';
import { findUser } from '../../store/directory/users.js';
import { anotherEnabledHolder, KEPT_ROLE_NAME, KEPT_ROLES } from '../../store/directory/roleHolders.js';
import type { CommandContext } from '../context.js';
import { recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { reallocateAfterDirectoryChange } from '../licensing/reallocateAfterDirectoryChange.js';

export async function deleteUser(ctx: CommandContext, props: { scope: TenantScope; userId: string; actingUserId?: string }) {
  const user = await findUser(ctx.tx, props.scope, props.userId);
  if (!user) throw notFound(`User ${props.userId}`);
  if (props.actingUserId === props.userId) throw conflict('You cannot delete your own account; ask another admin');
  for (const role of KEPT_ROLES) {
    if (user.roles.includes(role) && !(await anotherEnabledHolder(ctx.tx, role, props.scope.tenantId, props.userId))) {
      throw conflict(`${user.userPrincipalName} is ${KEPT_ROLE_NAME[role]} and cannot be deleted`);
    }
  }
  // The user's seats go to whoever waits next, with the ledger saying who gave them up.
  await reallocateAfterDirectoryChange(ctx, props.scope, { reason: 'user deleted', departingUserIds: [props.userId] });
  await ctx.tx.deleteFrom('users').where('tenant_id', '=', props.scope.tenantId).where('id', '=', props.userId).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'user.deleted',
    targetType: 'user',
    targetId: props.userId,
    summary: `Deleted user ${user.userPrincipalName}`,
  });
  await recordEntitlementChange(ctx, { kind: 'users', tenantId: props.scope.tenantId, userIds: [props.userId] });
  await recordCredentialChange(ctx, [props.userId]);
  const { tenantId } = props.scope;
  recordLicenseEvent(ctx, { type: 'user.deleted', subject: subjects.user(tenantId, props.userId), tenantId, data: { tenantId, userId: props.userId } });
}
