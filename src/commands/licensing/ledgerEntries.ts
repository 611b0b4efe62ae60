import { appendLedger, type LedgerEntry } from '../../store/licensing/ledger.js';
import type { ProductState } from '../../domain/licenses/licenseKinds.js';
import type { CommandContext } from '../context.js';
import type { ProductKey } from './productLock.js';

export interface SeatChange {
  before: { purchased: number; state: ProductState; active: number };
  after: { purchased: number; state: ProductState };
  activated: readonly string[];
  deactivated: readonly string[];
  reason: string;
  dealId: string | null;
}

/**
 * Writes the ledger rows for one reallocation, in an order in which every
 * row's counts are true after it: seats given up first, then the change in
 * purchased seats, then the state change, then seats taken. A user's row is
 * +1 when they start holding an active seat and -1 when they stop, so the sum
 * of the assignment deltas is always products.assigned. Returns how many rows.
 */
export async function ledgerEntries(ctx: CommandContext, key: ProductKey, change: SeatChange): Promise<number> {
  const { before, after } = change;
  if (!change.activated.length && !change.deactivated.length && before.purchased === after.purchased && before.state === after.state) return 0;
  const plan = await ctx.tx.selectFrom('plans').select(['tenant_id', 'offer_id', 'service_id']).where('id', '=', key.planId).executeTakeFirstOrThrow();
  const entries: LedgerEntry[] = [];
  let purchased = before.purchased;
  let state = before.state;
  let assigned = before.active;
  const add = (kind: LedgerEntry['kind'], delta: number, userId: string | null) =>
    entries.push({
      occurred_at: ctx.now,
      tenant_id: key.tenantId,
      publisher_tenant_id: plan.tenant_id,
      offer_id: plan.offer_id,
      plan_id: key.planId,
      service_id: plan.service_id,
      deal_id: change.dealId,
      user_id: userId,
      kind,
      delta,
      purchased_after: purchased,
      assigned_after: assigned,
      state_after: state,
      actor_user_id: ctx.actor === 'system' ? null : ctx.actor.userId,
      reason: change.reason,
    });
  for (const userId of change.deactivated) {
    assigned--;
    add('unassigned', -1, userId);
  }
  if (after.purchased !== before.purchased) {
    purchased = after.purchased;
    add(after.purchased > before.purchased ? 'provisioned' : 'deprovisioned', after.purchased - before.purchased, null);
  }
  if (after.state !== before.state) {
    state = after.state;
    add('state_changed', 0, null);
  }
  for (const userId of change.activated) {
    assigned++;
    add('assigned', 1, userId);
  }
  await appendLedger(ctx.tx, entries);
  return entries.length;
}
