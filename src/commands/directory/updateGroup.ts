import { notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findGroup, type GroupRecord } from '../../store/directory/groups.js';
import type { CommandContext } from '../context.js';
import { assertGroupNameFree } from './createGroup.js';

export async function updateGroup(
  ctx: CommandContext,
  props: { scope: TenantScope; groupId: string; changes: { displayName?: string | undefined; description?: string | undefined } },
): Promise<GroupRecord> {
  const before = await findGroup(ctx.tx, props.scope, props.groupId);
  if (!before) throw notFound(`Group ${props.groupId}`);
  const { displayName, description } = props.changes;
  if (displayName !== undefined && displayName !== before.displayName) {
    await assertGroupNameFree(ctx, props.scope, displayName, props.groupId);
  }
  await ctx.tx
    .updateTable('groups')
    .set({
      ...(displayName !== undefined ? { display_name: displayName } : {}),
      ...(description !== undefined ? { description } : {}),
      updated_at: ctx.now,
    })
    .where('tenant_id', '=', props.scope.tenantId)
    .where('id', '=', props.groupId)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'group.updated',
    targetType: 'group',
    targetId: props.groupId,
    summary: `Updated group ${before.displayName}`,
  });
  return (await findGroup(ctx.tx, props.scope, props.groupId))!;
}
