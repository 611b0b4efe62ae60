import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { appNameOf, findPendingRequest, notifyDecision, recordDecision } from './requestDecision.js';

export async function declineLicenseRequest(ctx: CommandContext, props: { scope: TenantScope; requestId: string; deciderId: string; note: string }) {
  const request = await findPendingRequest(ctx, props.scope, props.requestId);
  await ctx.tx
    .updateTable('license_requests')
    .set({ status: 'declined', decided_at: ctx.now, decided_by: props.deciderId, decided_via: 'admin', decision_note: props.note })
    .where('id', '=', request.id)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'license_request.declined',
    targetType: 'license_request',
    targetId: request.id,
    summary: `Declined a license request for ${await appNameOf(ctx, request)}`,
    detail: { note: props.note },
  });
  await recordDecision(ctx, request, { decision: 'declined', planId: null, decidedBy: 'admin' });
  await notifyDecision(ctx, request, { approved: false, planName: null, note: props.note, decidedBy: 'admin' });
}
