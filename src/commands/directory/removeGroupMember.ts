import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findGroup } from '../../store/directory/groups.js';
import type { CommandContext } from '../context.js';
import { reallocateAfterDirectoryChange } from '../licensing/reallocateAfterDirectoryChange.js';

export async function removeGroupMember(ctx: CommandContext, props: { scope: TenantScope; groupId: string; memberId: string }) {
  const group = await findGroup(ctx.tx, props.scope, props.groupId);
  if (!group) throw notFound(`Group ${props.groupId}`);
  const removed = await ctx.tx
    .deleteFrom('group_members')
    .where('tenant_id', '=', props.scope.tenantId)
    .where('group_id', '=', props.groupId)
    .where((eb) => eb.or([eb('member_user_id', '=', props.memberId), eb('member_group_id', '=', props.memberId)]))
    .executeTakeFirst();
  if (Number(removed.numDeletedRows) === 0) throw notFound(`Member ${props.memberId} of group ${group.displayName}`);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'group.member_removed',
    targetType: 'group',
    targetId: props.groupId,
    summary: `Removed a member from ${group.displayName}`,
    detail: { memberId: props.memberId },
  });
  await reallocateAfterDirectoryChange(ctx, props.scope, { reason: 'group member removed' });
}
