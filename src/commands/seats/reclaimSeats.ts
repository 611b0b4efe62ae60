import type { AuditAction } from '../../domain/auditActions.js';
import type { LicenseEventType } from '../../domain/events/catalogue.js';
import { randomUUID } from 'node:crypto';
import { transitiveMembers } from '../../domain/seats/groupGraph.js';
import { idleSince, reclaimDueAt, reclaimStep, type ReclaimStep } from '../../domain/seats/reclamation.js';
import { recordAudit } from '../../store/audit.js';
import { loadSeatPolicy } from '../../store/seats/policies.js';
import { loadReclamationHolders } from '../../store/seats/reclamations.js';
import type { CommandContext } from '../context.js';
import { lockProduct, type ProductKey } from '../licensing/productLock.js';
import { reallocateProduct } from '../licensing/reallocateProduct.js';
import { loadTenantDirectory } from '../licensing/seatInputs.js';
import { recordSeatEvent } from './seatEvents.js';
import { notifyReclaimAnnounced, notifyReclaimed } from './seatNotifications.js';

export interface ReclamationItem {
  userId: string;
  userPrincipalName: string;
  displayName: string;
  step: Exclude<ReclaimStep, 'none'>;
  lastUsedAt: Date | null;
  idleSince: Date;
  /** When the seat is (or would be) reclaimed. */
  dueAt: Date;
}

export interface ReclamationRun {
  announced: ReclamationItem[];
  cancelled: ReclamationItem[];
  reclaimed: ReclamationItem[];
}

/**
 * Reclamation of one product's unused seats (domain/seats/reclamation.ts for
 * the rules), under the product's lock so it never races an assignment, a
 * claim or a launch's claim: announces seats unused `reclaimAfterDays` (a
 * `seat_reclamations` row the holder's launch page shows, an audit entry and a
 * `seat_reclamation.announced` event), cancels announcements whose holder
 * used the product since or became excluded, and reclaims those whose notice
 * ended: their direct assignment is removed and the product reallocated, so
 * the freed seat goes to the waiting room first. `dryRun` reports the same
 * steps and writes nothing. Holders of announced seats are notified (email
 * and in-app, as their preferences say), and the license admins when seats
 * were reclaimed. Null when the tenant has no such product.
 */
export async function reclaimSeats(ctx: CommandContext, key: ProductKey, options: { dryRun: boolean; /** How long a reclamation can be undone (told to the admins); 30 days by default. */ undoDays?: number }): Promise<ReclamationRun | null> {
  const product = await lockProduct(ctx.tx, key);
  if (!product) return null;
  const run: ReclamationRun = { announced: [], cancelled: [], reclaimed: [] };
  if (product.state === 'removed') return run;
  const policy = await loadSeatPolicy(ctx.tx, key);
  const holders = await loadReclamationHolders(ctx.tx, key);
  if (policy.reclaimAfterDays === null && !holders.some((h) => h.announcement)) return run;
  const directory = await loadTenantDirectory(ctx.tx, key.tenantId);
  const excluded = policy.exclusionGroupId ? transitiveMembers(directory.graph, policy.exclusionGroupId).users : new Map<string, number>();
  const now = ctx.now.getTime();
  for (const holder of holders) {
    const candidate = {
      directActive: holder.directOnly,
      since: holder.since.getTime(),
      lastUsedAt: holder.lastUsedAt?.getTime() ?? null,
      excluded: excluded.has(holder.userId),
      announcement: holder.announcement ? { announcedAt: holder.announcement.announcedAt.getTime(), dueAt: holder.announcement.dueAt.getTime() } : null,
    };
    const step = reclaimStep(candidate, policy, now);
    if (step === 'none') continue;
    const item: ReclamationItem = {
      userId: holder.userId,
      userPrincipalName: holder.userPrincipalName,
      displayName: holder.displayName,
      step,
      lastUsedAt: holder.lastUsedAt,
      idleSince: new Date(idleSince(candidate)),
      dueAt: holder.announcement?.dueAt ?? new Date(reclaimDueAt(policy, now)),
    };
    ({ announce: run.announced, cancel: run.cancelled, reclaim: run.reclaimed })[step].push(item);
    if (options.dryRun) continue;
    if (step === 'announce') {
      await ctx.tx
        .insertInto('seat_reclamations')
        .values({ id: randomUUID(), tenant_id: key.tenantId, plan_id: key.planId, user_id: holder.userId, state: 'announced', last_used_at: holder.lastUsedAt, announced_at: ctx.now, due_at: item.dueAt })
        .execute();
    } else if (step === 'cancel') {
      await ctx.tx.updateTable('seat_reclamations').set({ state: 'cancelled' }).where('id', '=', holder.announcement!.id).execute();
    } else {
      await ctx.tx.updateTable('seat_reclamations').set({ state: 'reclaimed', reclaimed_at: ctx.now, last_used_at: holder.lastUsedAt }).where('id', '=', holder.announcement!.id).execute();
      await ctx.tx.deleteFrom('license_assignments').where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).where('user_id', '=', holder.userId).execute();
    }
  }
  if (options.dryRun) return run;
  const plan = await ctx.tx.selectFrom('plans').select('name').where('id', '=', key.planId).executeTakeFirst();
  const name = plan?.name ?? key.planId;
  const names = (items: ReclamationItem[]) => items.map((i) => i.userPrincipalName).join(', ');
  if (run.reclaimed.length) await reallocateProduct(ctx, key, { reason: 'reclaimed', directory });
  const record = async (items: ReclamationItem[], action: AuditAction & LicenseEventType, summary: string, type: LicenseEventType) => {
    if (!items.length) return;
    await recordAudit(ctx.tx, ctx.actor, {
      tenantId: key.tenantId,
      action,
      targetType: 'product',
      targetId: key.planId,
      summary,
      detail: { userIds: items.map((i) => i.userId), dueAt: items.map((i) => i.dueAt.toISOString()) },
    });
    for (const item of items) await recordSeatEvent(ctx, key, type, [item.userId], { dueAt: item.dueAt.toISOString(), lastUsedAt: item.lastUsedAt?.toISOString() ?? null });
  };
  await record(run.announced, 'seat_reclamation.announced', `Announced to ${names(run.announced)}: their unused seats of ${name} will be reclaimed unless they use the app`, 'seat_reclamation.announced');
  await record(run.cancelled, 'seat_reclamation.cancelled', `Kept the seats of ${name} of ${names(run.cancelled)} (used again, excluded or policy changed)`, 'seat_reclamation.cancelled');
  await record(run.reclaimed, 'seat.reclaimed', `Reclaimed unused seats of ${name} from ${names(run.reclaimed)}`, 'seat.reclaimed');
  await notifyReclaimAnnounced(ctx, key, run.announced);
  await notifyReclaimed(ctx, key, run.reclaimed, options.undoDays ?? 30);
  return run;
}
