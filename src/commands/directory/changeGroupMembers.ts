import { findCycle } from '../../domain/directory/groupNesting.js';
import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findGroup, listGroupEdges } from '../../store/directory/groups.js';
import type { CommandContext } from '../context.js';
import { lockSeatsForDirectoryChange, reallocateAfterDirectoryChange } from '../licensing/reallocateAfterDirectoryChange.js';

export interface ChangeGroupMembersProps {
  scope: TenantScope;
  groupId: string;
  /** Members to add (already known to be the tenant's users and groups); ones already in the group are left as they are. */
  add: { userIds: readonly string[]; groupIds: readonly string[] };
  /** Member ids (users or groups) to take out; ones not in the group are ignored. */
  remove: readonly string[];
  /**
   * Set when an identity provider's group mapping adds the members at sign-in:
   * the new memberships name it, so a later sign-in without the group claim
   * can take them away. Memberships that already exist keep their source.
   * Without it (an admin, SCIM) the added users' memberships become the
   * admin's: no sign-in takes them away.
   */
  grantedByProviderId?: string;
}

/**
 * Adds and removes many members of one group at once, as a provisioning
 * client does (SCIM PATCH of members, or a PUT with the whole list): one
 * audit event naming who came and went, and one seat reallocation for all of
 * it, so group-based seats move in the fair order. Idempotent per member,
 * unlike addGroupMember/removeGroupMember which answer 409/404 for a member
 * already in or already out.
 */
export async function changeGroupMembers(ctx: CommandContext, props: ChangeGroupMembersProps): Promise<{ added: number; removed: number }> {
  const { tx } = ctx;
  const group = await findGroup(tx, props.scope, props.groupId);
  if (!group) throw notFound(`Group ${props.groupId}`);
  if (props.add.userIds.length + props.add.groupIds.length + props.remove.length === 0) return { added: 0, removed: 0 };
  await lockSeatsForDirectoryChange(ctx, props.scope);
  if (props.add.groupIds.length) {
    // Serialize nesting changes per tenant so two concurrent additions cannot close a loop together.
    await tx.selectFrom('tenants').select('id').where('id', '=', props.scope.tenantId).forUpdate().execute();
    const edges = (await listGroupEdges(tx, props.scope)).map((e) => ({ parentId: e.group_id, childId: e.member_group_id }));
    for (const childId of props.add.groupIds) {
      const cycle = findCycle(edges, props.groupId, childId);
      if (cycle) throw conflict(`Adding group ${childId} to "${group.displayName}" would make a group contain itself`, { cycle });
      edges.push({ parentId: props.groupId, childId });
    }
  }
  let removed = 0;
  if (props.remove.length) {
    const result = await tx
      .deleteFrom('group_members')
      .where('tenant_id', '=', props.scope.tenantId)
      .where('group_id', '=', props.groupId)
      .where((eb) => eb.or([eb('member_user_id', 'in', props.remove), eb('member_group_id', 'in', props.remove)]))
      .executeTakeFirst();
    removed = Number(result.numDeletedRows);
  }
  const rows = [
    ...props.add.userIds.map((id) => ({
      tenant_id: props.scope.tenantId,
      group_id: props.groupId,
      member_user_id: id,
      member_group_id: null,
      added_at: ctx.now,
      granted_by_provider_id: props.grantedByProviderId ?? null,
    })),
    ...props.add.groupIds.map((id) => ({ tenant_id: props.scope.tenantId, group_id: props.groupId, member_user_id: null, member_group_id: id, added_at: ctx.now })),
  ];
  let added = 0;
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await tx
      .insertInto('group_members')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.doNothing())
      .returning('group_id')
      .execute();
    added += inserted.length;
  }
  if (!props.grantedByProviderId && props.add.userIds.length) {
    await tx
      .updateTable('group_members')
      .set({ granted_by_provider_id: null })
      .where('tenant_id', '=', props.scope.tenantId)
      .where('group_id', '=', props.groupId)
      .where('member_user_id', 'in', props.add.userIds)
      .where('granted_by_provider_id', 'is not', null)
      .execute();
  }
  if (added + removed === 0) return { added, removed };
  await tx.updateTable('groups').set({ updated_at: ctx.now }).where('tenant_id', '=', props.scope.tenantId).where('id', '=', props.groupId).execute();
  await recordAudit(tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'group.members_changed',
    targetType: 'group',
    targetId: props.groupId,
    summary: `Changed the members of ${group.displayName}: ${added} added, ${removed} removed`,
    detail: { added: [...props.add.userIds, ...props.add.groupIds].slice(0, 100), removed: props.remove.slice(0, 100), addedCount: added, removedCount: removed },
  });
  await reallocateAfterDirectoryChange(ctx, props.scope, { reason: 'group members changed' });
  return { added, removed };
}
