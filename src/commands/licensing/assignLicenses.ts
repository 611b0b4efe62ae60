import { randomUUID } from 'node:crypto';
import { directAssignmentShortfall, splitDirectAssignments } from '../../domain/seats/directAssignment.js';
import { conflict } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { planFacts, recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { describeTargets, findTenantGroups, findTenantUsers, lockHeldProduct } from './heldProduct.js';
import { currentAllocation, reallocateProduct, type ProductSeats } from './reallocateProduct.js';
import { loadTenantDirectory } from './seatInputs.js';

export interface AssignLicensesProps {
  scope: TenantScope;
  planId: string;
  userIds: string[];
  groupIds: string[];
  assignedBy: string | null;
  /**
   * Honour what fits instead of refusing the whole request: users without a free
   * seat, and disabled users, are left out and reported in `notAssigned`.
   */
  partial?: boolean;
}

/** A user a partial request left without the assignment, and why. */
export interface NotAssigned {
  id: string;
  userPrincipalName: string;
  reason: 'not_enough_licenses' | 'user_disabled';
}

export interface AssignmentOutcome {
  seats: ProductSeats;
  /** Targets that already had this assignment (nothing changed for them). */
  alreadyAssigned: { userIds: string[]; groupIds: string[] };
  /** Only with `partial`: the users left out. */
  notAssigned: NotAssigned[];
}

/**
 * Assigns a product to users and groups, all or nothing. A direct assignment
 * is refused (409) when there is no free seat for it; a group assignment is
 * always accepted, and members beyond the seat count are marked "not enough
 * licenses". Already-assigned targets are left as they are.
 */
export async function assignLicenses(ctx: CommandContext, props: AssignLicensesProps): Promise<AssignmentOutcome> {
  const { key, product, plan } = await lockHeldProduct(ctx, props.scope, props.planId);
  const users = await findTenantUsers(ctx, props.scope, props.userIds);
  const groups = await findTenantGroups(ctx, props.scope, props.groupIds);
  const disabled = users.filter((u) => !u.enabled);
  const notAssigned: NotAssigned[] = [];
  if (disabled.length && props.partial) notAssigned.push(...disabled.map((u) => ({ id: u.id, userPrincipalName: u.user_principal_name, reason: 'user_disabled' as const })));
  else if (disabled.length) throw conflict(`${disabled.map((u) => u.user_principal_name).join(', ')} ${disabled.length === 1 ? 'is' : 'are'} disabled; enable the account before assigning licenses`);

  const existing = await ctx.tx
    .selectFrom('license_assignments')
    .select(['user_id', 'group_id'])
    .where('tenant_id', '=', key.tenantId)
    .where('plan_id', '=', key.planId)
    .execute();
  const assignedUsers = new Set(existing.map((e) => e.user_id).filter(Boolean));
  const assignedGroups = new Set(existing.map((e) => e.group_id).filter(Boolean));
  let newUsers = users.filter((u) => u.enabled && !assignedUsers.has(u.id));
  const newGroups = groups.filter((g) => !assignedGroups.has(g.id));

  const directory = await loadTenantDirectory(ctx.tx, key.tenantId);
  if (newUsers.length) {
    const allocation = await currentAllocation(ctx, key, product, directory);
    const shortfall = directAssignmentShortfall(allocation, newUsers.map((u) => u.id));
    if (shortfall.short > 0 && props.partial) {
      // In the order asked for: the first users named get the free seats.
      const order = new Map(props.userIds.map((id, index) => [id, index]));
      newUsers.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      const { fit } = splitDirectAssignments(allocation, newUsers.map((u) => u.id));
      const fits = new Set(fit);
      notAssigned.push(...newUsers.filter((u) => !fits.has(u.id)).map((u) => ({ id: u.id, userPrincipalName: u.user_principal_name, reason: 'not_enough_licenses' as const })));
      newUsers = newUsers.filter((u) => fits.has(u.id));
    } else if (shortfall.short > 0) {
      throw conflict(
        `Not enough licenses of ${plan.name}: ${shortfall.available} available, ${shortfall.needed} ${shortfall.needed === 1 ? 'user needs' : 'users need'} a new one. Unassign someone or ask the publisher for more licenses.`,
        { code: 'NOT_ENOUGH_LICENSES', available: shortfall.available, needed: shortfall.needed },
      );
    }
  }
  const rows = [
    ...newUsers.map((u) => ({ user_id: u.id, group_id: null })),
    ...newGroups.map((g) => ({ user_id: null, group_id: g.id })),
  ].map((target) => ({ id: randomUUID(), tenant_id: key.tenantId, plan_id: key.planId, ...target, assigned_at: ctx.now, assigned_by: props.assignedBy }));
  if (rows.length) await ctx.tx.insertInto('license_assignments').values(rows).execute();

  const seats = (await reallocateProduct(ctx, key, { reason: 'assigned', directory }))!;
  if (rows.length) {
    await recordAudit(ctx.tx, ctx.actor, {
      tenantId: key.tenantId,
      action: 'license.assigned',
      targetType: 'product',
      targetId: key.planId,
      summary: `Assigned ${plan.name} to ${describeTargets(newUsers.length, newGroups.length)}`,
      detail: { userIds: newUsers.map((u) => u.id), groupIds: newGroups.map((g) => g.id), overAssigned: seats.overAssigned },
    });
    const facts = await planFacts(ctx, key.planId);
    recordLicenseEvent(ctx, {
      type: 'license.assigned',
      subject: subjects.product(key.tenantId, key.planId),
      tenantId: key.tenantId,
      publisherTenantId: facts.publisherTenantId,
      data: { tenantId: key.tenantId, planId: key.planId, planKey: facts.planKey, userIds: newUsers.map((u) => u.id), groupIds: newGroups.map((g) => g.id), overAssigned: seats.overAssigned },
    });
  }
  return {
    seats,
    alreadyAssigned: { userIds: users.filter((u) => assignedUsers.has(u.id)).map((u) => u.id), groupIds: groups.filter((g) => assignedGroups.has(g.id)).map((g) => g.id) },
    notAssigned,
  };
}
