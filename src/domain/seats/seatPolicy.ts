/**
 * A product's seat policy (one tenant's plan), chosen by the customer's admin:
 * who may claim a free seat by launching the app, what happens when none is
 * free, and when unused seats are taken back.
 */
export type AutoClaim = 'off' | 'anyone' | { groupId: string };
export type WaitingRoomMode = 'off' | 'automatic' | 'manual';

export interface SeatPolicy {
  autoClaim: AutoClaim;
  waitingRoom: WaitingRoomMode;
  /** Seats unused this many days are announced for reclamation; null: never reclaimed. */
  reclaimAfterDays: number | null;
  /** Days between the announcement and the reclamation. */
  reclaimNoticeDays: number;
  /** Members of this group (directly or through nested groups) keep their seats however little they use them. */
  exclusionGroupId: string | null;
}

export const DEFAULT_SEAT_POLICY: SeatPolicy = Object.freeze({
  autoClaim: 'off',
  waitingRoom: 'off',
  reclaimAfterDays: null,
  reclaimNoticeDays: 7,
  exclusionGroupId: null,
}) as SeatPolicy;

/** May this user claim a free seat by launching? `isMember` answers transitive group membership. */
export function mayAutoClaim(policy: SeatPolicy, isMember: (groupId: string) => boolean): boolean {
  if (policy.autoClaim === 'off') return false;
  if (policy.autoClaim === 'anyone') return true;
  return isMember(policy.autoClaim.groupId);
}
