import type { WaitingRoomMode } from './seatPolicy.js';

/**
 * The waiting room of one product: people who asked for a seat (launched the
 * app, asked a check to claim, or asked their admin) when none was free. First
 * in, first out: `seq` is the order they joined, given by the database.
 */
export interface Waiter {
  userId: string;
  seq: number;
}

export interface Admission {
  /** Waiters who get a seat now, in waiting order. */
  admit: string[];
  /** Waiters who leave the room without a new seat: they hold one already, or are disabled. */
  leave: string[];
}

/**
 * Who of the waiting room gets the free seats. Only `automatic` hands seats
 * out by itself; `manual` waits for an admin's approval (approveWaiting), and
 * `off` keeps no room. Waiters who already hold an active seat (given meanwhile
 * by an admin or a group) or are disabled leave the room; of the others the
 * first `freeSeats` in waiting order are admitted, never someone behind a
 * waiter who is passed over.
 */
export function admitFromWaitingRoom(input: {
  mode: WaitingRoomMode;
  freeSeats: number;
  /** In any order; sorted by seq here. */
  waiters: readonly Waiter[];
  activeHolders: ReadonlySet<string>;
  disabledUserIds: ReadonlySet<string>;
}): Admission {
  const ordered = [...input.waiters].sort((a, b) => a.seq - b.seq);
  const admit: string[] = [];
  const leave: string[] = [];
  let free = input.mode === 'automatic' ? Math.max(0, input.freeSeats) : 0;
  for (const waiter of ordered) {
    if (input.activeHolders.has(waiter.userId) || input.disabledUserIds.has(waiter.userId)) leave.push(waiter.userId);
    else if (free > 0) {
      admit.push(waiter.userId);
      free--;
    }
  }
  return { admit, leave };
}

/** 1-based place of a user in the room, or null when not waiting. */
export function positionOf(waiters: readonly Waiter[], userId: string): number | null {
  const me = waiters.find((w) => w.userId === userId);
  if (!me) return null;
  return waiters.filter((w) => w.seq <= me.seq).length;
}
