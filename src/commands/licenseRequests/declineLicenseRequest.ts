import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import { offerFacts, recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { notify } from '../notifications/notify.js';

export async function findPendingRequest(ctx: CommandContext, scope: TenantScope, requestId: string) {
  const request = await ctx.tx
    .selectFrom('license_requests')
    .selectAll()
    .where('tenant_id', '=', scope.tenantId)
    .where('id', '=', requestId)
    .forUpdate()
    .executeTakeFirst();
  if (!request) throw notFound(`License request ${requestId}`);
  if (request.status !== 'pending') throw conflict(`This request was already ${request.status}`);
  return request;
}

export async function declineLicenseRequest(ctx: CommandContext, props: { scope: TenantScope; requestId: string; deciderId: string; note: string }) {
  const request = await findPendingRequest(ctx, props.scope, props.requestId);
  await ctx.tx
    .updateTable('license_requests')
    .set({ status: 'declined', decided_at: ctx.now, decided_by: props.deciderId, decision_note: props.note })
    .where('id', '=', request.id)
    .execute();
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'license_request.declined',
    targetType: 'license_request',
    targetId: request.id,
    summary: `Declined a license request for ${request.app_module}`,
    detail: { note: props.note },
  });
  await recordDecision(ctx, request, 'declined', null);
  await notifyDecision(ctx, request, false, props.note);
}

/** license_request.decided, for the tenant and the publisher of the app asked for. */
export async function recordDecision(
  ctx: CommandContext,
  request: { id: string; tenant_id: string; user_id: string; offer_id: string; app_module: string },
  decision: 'approved' | 'declined',
  planId: string | null,
): Promise<void> {
  if (!ctx.events) return;
  const facts = await offerFacts(ctx, request.offer_id);
  recordLicenseEvent(ctx, {
    type: 'license_request.decided',
    subject: subjects.licenseRequest(request.tenant_id, request.id),
    tenantId: request.tenant_id,
    publisherTenantId: facts.publisherTenantId,
    data: { tenantId: request.tenant_id, requestId: request.id, userId: request.user_id, offerId: facts.offerId, appModule: request.app_module, decision, planId },
  });
}

/** Tells the requester the admins' answer. */
export async function notifyDecision(ctx: CommandContext, request: { id: string; tenant_id: string; user_id: string; offer_id: string; app_module: string }, approved: boolean, note: string) {
  const module = await ctx.tx
    .selectFrom('app_modules')
    .select('display_name')
    .where('offer_id', '=', request.offer_id)
    .where('unique_name', '=', request.app_module)
    .executeTakeFirst();
  await notify(ctx, {
    kind: 'license_request.decided',
    recipients: { userIds: [request.user_id] },
    data: { requestId: request.id, tenantId: request.tenant_id, appModule: request.app_module, appName: module?.display_name ?? request.app_module, approved, note },
  });
}
