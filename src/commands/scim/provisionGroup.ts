import { notFound } from '../../domain/problems.js';
import { scimInvalid, scimUniqueness } from '../../domain/scim/errors.js';
import type { ScimGroupInput } from '../../domain/scim/groupResource.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findScimGroup, resolveMemberIds, scimGroupMembers } from '../../store/scim/scimDirectory.js';
import type { CommandContext } from '../context.js';
import { changeGroupMembers } from '../directory/changeGroupMembers.js';
import { createGroup } from '../directory/createGroup.js';
import { updateGroup } from '../directory/updateGroup.js';
import { asScimConflict } from './provisionUser.js';

/**
 * A SCIM client creates or replaces a group. The group itself goes through
 * createGroup/updateGroup, its members through changeGroupMembers (one seat
 * reallocation for the whole change, so group-based seats move at once).
 */

async function assertExternalIdFree(ctx: CommandContext, scope: TenantScope, externalId: string | null, exceptGroupId?: string) {
  if (!externalId) return;
  let q = ctx.tx.selectFrom('groups').select('id').where('tenant_id', '=', scope.tenantId).where('external_id', '=', externalId);
  if (exceptGroupId) q = q.where('id', '<>', exceptGroupId);
  if (await q.executeTakeFirst()) throw scimUniqueness(`Another group of this tenant already has externalId "${externalId}"`);
}

async function membersOf(ctx: CommandContext, scope: TenantScope, ids: string[]) {
  const { userIds, groupIds, unknown } = await resolveMemberIds(ctx.tx, scope.tenantId, ids);
  if (unknown.length) {
    throw scimInvalid('invalidValue', `members: no user or group of this tenant has the id ${unknown.slice(0, 5).map((id) => `"${id}"`).join(', ')}${unknown.length > 5 ? ` (and ${unknown.length - 5} more)` : ''}`);
  }
  return { userIds: [...userIds], groupIds: [...groupIds] };
}

export async function createScimGroup(ctx: CommandContext, props: { scope: TenantScope; input: ScimGroupInput }): Promise<string> {
  const { scope, input } = props;
  await assertExternalIdFree(ctx, scope, input.externalId);
  const group = await asScimConflict(() => createGroup(ctx, { scope, displayName: input.displayName }));
  await ctx.tx.updateTable('groups').set({ source: 'scim', external_id: input.externalId }).where('tenant_id', '=', scope.tenantId).where('id', '=', group.id).execute();
  if (input.memberIds?.length) {
    await changeGroupMembers(ctx, { scope, groupId: group.id, add: await membersOf(ctx, scope, input.memberIds), remove: [] });
  }
  return group.id;
}

export async function replaceScimGroup(ctx: CommandContext, props: { scope: TenantScope; groupId: string; input: ScimGroupInput }): Promise<void> {
  const { scope, groupId, input } = props;
  const before = await findScimGroup(ctx.tx, scope.tenantId, groupId);
  if (!before) throw notFound(`Group ${groupId}`);
  await assertExternalIdFree(ctx, scope, input.externalId, groupId);
  if (input.displayName !== before.displayName) await asScimConflict(() => updateGroup(ctx, { scope, groupId, changes: { displayName: input.displayName } }));
  if ((before.externalId ?? null) !== input.externalId) {
    await ctx.tx.updateTable('groups').set({ external_id: input.externalId, source: 'scim', updated_at: ctx.now }).where('tenant_id', '=', scope.tenantId).where('id', '=', groupId).execute();
    await recordAudit(ctx.tx, ctx.actor, {
      tenantId: scope.tenantId,
      action: 'group.provisioned',
      targetType: 'group',
      targetId: groupId,
      summary: `Provisioning linked ${input.displayName} to externalId ${input.externalId ?? '(none)'}`,
    });
  }
  if (input.memberIds === null) return;
  const current = ((await scimGroupMembers(ctx.tx, scope.tenantId, [groupId])).get(groupId) ?? []).map((m) => m.id);
  const wanted = new Set(input.memberIds);
  const have = new Set(current);
  const toAdd = input.memberIds.filter((id) => !have.has(id));
  const toRemove = current.filter((id) => !wanted.has(id));
  if (toAdd.length + toRemove.length === 0) return;
  await changeGroupMembers(ctx, { scope, groupId, add: await membersOf(ctx, scope, toAdd), remove: toRemove });
}
