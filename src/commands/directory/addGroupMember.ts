import { findCycle } from '../../domain/directory/groupNesting.js';
import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findGroup, listGroupEdges } from '../../store/directory/groups.js';
import { findUser } from '../../store/directory/users.js';
import type { CommandContext } from '../context.js';
import { reallocateAfterDirectoryChange } from '../licensing/reallocateAfterDirectoryChange.js';

export interface AddGroupMemberProps {
  scope: TenantScope;
  groupId: string;
  memberType: 'user' | 'group';
  memberId: string;
}

export async function addGroupMember(ctx: CommandContext, props: AddGroupMemberProps): Promise<void> {
  const { tx } = ctx;
  const group = await findGroup(tx, props.scope, props.groupId);
  if (!group) throw notFound(`Group ${props.groupId}`);
  let memberName: string;
  if (props.memberType === 'user') {
    const user = await findUser(tx, props.scope, props.memberId);
    if (!user) throw notFound(`User ${props.memberId}`);
    memberName = user.userPrincipalName;
  } else {
    const child = await findGroup(tx, props.scope, props.memberId);
    if (!child) throw notFound(`Group ${props.memberId}`);
    memberName = child.displayName;
    // Serialize nesting changes per tenant so two concurrent additions cannot close a loop together.
    await tx.selectFrom('tenants').select('id').where('id', '=', props.scope.tenantId).forUpdate().execute();
    const edges = (await listGroupEdges(tx, props.scope)).map((e) => ({ parentId: e.group_id, childId: e.member_group_id }));
    const cycle = findCycle(edges, props.groupId, props.memberId);
    if (cycle) {
      throw conflict(`Adding group "${child.displayName}" to "${group.displayName}" would make a group contain itself`, {
        cycle,
      });
    }
  }
  const column = props.memberType === 'user' ? 'member_user_id' : 'member_group_id';
  const existing = await tx
    .selectFrom('group_members')
    .select('group_id')
    .where('group_id', '=', props.groupId)
    .where(column, '=', props.memberId)
    .executeTakeFirst();
  const alreadyMember = () => conflict(`${memberName} is already a member of ${group.displayName}`);
  if (existing) throw alreadyMember();
  // The same member added by two requests at once: the second waits on the unique index, inserts nothing, and answers as it would after the first.
  const inserted = await tx
    .insertInto('group_members')
    .values({
      tenant_id: props.scope.tenantId,
      group_id: props.groupId,
      member_user_id: props.memberType === 'user' ? props.memberId : null,
      member_group_id: props.memberType === 'group' ? props.memberId : null,
      added_at: ctx.now,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('group_id')
    .executeTakeFirst();
  if (!inserted) throw alreadyMember();
  await recordAudit(tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'group.member_added',
    targetType: 'group',
    targetId: props.groupId,
    summary: `Added ${memberName} to ${group.displayName}`,
    detail: { memberType: props.memberType, memberId: props.memberId },
  });
  await reallocateAfterDirectoryChange(ctx, props.scope, { reason: 'group member added' });
}
