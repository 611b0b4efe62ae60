import { conflict, notFound } from '../../domain/problems.js';
import type { LicenseRequestDecider } from '../../domain/licenses/licenseKinds.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { CommandContext } from '../context.js';
import { offerFacts, recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { notify } from '../notifications/notify.js';

/** What every decision of a license request writes besides the row: its event and the requester's message. */

type RequestRow = { id: string; tenant_id: string; user_id: string; offer_id: string; app_module: string };

/** The tenant's request, locked; 404 when there is none, 409 when it was decided already. */
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

/** license_request.decided, for the tenant and the publisher of the app asked for. */
export async function recordDecision(
  ctx: CommandContext,
  request: RequestRow,
  decision: { decision: 'approved' | 'declined'; planId: string | null; decidedBy: LicenseRequestDecider },
): Promise<void> {
  if (!ctx.events) return;
  const facts = await offerFacts(ctx, request.offer_id);
  recordLicenseEvent(ctx, {
    type: 'license_request.decided',
    subject: subjects.licenseRequest(request.tenant_id, request.id),
    tenantId: request.tenant_id,
    publisherTenantId: facts.publisherTenantId,
    data: { tenantId: request.tenant_id, requestId: request.id, userId: request.user_id, offerId: facts.offerId, offerKey: facts.offerKey, appModule: request.app_module, ...decision },
  });
}

/** The app module's display name (people never see its unique name). */
export async function appNameOf(ctx: CommandContext, request: Pick<RequestRow, 'offer_id' | 'app_module'>): Promise<string> {
  const module = await ctx.tx
    .selectFrom('app_modules')
    .select('display_name')
    .where('offer_id', '=', request.offer_id)
    .where('unique_name', '=', request.app_module)
    .executeTakeFirst();
  return module?.display_name ?? request.app_module;
}

/** Tells the requester the answer: in-app, and by email through the outbox when SMTP is set up. */
export async function notifyDecision(
  ctx: CommandContext,
  request: RequestRow,
  decision: { approved: boolean; planName: string | null; note: string; decidedBy: Exclude<LicenseRequestDecider, 'auto_claim'> },
) {
  await notify(ctx, {
    kind: 'license_request.decided',
    recipients: { userIds: [request.user_id] },
    data: { requestId: request.id, tenantId: request.tenant_id, appModule: request.app_module, appName: await appNameOf(ctx, request), ...decision },
  });
}
