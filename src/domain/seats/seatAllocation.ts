import { asGroupGraph, transitiveMembers, type GroupEdge, type GroupGraph } from './groupGraph.js';

/**
 * Who holds a seat of one product (a tenant's plan), and who is entitled but left
 * without one. Assigned seats never exceed purchased seats: when a group assignment
 * entitles more users than there are seats, the users beyond the count are marked
 * "not enough licenses" instead.
 *
 * FAIR ORDER. Each entitled user has one claim, however many ways they hold the
 * license. A claim starts at `since`, the earliest moment the user became entitled
 * through any source:
 *   - a direct assignment entitles from its `assignedAt`;
 *   - a group assignment entitles through each chain of memberships from the group
 *     down to the user, from the latest of the assignment time and the `addedAt` of
 *     every membership on that chain (the chain exists only once all its links do).
 * Seats go to the earliest claims first; equal `since` is broken by userId (plain
 * code-unit order, the same on every machine). So whoever held a seat first keeps it
 * when others join later, and freed or newly bought seats go to whoever has waited
 * longest. Disabled or deleted users hold nothing and take no seat.
 */

export type LicenseAssignment =
  | { kind: 'direct'; userId: string; assignedAt: number }
  | { kind: 'group'; groupId: string; assignedAt: number };

export type HoldingSource = { kind: 'direct' } | { kind: 'group'; groupId: string };

export type SeatState = 'active' | 'not_enough_licenses';

export interface SeatHolding {
  userId: string;
  state: SeatState;
  /** When the user's claim started (ms since the epoch); see the fair order above. */
  since: number;
  /** Every way the user holds the license: direct first, then groups in assignment order. */
  sources: HoldingSource[];
}

export interface SeatAllocationInput {
  /** Seats bought for this product and currently usable. */
  purchased: number;
  assignments: readonly LicenseAssignment[];
  /** The tenant's group memberships (group→user and group→group). */
  groupEdges: readonly GroupEdge[] | GroupGraph;
  /** Users who are disabled or deleted. */
  disabledUserIds: ReadonlySet<string>;
}

export interface SeatAllocation {
  /** One per entitled enabled user, in fair order: the active ones first. */
  holdings: SeatHolding[];
  activeCount: number;
  availableSeats: number;
}

export interface Claim {
  userId: string;
  since: number;
}

/** The fair order: earliest claim first, ties by userId. */
export function compareClaims(a: Claim, b: Claim): number {
  if (a.since !== b.since) return a.since < b.since ? -1 : 1;
  if (a.userId === b.userId) return 0;
  return a.userId < b.userId ? -1 : 1;
}

export function allocateSeats(input: SeatAllocationInput): SeatAllocation {
  assertSeatCount(input.purchased);
  const holdings = [...collectClaims(input).values()].sort(compareClaims);
  const activeCount = Math.min(input.purchased, holdings.length);
  for (let i = 0; i < activeCount; i++) holdings[i]!.state = 'active';
  return { holdings, activeCount, availableSeats: availableSeats(input.purchased, activeCount) };
}

/** Free seats; zero, never negative, when licenses were reduced below what is assigned. */
export function availableSeats(purchased: number, activeCount: number): number {
  return Math.max(0, purchased - activeCount);
}

/**
 * May a direct assignment of this product to `userId` be accepted now? Yes if the
 * user already holds an active seat (it adds a source, not a seat) or a seat is free.
 * Unlike group assignments, which mark members beyond the count, a direct assignment
 * is refused when it could not be honoured.
 */
export function canAssignDirect(allocation: SeatAllocation, userId: string): boolean {
  if (allocation.availableSeats > 0) return true;
  return allocation.holdings.some((holding) => holding.userId === userId && holding.state === 'active');
}

function collectClaims(input: SeatAllocationInput): Map<string, SeatHolding> {
  const claims = new Map<string, SeatHolding>();
  const claim = (userId: string, since: number, source: HoldingSource): void => {
    if (input.disabledUserIds.has(userId)) return;
    const existing = claims.get(userId);
    if (!existing) {
      claims.set(userId, { userId, state: 'not_enough_licenses', since, sources: [source] });
      return;
    }
    existing.since = Math.min(existing.since, since);
    if (!existing.sources.some((known) => sameSource(known, source))) existing.sources.push(source);
  };

  for (const assignment of input.assignments) {
    if (assignment.kind === 'direct') claim(assignment.userId, assignment.assignedAt, { kind: 'direct' });
  }
  const graph = asGroupGraph(input.groupEdges);
  for (const assignment of input.assignments) {
    if (assignment.kind !== 'group') continue;
    const source: HoldingSource = { kind: 'group', groupId: assignment.groupId };
    for (const [userId, memberSince] of transitiveMembers(graph, assignment.groupId).users) {
      claim(userId, Math.max(assignment.assignedAt, memberSince), source);
    }
  }
  return claims;
}

function sameSource(a: HoldingSource, b: HoldingSource): boolean {
  return a.kind === 'direct' ? b.kind === 'direct' : b.kind === 'group' && a.groupId === b.groupId;
}

function assertSeatCount(purchased: number): void {
  if (!Number.isSafeInteger(purchased) || purchased < 0) {
    throw new RangeError(`purchased must be a non-negative integer, got ${purchased}`);
  }
}
