import { licenseAdminsOf } from '../../store/notifications.js';
import type { CommandContext } from '../context.js';
import type { ProductKey } from '../licensing/productLock.js';
import { notify } from '../notifications/notify.js';

const DAY_MS = 86_400_000;

/** The product's plan and offer names, and the first app module the plan grants (where its holders open it). */
async function productNames(ctx: CommandContext, key: ProductKey) {
  const plan = await ctx.tx
    .selectFrom('plans')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .select(['plans.name as plan_name', 'offers.name as offer_name'])
    .where('plans.id', '=', key.planId)
    .executeTakeFirstOrThrow();
  const module = await ctx.tx.selectFrom('app_module_plans').select('app_module').where('plan_id', '=', key.planId).orderBy('app_module').executeTakeFirst();
  return { planName: plan.plan_name, offerName: plan.offer_name, appModule: module?.app_module ?? null };
}

/** Each holder of an announced seat learns the date it will be reclaimed unless they use the app. */
export async function notifyReclaimAnnounced(ctx: CommandContext, key: ProductKey, items: readonly { userId: string; dueAt: Date; idleSince: Date }[]): Promise<void> {
  if (!items.length) return;
  const names = await productNames(ctx, key);
  for (const item of items) {
    await notify(ctx, {
      kind: 'seat.reclaim_announced',
      recipients: { userIds: [item.userId] },
      data: {
        tenantId: key.tenantId,
        planId: key.planId,
        planName: names.planName,
        offerName: names.offerName,
        appModule: names.appModule,
        dueAt: item.dueAt.toISOString(),
        idleDays: Math.max(0, Math.floor((ctx.now.getTime() - item.idleSince.getTime()) / DAY_MS)),
      },
    });
  }
}

/** The tenant's license admins learn which seats were reclaimed, and until when they can undo it. */
export async function notifyReclaimed(ctx: CommandContext, key: ProductKey, items: readonly { userPrincipalName: string; displayName: string }[], undoDays: number): Promise<void> {
  if (!items.length) return;
  const names = await productNames(ctx, key);
  await notify(ctx, {
    kind: 'seats.reclaimed',
    recipients: { userIds: await licenseAdminsOf(ctx.tx, key.tenantId) },
    data: {
      planId: key.planId,
      planName: names.planName,
      offerName: names.offerName,
      people: items.map((i) => `${i.displayName} (${i.userPrincipalName})`),
      undoUntil: new Date(ctx.now.getTime() + undoDays * DAY_MS).toISOString(),
    },
  });
}

/** People given a seat from the waiting room (automatically or by an admin) learn it is theirs. */
export async function notifyAdmitted(ctx: CommandContext, key: ProductKey, userIds: readonly string[]): Promise<void> {
  if (!userIds.length) return;
  const names = await productNames(ctx, key);
  await notify(ctx, {
    kind: 'waiting_room.admitted',
    recipients: { userIds },
    data: { tenantId: key.tenantId, planId: key.planId, planName: names.planName, offerName: names.offerName, appModule: names.appModule },
  });
}
