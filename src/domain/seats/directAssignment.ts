import type { SeatAllocation } from './seatAllocation.js';

/**
 * Direct assignments are refused when they could not be honoured (the rule of
 * canAssignDirect, which this generalizes to many users at once): everyone in
 * the request who does not hold an active seat yet needs a free one, and all
 * of them must fit, or none is assigned. For one user it answers exactly as
 * canAssignDirect does (a property test holds it to that).
 */
export interface Shortfall {
  /** Users of the request who need a new seat. */
  needed: number;
  available: number;
  /** How many of them would be left without one; 0 when the request fits. */
  short: number;
}

export function directAssignmentShortfall(allocation: SeatAllocation, userIds: readonly string[]): Shortfall {
  const active = new Set(allocation.holdings.filter((h) => h.state === 'active').map((h) => h.userId));
  const needed = new Set(userIds.filter((id) => !active.has(id))).size;
  return { needed, available: allocation.availableSeats, short: Math.max(0, needed - allocation.availableSeats) };
}

/**
 * For a request that may be partly honoured (bulk assignment from the users list):
 * the users who already hold an active seat always fit, then the others in the
 * order given while free seats last; the rest are left without the assignment.
 */
export function splitDirectAssignments(allocation: SeatAllocation, userIds: readonly string[]): { fit: string[]; left: string[] } {
  const active = new Set(allocation.holdings.filter((h) => h.state === 'active').map((h) => h.userId));
  let free = allocation.availableSeats;
  const fit: string[] = [];
  const left: string[] = [];
  for (const id of userIds) {
    if (active.has(id)) fit.push(id);
    else if (free > 0) {
      fit.push(id);
      free -= 1;
    } else left.push(id);
  }
  return { fit, left };
}
