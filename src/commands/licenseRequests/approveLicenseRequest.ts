import { approvalBlocker, productToApprove } from '../../domain/licenseRequests/grantingProducts.js';
import { conflict, invalid, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import { recordAudit } from '../../store/audit.js';
import { grantingProducts } from '../../store/licenseRequestProducts.js';
import type { CommandContext } from '../context.js';
import { assignLicenses } from '../licensing/assignLicenses.js';
import { lockProduct } from '../licensing/productLock.js';
import { appNameOf, findPendingRequest, notifyDecision, recordDecision } from './requestDecision.js';

export interface ApproveLicenseRequestProps {
  scope: TenantScope;
  requestId: string;
  deciderId: string;
  /** Which plan to assign; by default the first plan (by name) granting the app module with a free seat. */
  planId?: string | undefined;
  note: string;
}

/**
 * Approving assigns the requester a license directly, in the same
 * transaction, through the one allocation path (assignLicenses: a direct
 * assignment under the product's lock, then reallocation, which also takes
 * them out of the waiting room). When no seat is free — also when another
 * admin took the last one a moment earlier — the approval fails (409) and
 * the request stays pending, so nobody is told "approved" without a seat.
 *
 * The product is locked before the request, the order the allocation path
 * takes them in when a seat it hands out closes the request by itself
 * (approveRequestsOfNewHolders): a waiting room admitting the requester at
 * the same moment makes this answer 409 "already approved", never a deadlock.
 * The request is marked approved before the seat is assigned, so that path
 * leaves it to this admin's decision.
 */
export async function approveLicenseRequest(ctx: CommandContext, props: ApproveLicenseRequestProps): Promise<{ planId: string }> {
  const asked = await ctx.tx.selectFrom('license_requests').select(['offer_id', 'app_module', 'status']).where('tenant_id', '=', props.scope.tenantId).where('id', '=', props.requestId).executeTakeFirst();
  if (!asked) throw notFound(`License request ${props.requestId}`);
  if (asked.status !== 'pending') throw conflict(`This request was already ${asked.status}`);
  const appName = await appNameOf(ctx, asked);
  const module = { offerId: asked.offer_id, appModule: asked.app_module };
  const products = (await grantingProducts(ctx.tx, props.scope.tenantId, [module]))(module);
  const chosen = props.planId ? products.find((p) => p.planId === props.planId) : productToApprove(products);
  if (props.planId && !chosen) throw invalid('planId', `is not a product your organization holds that grants ${appName}`);
  if (!chosen) throw conflict(approvalBlocker(appName, products)!, { code: 'NOT_ENOUGH_LICENSES' });

  await lockProduct(ctx.tx, { tenantId: props.scope.tenantId, planId: chosen.planId });
  const request = await findPendingRequest(ctx, props.scope, props.requestId);
  await ctx.tx
    .updateTable('license_requests')
    .set({ status: 'approved', plan_id: chosen.planId, decided_at: ctx.now, decided_by: props.deciderId, decided_via: 'admin', decision_note: props.note })
    .where('id', '=', request.id)
    .execute();
  // assignLicenses counts the seats again under the product's lock: a race for the last seat ends in its 409 (and the approval rolls back).
  await assignLicenses(ctx, { scope: props.scope, planId: chosen.planId, userIds: [request.user_id], groupIds: [], assignedBy: props.deciderId });
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'license_request.approved',
    targetType: 'license_request',
    targetId: request.id,
    summary: `Approved a license request for ${appName}: assigned ${chosen.name}`,
    detail: { planId: chosen.planId, appModule: request.app_module, decidedBy: 'admin' },
  });
  await recordDecision(ctx, request, { decision: 'approved', planId: chosen.planId, decidedBy: 'admin' });
  await notifyDecision(ctx, request, { approved: true, planName: chosen.name, note: props.note, decidedBy: 'admin' });
  return { planId: chosen.planId };
}
