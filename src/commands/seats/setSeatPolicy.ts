import type { SeatPolicy } from '../../domain/seats/seatPolicy.js';
import { invalidFields } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { loadSeatPolicy, saveSeatPolicy } from '../../store/seats/policies.js';
import type { CommandContext } from '../context.js';
import { lockHeldProduct } from '../licensing/heldProduct.js';
import { reallocateProduct } from '../licensing/reallocateProduct.js';
import { recordLicenseEvent } from '../changeFeed.js';

export interface SetSeatPolicyProps {
  scope: TenantScope;
  planId: string;
  policy: SeatPolicy;
}

/**
 * Sets a product's seat policy. Groups it names must be the tenant's. Turning
 * the waiting room to `automatic` hands free seats to the people waiting at
 * once (through the allocation path); turning it `off` empties the room.
 */
export async function setSeatPolicy(ctx: CommandContext, props: SetSeatPolicyProps): Promise<SeatPolicy> {
  const { key, plan } = await lockHeldProduct(ctx, props.scope, props.planId);
  const groups = [typeof props.policy.autoClaim === 'object' ? ['autoClaim', props.policy.autoClaim.groupId] : null, props.policy.exclusionGroupId ? ['exclusionGroupId', props.policy.exclusionGroupId] : null].filter(
    (g): g is [string, string] => g !== null,
  );
  for (const [field, groupId] of groups) {
    const found = await ctx.tx.selectFrom('groups').select('id').where('tenant_id', '=', key.tenantId).where('id', '=', groupId).executeTakeFirst();
    if (!found) throw invalidFields([{ field, message: `no group ${groupId} in your organization` }]);
  }
  const before = await loadSeatPolicy(ctx.tx, key);
  await saveSeatPolicy(ctx.tx, key, props.policy, ctx.now);
  if (props.policy.waitingRoom === 'off') await ctx.tx.deleteFrom('seat_waiting').where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).execute();
  if (props.policy.waitingRoom === 'automatic' && before.waitingRoom !== 'automatic') await reallocateProduct(ctx, key, { reason: 'waiting room admitted' });
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: key.tenantId,
    action: 'seat_policy.updated',
    targetType: 'product',
    targetId: key.planId,
    summary: `Changed the seat policy of ${plan.name}`,
    detail: { before, after: props.policy },
  });
  const publisher = await ctx.tx.selectFrom('plans').select('tenant_id').where('id', '=', key.planId).executeTakeFirst();
  recordLicenseEvent(ctx, {
    type: 'seat_policy.updated',
    subject: `tenants/${key.tenantId}/licenses/${key.planId}`,
    tenantId: key.tenantId,
    publisherTenantId: publisher?.tenant_id ?? null,
    data: { tenantId: key.tenantId, planId: key.planId, autoClaim: typeof props.policy.autoClaim === 'object' ? 'group' : props.policy.autoClaim, waitingRoom: props.policy.waitingRoom, reclaimAfterDays: props.policy.reclaimAfterDays },
  });
  return props.policy;
}
