import { seatLevel } from '../../domain/seats/seatLevel.js';
import { licenseAdminsOf } from '../../store/notifications.js';
import type { CommandContext } from '../context.js';
import type { ProductKey } from '../licensing/productLock.js';
import { notify } from './notify.js';

/**
 * Called by every reallocation (with the product lock held): when a product
 * rises to 90 % or 100 % of its seats, the tenant's license admins are told,
 * once per crossing — the level is remembered, and only falling below it
 * again lets a later rise be announced again.
 */
export async function announceSeatLevel(ctx: CommandContext, key: ProductKey, seats: { purchased: number; assigned: number }): Promise<void> {
  const level = seatLevel(seats.purchased, seats.assigned);
  const stored = await ctx.tx.selectFrom('seat_alerts').select('level').where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).executeTakeFirst();
  const before = stored?.level ?? 0;
  if (level === before) return;
  await ctx.tx
    .insertInto('seat_alerts')
    .values({ tenant_id: key.tenantId, plan_id: key.planId, level, updated_at: ctx.now })
    .onConflict((oc) => oc.columns(['tenant_id', 'plan_id']).doUpdateSet({ level, updated_at: ctx.now }))
    .execute();
  if (level === 0 || level < before) return;
  const plan = await ctx.tx
    .selectFrom('plans')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .select(['plans.name as plan_name', 'offers.name as offer_name'])
    .where('plans.id', '=', key.planId)
    .executeTakeFirstOrThrow();
  await notify(ctx, {
    kind: 'seats.threshold',
    recipients: { userIds: await licenseAdminsOf(ctx.tx, key.tenantId) },
    data: { planId: key.planId, planName: plan.plan_name, offerName: plan.offer_name, level, assigned: seats.assigned, purchased: seats.purchased },
  });
}
