import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { listWaiting } from '../../store/seats/waiting.js';
import type { CommandContext } from '../context.js';
import { lockProduct } from '../licensing/productLock.js';
import { takeOutOfWaitingRoom } from '../seats/removeWaiting.js';
import { appNameOf, findPendingRequest, notifyDecision, recordDecision } from './requestDecision.js';

/**
 * Declining answers the request and takes the requester out of the waiting
 * rooms the request put them in: otherwise the next freed seat would go to
 * the person an admin just said no to. A place taken by opening the app
 * (auto-claim) is the policy's, not the request's, and stays.
 *
 * Those products are locked before the request, the order approving takes
 * (and the allocation path, which answers requests by itself).
 */
export async function declineLicenseRequest(ctx: CommandContext, props: { scope: TenantScope; requestId: string; deciderId: string; note: string }) {
  const waitingFor = await roomsJoinedByRequest(ctx, props.scope, props.requestId);
  for (const planId of waitingFor) await lockProduct(ctx.tx, { tenantId: props.scope.tenantId, planId });
  const request = await findPendingRequest(ctx, props.scope, props.requestId);
  await ctx.tx
    .updateTable('license_requests')
    .set({ status: 'declined', decided_at: ctx.now, decided_by: props.deciderId, decided_via: 'admin', decision_note: props.note })
    .where('id', '=', request.id)
    .execute();
  const appName = await appNameOf(ctx, request);
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'license_request.declined',
    targetType: 'license_request',
    targetId: request.id,
    summary: `Declined a license request for ${appName}`,
    detail: { note: props.note },
  });
  for (const planId of waitingFor) {
    const key = { tenantId: props.scope.tenantId, planId };
    const place = (await listWaiting(ctx.tx, key)).find((w) => w.userId === request.user_id && w.reason === 'request');
    if (!place) continue;
    await takeOutOfWaitingRoom(ctx, key, place, {
      summary: `Removed ${place.userPrincipalName} from the waiting room: their request for ${appName} was declined`,
      detail: { requestId: request.id },
    });
  }
  await recordDecision(ctx, request, { decision: 'declined', planId: null, decidedBy: 'admin' });
  await notifyDecision(ctx, request, { approved: false, planName: null, note: props.note, decidedBy: 'admin' });
}

/** The products whose waiting room the requester joined by asking for this request's app, in lock order. */
async function roomsJoinedByRequest(ctx: CommandContext, scope: TenantScope, requestId: string): Promise<string[]> {
  const rows = await ctx.tx
    .selectFrom('license_requests')
    .innerJoin('app_module_plans', (join) => join.onRef('app_module_plans.offer_id', '=', 'license_requests.offer_id').onRef('app_module_plans.app_module', '=', 'license_requests.app_module'))
    .innerJoin('seat_waiting', (join) =>
      join.onRef('seat_waiting.plan_id', '=', 'app_module_plans.plan_id').onRef('seat_waiting.tenant_id', '=', 'license_requests.tenant_id').onRef('seat_waiting.user_id', '=', 'license_requests.user_id'),
    )
    .select('seat_waiting.plan_id')
    .distinct()
    .where('license_requests.tenant_id', '=', scope.tenantId)
    .where('license_requests.id', '=', requestId)
    .where('license_requests.status', '=', 'pending')
    .where('seat_waiting.reason', '=', 'request')
    .orderBy('seat_waiting.plan_id')
    .execute();
  return rows.map((row) => row.plan_id);
}
