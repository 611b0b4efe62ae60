import { conflict, invalid } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { assignLicenses } from '../licensing/assignLicenses.js';
import { findPendingRequest, recordDecision, notifyDecision } from './declineLicenseRequest.js';

export interface ApproveLicenseRequestProps {
  scope: TenantScope;
  requestId: string;
  deciderId: string;
  /** Which plan to assign; by default the first plan granting the app module with a free seat. */
  planId?: string | undefined;
  note: string;
}

/**
 * Approving assigns the requester a license directly, in the same
 * transaction: when no seat is free the approval fails (409) and the request
 * stays pending, so nobody is told "approved" without a seat.
 */
export async function approveLicenseRequest(ctx: CommandContext, props: ApproveLicenseRequestProps): Promise<{ planId: string }> {
  const request = await findPendingRequest(ctx, props.scope, props.requestId);
  const candidates = await ctx.tx
    .selectFrom('app_module_plans')
    .leftJoin('products', (join) => join.onRef('products.plan_id', '=', 'app_module_plans.plan_id').on('products.tenant_id', '=', props.scope.tenantId))
    .select(['app_module_plans.plan_id', 'app_module_plans.display_name', 'products.purchased', 'products.assigned', 'products.state'])
    .where('app_module_plans.offer_id', '=', request.offer_id)
    .where('app_module_plans.app_module', '=', request.app_module)
    .orderBy('app_module_plans.display_name')
    .execute();
  const held = candidates.filter((c) => c.purchased !== null && c.state !== 'removed' && c.state !== 'suspended');
  let planId = props.planId;
  if (planId) {
    if (!candidates.some((c) => c.plan_id === planId)) throw invalid('planId', 'is not a plan that grants this app module');
  } else {
    const withSeat = held.find((c) => (c.purchased ?? 0) > (c.assigned ?? 0));
    if (!withSeat) {
      const names = candidates.map((c) => c.display_name).join(', ') || 'none';
      throw conflict(
        held.length
          ? `No free seat in the plans that grant ${request.app_module} (${names}); unassign someone or ask the publisher for more licenses`
          : `Your organization holds no licenses that grant ${request.app_module} (plans: ${names}); ask the publisher`,
        { code: 'NOT_ENOUGH_LICENSES' },
      );
    }
    planId = withSeat.plan_id;
  }
  await assignLicenses(ctx, { scope: props.scope, planId, userIds: [request.user_id], groupIds: [], assignedBy: props.deciderId });
  await ctx.tx
    .updateTable('license_requests')
    .set({ status: 'approved', plan_id: planId, decided_at: ctx.now, decided_by: props.deciderId, decision_note: props.note })
    .where('id', '=', request.id)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'license_request.approved',
    targetType: 'license_request',
    targetId: request.id,
    summary: `Approved a license request for ${request.app_module}`,
    detail: { planId },
  });
  await recordDecision(ctx, request, 'approved', planId);
  await notifyDecision(ctx, request, true, props.note);
  return { planId };
}
