import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findGroup } from '../../store/directory/groups.js';
import type { CommandContext } from '../context.js';
import { lockSeatsForDirectoryChange, reallocateAfterDirectoryChange } from '../licensing/reallocateAfterDirectoryChange.js';

export async function deleteGroup(ctx: CommandContext, props: { scope: TenantScope; groupId: string }): Promise<void> {
  const group = await findGroup(ctx.tx, props.scope, props.groupId);
  if (!group) throw notFound(`Group ${props.groupId}`);
  await lockSeatsForDirectoryChange(ctx, props.scope);
  await ctx.tx.deleteFrom('groups').where('tenant_id', '=', props.scope.tenantId).where('id', '=', props.groupId).execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'group.deleted',
    targetType: 'group',
    targetId: props.groupId,
    summary: `Deleted group ${group.displayName}`,
  });
  await reallocateAfterDirectoryChange(ctx, props.scope, { reason: 'group deleted' });
}
