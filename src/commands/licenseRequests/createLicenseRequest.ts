import { randomUUID } from 'node:crypto';
import { conflict, notFound } from '../../domain/problems.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { EntitlementIndex } from '../../runtime/entitlementIndex.js';
import { recordAudit } from '../../store/audit.js';
import { isUniqueViolation } from '../../store/errors.js';
import { licenseAdminsOf } from '../../store/notifications.js';
import type { CommandContext } from '../context.js';
import { offerFacts, recordLicenseEvent } from '../changeFeed.js';
import { subjects } from '../../domain/events/catalogue.js';
import { notify } from '../notifications/notify.js';
import { claimSeat } from '../seats/claimSeat.js';

export interface CreateLicenseRequestProps {
  scope: TenantScope;
  userId: string;
  appModule: string;
  message: string;
  /** The decision comes from the same index the launch page used. */
  index: EntitlementIndex;
}

/** A user without a license asks their admins for one, from the launch page. */
export async function createLicenseRequest(ctx: CommandContext, props: CreateLicenseRequestProps) {
  const decision = props.index.check(props.scope.tenantId, props.userId, props.appModule);
  if (!decision.appModule) throw notFound(`App module ${props.appModule}`);
  if (decision.licensed) throw conflict(`You can already run ${decision.appModule.displayName}; no request needed`);
  const id = randomUUID();
  try {
    await ctx.tx
      .insertInto('license_requests')
      .values({
        id,
        tenant_id: props.scope.tenantId,
        user_id: props.userId,
        offer_id: decision.appModule.offerId,
        app_module: decision.appModule.uniqueName,
        message: props.message,
        created_at: ctx.now,
      })
      .execute();
  } catch (error) {
    if (isUniqueViolation(error, 'license_requests_pending_key')) {
      throw conflict(`You already asked for a license for ${decision.appModule.displayName}; your admins have not answered yet`);
    }
    throw error;
  }
  await recordAudit(ctx.tx, ctx.actor, {
    tenantId: props.scope.tenantId,
    action: 'license_request.created',
    targetType: 'license_request',
    targetId: id,
    summary: `Requested a license for ${decision.appModule.displayName}`,
    detail: { appModule: decision.appModule.uniqueName, code: decision.code },
  });
  const facts = await offerFacts(ctx, decision.appModule.offerId);
  recordLicenseEvent(ctx, {
    type: 'license_request.created',
    subject: subjects.licenseRequest(props.scope.tenantId, id),
    tenantId: props.scope.tenantId,
    publisherTenantId: facts.publisherTenantId,
    data: { tenantId: props.scope.tenantId, requestId: id, userId: props.userId, offerId: facts.offerId, offerKey: facts.offerKey, appModule: decision.appModule.uniqueName },
  });
  const requester = await ctx.tx.selectFrom('users').select(['display_name', 'user_principal_name']).where('id', '=', props.userId).executeTakeFirstOrThrow();
  await notify(ctx, {
    kind: 'license_request.created',
    recipients: { userIds: await licenseAdminsOf(ctx.tx, props.scope.tenantId) },
    data: { requestId: id, requesterName: requester.display_name, requesterUpn: requester.user_principal_name, appName: decision.appModule.displayName, message: props.message },
  });
  // Asking for a license also queues the user in the product's waiting room, when it has one (docs/seats.md).
  await claimSeat(ctx, { tenantId: props.scope.tenantId, userId: props.userId, serviceIds: decision.appModule.requiredServiceIds, via: 'request' });
  return id;
}
