import { productStatus, type LicenseTerms } from '../../domain/licenses/productStatus.js';
import { allocateSeats, type SeatAllocation } from '../../domain/seats/seatAllocation.js';
import { recordEntitlementChange } from '../../runtime/entitlementChanges.js';
import type { ProductState } from '../../domain/licenses/licenseKinds.js';
import type { CommandContext } from '../context.js';
import { planFacts, recordLicenseEvent } from '../changeFeed.js';
import { productStateEvent, subjects, type LicenseEventType } from '../../domain/events/catalogue.js';
import { announceSeatLevel } from '../notifications/announceSeatLevel.js';
import { approveRequestsOfNewHolders, type SeatGivenBy } from '../licenseRequests/approveRequestsOfNewHolders.js';
import { notifyAdmitted } from '../seats/seatNotifications.js';
import { ledgerEntries } from './ledgerEntries.js';
import { admitWaiting } from './waitingRoomAdmission.js';
import { lockProduct, type ProductKey, type ProductRow } from './productLock.js';
import { loadAssignments, loadHoldings, loadTenantDirectory, type TenantDirectory } from './seatInputs.js';
import { deleteHoldings, upsertHoldings, type HoldingRow } from '../../store/seats/holdings.js';

/**
 * THE place seat holdings are written. Every change that can alter who holds
 * a seat — assigning, unassigning, provisioning, the lifecycle, directory
 * changes — ends here, in its own transaction:
 *
 *   lock the product row → (optionally) recompute purchased/state from the
 *   deals → load assignments, group memberships and disabled users →
 *   allocateSeats() → (free seats and an automatic waiting room: direct
 *   assignments for the first in line, allocate again) → rewrite seat_holdings → products.assigned → ledger rows
 *   for the differences → tell the entitlement index → approve the license requests the new seats answer
 *   (approveRequestsOfNewHolders) and tell the people the waiting room admitted.
 *
 * Because the lock is taken before anything is read, the last transaction to
 * get it sees every change committed before it, so the stored holdings always
 * equal allocateSeats() over the stored inputs, and assigned ≤ purchased.
 */

export interface ReallocateOptions {
  /** Why, for the ledger: "assigned", "deal registered", "user disabled", … */
  reason: string;
  /** Recompute purchased, state and the next lifecycle change from the product's registered deals. */
  terms?: LicenseTerms | undefined;
  dealId?: string | null | undefined;
  /** Users about to be deleted: they give up their seats now. */
  departingUserIds?: ReadonlySet<string> | undefined;
  /** The tenant's directory, when the caller already loaded it under the lock (several products at once). */
  directory?: TenantDirectory | undefined;
  /**
   * How people who get a seat now got it, for the license requests it answers: `auto_claim` (they
   * opened the app), `waiting_room` (an admin approved them in the room), else `assignment`. Seats the
   * automatic waiting room hands out here are the room's whatever the cause.
   */
  seatGivenBy?: SeatGivenBy | undefined;
}

export interface ProductSeats {
  purchased: number;
  assigned: number;
  available: number;
  state: ProductState;
  nextChangeAt: Date | null;
  /** Entitled users beyond the count, marked "not enough licenses". */
  overAssigned: number;
  /** Users whose license request this reallocation approved and who were told so (a second "you got a license" would repeat it). */
  requestersTold: ReadonlySet<string>;
  previousState: ProductState;
  allocation: SeatAllocation;
}

/** Reallocates one product; null when the tenant has no such product. */
export async function reallocateProduct(ctx: CommandContext, key: ProductKey, options: ReallocateOptions): Promise<ProductSeats | null> {
  const before = await lockProduct(ctx.tx, key);
  if (!before) return null;
  const next = options.terms ? await statusFromDeals(ctx, key, options.terms) : { purchased: before.purchased, state: before.state, nextChangeAt: before.next_change_at };
  if (next.state === 'removed') {
    // Removed licenses are gone: their assignments go with them (a later deal starts afresh).
    await ctx.tx.deleteFrom('license_assignments').where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).execute();
  }
  let allocation = await allocate(ctx, key, next.purchased, options);
  // Free seats go to the waiting room first, when the product's policy says so (waitingRoomAdmission.ts).
  const admitted = await admitWaiting(ctx, key, next.state, allocation);
  if (admitted.length) allocation = await allocate(ctx, key, next.purchased, options);
  const changed = await writeHoldings(ctx, key, allocation);

  await ctx.tx
    .updateTable('products')
    .set({ purchased: next.purchased, assigned: allocation.activeCount, state: next.state, next_change_at: next.nextChangeAt, updated_at: ctx.now })
    .where('tenant_id', '=', key.tenantId)
    .where('plan_id', '=', key.planId)
    .execute();
  const entries = await ledgerEntries(ctx, key, {
    before: { purchased: before.purchased, state: before.state, active: changed.activeBefore },
    after: { purchased: next.purchased, state: next.state },
    activated: changed.activated,
    deactivated: changed.deactivated,
    reason: options.reason,
    dealId: options.dealId ?? null,
  });
  if (entries || changed.any || before.state !== next.state) {
    await recordEntitlementChange(ctx, { kind: 'product', tenantId: key.tenantId, planId: key.planId });
  }
  await recordProductEvents(ctx, key, {
    before: { purchased: before.purchased, state: before.state },
    after: { purchased: next.purchased, state: next.state, assigned: allocation.activeCount },
    activated: changed.activated,
    deactivated: changed.deactivated,
    reason: options.reason,
    dealId: options.dealId ?? null,
  });
  await announceSeatLevel(ctx, key, { purchased: next.purchased, assigned: allocation.activeCount });
  const requestersTold = await approveRequestsOfNewHolders(ctx, key, { userIds: changed.activated, admittedByRoom: new Set(admitted), givenBy: options.seatGivenBy ?? 'assignment' });
  await notifyAdmitted(ctx, key, admitted.filter((userId) => !requestersTold.has(userId)));
  return {
    purchased: next.purchased,
    assigned: allocation.activeCount,
    available: allocation.availableSeats,
    state: next.state,
    nextChangeAt: next.nextChangeAt,
    overAssigned: allocation.holdings.length - allocation.activeCount,
    requestersTold,
    previousState: before.state,
    allocation,
  };
}

/**
 * The allocation the product would get now, without writing anything: what a
 * direct assignment is checked against. Call with the product lock held.
 */
export async function currentAllocation(ctx: CommandContext, key: ProductKey, product: ProductRow, directory?: TenantDirectory): Promise<SeatAllocation> {
  return allocate(ctx, key, product.purchased, { reason: 'check', directory });
}

async function allocate(ctx: CommandContext, key: ProductKey, purchased: number, options: ReallocateOptions): Promise<SeatAllocation> {
  const assignments = await loadAssignments(ctx.tx, key);
  const needsDirectory = assignments.length > 0;
  const directory = options.directory ?? (needsDirectory ? await loadTenantDirectory(ctx.tx, key.tenantId) : undefined);
  const disabled = new Set(directory?.disabledUserIds ?? []);
  for (const id of options.departingUserIds ?? []) disabled.add(id);
  return allocateSeats({ purchased, assignments, groupEdges: directory?.graph ?? [], disabledUserIds: disabled });
}

async function statusFromDeals(ctx: CommandContext, key: ProductKey, terms: LicenseTerms) {
  const deals = await ctx.tx
    .selectFrom('deal_licenses')
    .innerJoin('deals', 'deals.id', 'deal_licenses.deal_id')
    .select(['deal_licenses.quantity', 'deals.end_date'])
    .where('deal_licenses.customer_tenant_id', '=', key.tenantId)
    .where('deal_licenses.plan_id', '=', key.planId)
    .where('deals.status', '=', 'registered')
    .execute();
  return productStatus(
    deals.map((d) => ({ quantity: d.quantity, endDate: d.end_date })),
    ctx.now,
    terms,
  );
}

/**
 * The change feed's view of a reallocation: the product's provisioning and
 * lifecycle (licenses.*, license.warning/suspended/renewed) and who gained or
 * lost a seat (seat.granted, seat.lost), for the customer and the publisher.
 */
async function recordProductEvents(
  ctx: CommandContext,
  key: ProductKey,
  change: {
    before: { purchased: number; state: ProductState };
    after: { purchased: number; state: ProductState; assigned: number };
    activated: string[];
    deactivated: string[];
    reason: string;
    dealId: string | null;
  },
): Promise<void> {
  const { before, after } = change;
  const types: LicenseEventType[] = [];
  const stateEvent = productStateEvent(before.state, after.state);
  if (stateEvent) types.push(stateEvent);
  else if (after.state !== 'removed' && before.purchased !== after.purchased) types.push(before.purchased === 0 ? 'licenses.provisioned' : 'licenses.changed');
  if (!types.length && !change.activated.length && !change.deactivated.length) return;
  if (!ctx.events) return;
  const plan = await planFacts(ctx, key.planId);
  const common = { subject: subjects.product(key.tenantId, key.planId), tenantId: key.tenantId, publisherTenantId: plan.publisherTenantId };
  const facts = { tenantId: key.tenantId, planId: key.planId, planKey: plan.planKey };
  for (const type of types) {
    recordLicenseEvent(ctx, {
      ...common,
      type,
      data: { ...facts, offerId: plan.offerId, offerKey: plan.offerKey, purchased: after.purchased, assigned: after.assigned, state: after.state, previousState: before.state, reason: change.reason, dealId: change.dealId },
    });
  }
  if (change.deactivated.length) recordLicenseEvent(ctx, { ...common, type: 'seat.lost', data: { ...facts, userIds: change.deactivated, reason: change.reason } });
  if (change.activated.length) recordLicenseEvent(ctx, { ...common, type: 'seat.granted', data: { ...facts, userIds: change.activated, reason: change.reason } });
}

interface HoldingChanges {
  activeBefore: number;
  activated: string[];
  deactivated: string[];
  any: boolean;
}

/** Makes seat_holdings equal the allocation, touching only the rows that differ. */
async function writeHoldings(ctx: CommandContext, key: ProductKey, allocation: SeatAllocation): Promise<HoldingChanges> {
  const stored = await loadHoldings(ctx.tx, key);
  const upserts: HoldingRow[] = [];
  const activated: string[] = [];
  const deactivated: string[] = [];
  let activeBefore = 0;
  for (const holding of stored.values()) if (holding.state === 'active') activeBefore++;
  for (const holding of allocation.holdings) {
    const old = stored.get(holding.userId);
    stored.delete(holding.userId);
    const sources = JSON.stringify(holding.sources);
    if (old?.state === 'active' && holding.state !== 'active') deactivated.push(holding.userId);
    if (old?.state !== 'active' && holding.state === 'active') activated.push(holding.userId);
    if (old && old.state === holding.state && old.since === holding.since && old.sources === sources) continue;
    upserts.push({ userId: holding.userId, state: holding.state, since: holding.since, sources });
  }
  const gone = [...stored.values()];
  for (const holding of gone) if (holding.state === 'active') deactivated.push(holding.userId);
  await deleteHoldings(ctx.tx, key, gone.map((h) => h.userId));
  await upsertHoldings(ctx.tx, key, upserts);
  return { activeBefore, activated, deactivated, any: upserts.length > 0 || gone.length > 0 };
}
