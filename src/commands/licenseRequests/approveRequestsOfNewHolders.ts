import type { LicenseRequestDecider } from '../../domain/licenses/licenseKinds.js';
import { recordAudit } from '../../store/audit.js';
import type { CommandContext } from '../context.js';
import type { ProductKey } from '../licensing/productLock.js';
import { appNameOf, notifyDecision, recordDecision } from './requestDecision.js';

/** How the people who just got a seat of the product got it (the reallocation's cause). */
export type SeatGivenBy = Exclude<LicenseRequestDecider, 'admin'>;

export interface NewHolders {
  /** Users whose seat of the product became active in this reallocation. */
  userIds: readonly string[];
  /** Those of them the automatic waiting room admitted in it: the room decided their requests. */
  admittedByRoom: ReadonlySet<string>;
  /** How the others got theirs. */
  givenBy: SeatGivenBy;
}

/**
 * Part of the one allocation path (reallocateProduct), under the product's
 * lock: someone who asked for a license and has just got an active seat of a
 * product that grants the app they asked for has their answer. Each such
 * pending request is approved in the same transaction, naming the product and
 * who or what decided it (LicenseRequestDecider), with its audit event, its
 * `license_request.decided` event and — unless the requester took the seat
 * themselves by opening the app, where the launch page told them — the same
 * message an admin's approval sends. Only usable products (active or in
 * grace) answer a request: a seat of a suspended one does not open the app.
 * Returns the users told, so the waiting room's own "you got a license" is
 * not sent to them as well.
 */
export async function approveRequestsOfNewHolders(ctx: CommandContext, key: ProductKey, holders: NewHolders): Promise<Set<string>> {
  const told = new Set<string>();
  if (holders.userIds.length === 0) return told;
  const product = await ctx.tx
    .selectFrom('products')
    .innerJoin('plans', 'plans.id', 'products.plan_id')
    .select(['plans.name', 'products.state'])
    .where('products.tenant_id', '=', key.tenantId)
    .where('products.plan_id', '=', key.planId)
    .executeTakeFirst();
  if (!product || (product.state !== 'active' && product.state !== 'warning')) return told;
  const seated = new Set(holders.userIds);
  // A tenant has few pending requests: read those this plan grants, then keep the new holders'.
  const pending = await ctx.tx
    .selectFrom('license_requests')
    .select(['id', 'user_id'])
    .where('tenant_id', '=', key.tenantId)
    .where('status', '=', 'pending')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('app_module_plans')
          .select('app_module_plans.plan_id')
          .whereRef('app_module_plans.offer_id', '=', 'license_requests.offer_id')
          .whereRef('app_module_plans.app_module', '=', 'license_requests.app_module')
          .where('app_module_plans.plan_id', '=', key.planId),
      ),
    )
    .execute();
  const answered = pending.filter((r) => seated.has(r.user_id));
  if (answered.length === 0) return told;
  const admin = await tenantAdminActing(ctx, key.tenantId);
  for (const { id, user_id: userId } of answered) {
    const byRoom = holders.admittedByRoom.has(userId);
    const decidedBy: SeatGivenBy = byRoom ? 'waiting_room' : holders.givenBy;
    // The admin is named when they gave the seat (an assignment, or an approval in a manual room); the automatic room and the requester's own claim name nobody.
    const deciderId = byRoom || decidedBy === 'auto_claim' ? null : admin;
    // Still pending when updated: an admin deciding it at this moment keeps their decision.
    const request = await ctx.tx
      .updateTable('license_requests')
      .set({ status: 'approved', plan_id: key.planId, decided_at: ctx.now, decided_by: deciderId, decided_via: decidedBy })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .returning(['id', 'tenant_id', 'user_id', 'offer_id', 'app_module'])
      .executeTakeFirst();
    if (!request) continue;
    const appName = await appNameOf(ctx, request);
    await recordAudit(ctx.tx, ctx.actor, {
      tenantId: key.tenantId,
      action: 'license_request.approved',
      targetType: 'license_request',
      targetId: request.id,
      summary: `A license request for ${appName} was answered: ${HOW[decidedBy]} ${product.name}`,
      detail: { planId: key.planId, appModule: request.app_module, userId, decidedBy },
    });
    await recordDecision(ctx, request, { decision: 'approved', planId: key.planId, decidedBy });
    if (decidedBy === 'auto_claim') continue;
    await notifyDecision(ctx, request, { approved: true, planName: product.name, note: '', decidedBy });
    told.add(userId);
  }
  return told;
}

const HOW: Record<SeatGivenBy, string> = {
  waiting_room: 'the waiting room gave the requester a seat of',
  assignment: 'the requester was assigned',
  auto_claim: 'the requester claimed a free seat of',
};

/** The admin of this tenant whose change gave the seat, if one did (a publisher provisioning licenses or a job is not the customer's decider). */
async function tenantAdminActing(ctx: CommandContext, tenantId: string): Promise<string | null> {
  if (ctx.actor === 'system' || !ctx.actor.userId) return null;
  const user = await ctx.tx.selectFrom('users').select('id').where('id', '=', ctx.actor.userId).where('tenant_id', '=', tenantId).executeTakeFirst();
  return user?.id ?? null;
}
