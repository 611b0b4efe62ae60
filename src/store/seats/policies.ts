import { DEFAULT_SEAT_POLICY, type SeatPolicy } from '../../domain/seats/seatPolicy.js';
import type { Db, Tx } from '../transaction.js';
import type { SeatPoliciesTable } from '../schema.js';

export function policyFromRow(row: SeatPoliciesTable | undefined): SeatPolicy {
  if (!row) return DEFAULT_SEAT_POLICY;
  return {
    autoClaim: row.auto_claim === 'group' && row.auto_claim_group_id ? { groupId: row.auto_claim_group_id } : row.auto_claim === 'anyone' ? 'anyone' : 'off',
    waitingRoom: row.waiting_room,
    reclaimAfterDays: row.reclaim_after_days,
    reclaimNoticeDays: row.reclaim_notice_days,
    exclusionGroupId: row.exclusion_group_id,
  };
}

/** The product's seat policy (the defaults when none was set). Tenant explicit. */
export async function loadSeatPolicy(db: Db | Tx, key: { tenantId: string; planId: string }): Promise<SeatPolicy> {
  const row = await db.selectFrom('seat_policies').selectAll().where('tenant_id', '=', key.tenantId).where('plan_id', '=', key.planId).executeTakeFirst();
  return policyFromRow(row);
}

export async function saveSeatPolicy(tx: Tx, key: { tenantId: string; planId: string }, policy: SeatPolicy, now: Date): Promise<void> {
  const row = {
    tenant_id: key.tenantId,
    plan_id: key.planId,
    auto_claim: typeof policy.autoClaim === 'object' ? ('group' as const) : policy.autoClaim,
    auto_claim_group_id: typeof policy.autoClaim === 'object' ? policy.autoClaim.groupId : null,
    waiting_room: policy.waitingRoom,
    reclaim_after_days: policy.reclaimAfterDays,
    reclaim_notice_days: policy.reclaimNoticeDays,
    exclusion_group_id: policy.exclusionGroupId,
    updated_at: now,
  };
  await tx
    .insertInto('seat_policies')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'plan_id']).doUpdateSet({ ...row }))
    .execute();
}
