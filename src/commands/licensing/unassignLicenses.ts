import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { planFacts, recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { describeTargets, findTenantGroups, findTenantUsers, lockHeldProduct } from './heldProduct.js';
import { reallocateProduct, type ProductSeats } from './reallocateProduct.js';

export interface UnassignLicensesProps {
  scope: TenantScope;
  planId: string;
  userIds: string[];
  groupIds: string[];
}

/**
 * Removes direct assignments from users and assignments from groups, all or
 * nothing. The seats freed go to whoever has waited longest. A user who holds
 * the license only through a group is told to leave the group (or unassign it).
 */
export async function unassignLicenses(ctx: CommandContext, props: UnassignLicensesProps): Promise<ProductSeats> {
  const { key, plan } = await lockHeldProduct(ctx, props.scope, props.planId);
  const users = await findTenantUsers(ctx, props.scope, props.userIds);
  const groups = await findTenantGroups(ctx, props.scope, props.groupIds);
  const assignments = await ctx.tx.selectFrom('license_assignments').select(['id', 'user_id', 'group_id']).where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).execute();
  const ids: string[] = [];
  for (const user of users) {
    const direct = assignments.find((a) => a.user_id === user.id);
    if (direct) {
      ids.push(direct.id);
      continue;
    }
    const holding = await ctx.tx.selectFrom('seat_holdings').select('sources').where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).where('user_id', '=', user.id).executeTakeFirst();
    if (holding) throw conflict(`${user.user_principal_name} holds ${plan.name} through a group, not directly; remove them from the group or unassign the group`);
    throw notFound(`An assignment of ${plan.name} to ${user.user_principal_name}`);
  }
  for (const group of groups) {
    const assigned = assignments.find((a) => a.group_id === group.id);
    if (!assigned) throw notFound(`An assignment of ${plan.name} to group ${group.display_name}`);
    ids.push(assigned.id);
  }
  if (ids.length) await ctx.tx.deleteFrom('license_assignments').where('id', 'in', ids).execute();
  const seats = (await reallocateProduct(ctx, key, { reason: 'unassigned' }))!;
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: key.tenantId,
    action: 'license.unassigned',
    targetType: 'product',
    targetId: key.planId,
    summary: `Unassigned ${plan.name} from ${describeTargets(users.length, groups.length)}`,
    detail: { userIds: users.map((u) => u.id), groupIds: groups.map((g) => g.id) },
  });
  const facts = await planFacts(ctx, key.planId);
  recordLicenseEvent(ctx, {
    type: 'license.unassigned',
    subject: subjects.product(key.tenantId, key.planId),
    tenantId: key.tenantId,
    publisherTenantId: facts.publisherTenantId,
    data: { tenantId: key.tenantId, planId: key.planId, planKey: facts.planKey, userIds: users.map((u) => u.id), groupIds: groups.map((g) => g.id) },
  });
  return seats;
}
