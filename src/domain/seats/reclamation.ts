/**
 * Reclamation of seats nobody uses, one holder at a time. A seat unused for
 * `reclaimAfterDays` is announced to its holder; after `reclaimNoticeDays` it
 * is reclaimed (its direct assignment removed) unless the holder used the
 * product since the announcement, or is in the policy's exclusion group, or
 * the policy no longer reclaims. Only direct assignments are reclaimed: a seat
 * held through a group is the group's (remove the member instead).
 */

export const DAY_MS = 86_400_000;

export interface ReclaimPolicy {
  reclaimAfterDays: number | null;
  reclaimNoticeDays: number;
}

export interface ReclaimCandidate {
  /** Holds an active seat of the product through a direct assignment. */
  directActive: boolean;
  /** When the seat became theirs (ms). */
  since: number;
  /** Last launch or successful check (ms), or null: never (within the usage retention). */
  lastUsedAt: number | null;
  /** Member of the policy's exclusion group. */
  excluded: boolean;
  /** The open announcement, if any. */
  announcement: { announcedAt: number; dueAt: number } | null;
}

export type ReclaimStep = 'none' | 'announce' | 'cancel' | 'reclaim';

/** Since when the seat has been idle: the later of getting it and last using it. */
export function idleSince(candidate: Pick<ReclaimCandidate, 'since' | 'lastUsedAt'>): number {
  return candidate.lastUsedAt === null ? candidate.since : Math.max(candidate.since, candidate.lastUsedAt);
}

export function reclaimStep(candidate: ReclaimCandidate, policy: ReclaimPolicy, now: number): ReclaimStep {
  const open = candidate.announcement;
  const keeps = policy.reclaimAfterDays === null || !candidate.directActive || candidate.excluded;
  if (open) {
    if (keeps) return 'cancel';
    if (candidate.lastUsedAt !== null && candidate.lastUsedAt >= open.announcedAt) return 'cancel';
    return now >= open.dueAt ? 'reclaim' : 'none';
  }
  if (keeps) return 'none';
  return now - idleSince(candidate) >= policy.reclaimAfterDays! * DAY_MS ? 'announce' : 'none';
}

/** When an announcement made now falls due. */
export function reclaimDueAt(policy: ReclaimPolicy, now: number): number {
  return now + policy.reclaimNoticeDays * DAY_MS;
}

/** May a reclamation done at `reclaimedAt` still be undone? */
export function mayUndo(reclaimedAt: number, now: number, undoDays: number): boolean {
  return now - reclaimedAt <= undoDays * DAY_MS;
}
