import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { conflict } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { findGroup, type GroupRecord } from '../../store/directory/groups.js';
import { isUniqueViolation } from '../../store/errors.js';
import type { CommandContext } from '../context.js';

export const groupNameTaken = (name: string) =>
  conflict(`A group named "${name}" already exists in this tenant`, { errors: [{ field: 'displayName', message: 'is already used by another group' }] });

export async function assertGroupNameFree(ctx: CommandContext, scope: TenantScope, name: string, exceptGroupId?: string) {
  let q = ctx.tx
    .selectFrom('groups')
    .select('id')
    .where('tenant_id', '=', scope.tenantId)
    .where(sql`lower(display_name)`, '=', name.toLowerCase());
  if (exceptGroupId) q = q.where('id', '<>', exceptGroupId);
  if (await q.executeTakeFirst()) throw groupNameTaken(name);
}

export async function createGroup(
  ctx: CommandContext,
  props: { scope: TenantScope; displayName: string; description?: string | undefined },
): Promise<GroupRecord> {
  await assertGroupNameFree(ctx, props.scope, props.displayName);
  const id = randomUUID();
  try {
    await ctx.tx
      .insertInto('groups')
      .values({ id, tenant_id: props.scope.tenantId, display_name: props.displayName, description: props.description ?? '' })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'groups_tenant_name_key')) throw groupNameTaken(props.displayName);
    throw error;
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'group.created',
    targetType: 'group',
    targetId: id,
    summary: `Created group ${props.displayName}`,
  });
  return (await findGroup(ctx.tx, props.scope, id))!;
}
