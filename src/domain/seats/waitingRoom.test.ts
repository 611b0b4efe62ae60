import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allocateSeats } from './seatAllocation.js';
import { admitFromWaitingRoom, positionOf, type Waiter } from './waitingRoom.js';
import type { WaitingRoomMode } from './seatPolicy.js';

const users = ['ann', 'bo', 'cy', 'dee', 'eve', 'fay', 'gus', 'hal'];
/** A room: distinct users with distinct join numbers, in any order. */
const room = fc
  .uniqueArray(fc.constantFrom(...users), { maxLength: users.length })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray([...Array(40).keys()], { minLength: ids.length, maxLength: ids.length })))
  .map(([ids, seqs]): Waiter[] => ids.map((userId, i) => ({ userId, seq: seqs[i]! })));
const subset = fc.subarray(users).map((ids) => new Set(ids));
const mode = fc.constantFrom<WaitingRoomMode>('off', 'automatic', 'manual');

describe('waiting room order (fast-check)', () => {
  test('first in, first out: the admitted are the first eligible waiters, never more than the free seats', () => {
    fc.assert(
      fc.property(room, fc.nat(10), subset, subset, mode, (waiters, freeSeats, activeHolders, disabled, m) => {
        const { admit, leave } = admitFromWaitingRoom({ mode: m, freeSeats, waiters, activeHolders, disabledUserIds: disabled });
        const ordered = [...waiters].sort((a, b) => a.seq - b.seq);
        const eligible = ordered.filter((w) => !activeHolders.has(w.userId) && !disabled.has(w.userId)).map((w) => w.userId);
        const expected = m === 'automatic' ? eligible.slice(0, freeSeats) : [];
        assert.deepEqual(admit, expected);
        assert.ok(admit.length <= freeSeats);
        // Who leaves: exactly the waiters holding a seat already or disabled, whatever the mode.
        assert.deepEqual(new Set(leave), new Set(ordered.filter((w) => activeHolders.has(w.userId) || disabled.has(w.userId)).map((w) => w.userId)));
        for (const id of admit) assert.ok(!leave.includes(id));
      }),
    );
  });

  test('positions are 1..n in join order, whatever order the rows come in', () => {
    fc.assert(
      fc.property(room, (waiters) => {
        const positions = waiters.map((w) => positionOf(waiters, w.userId)!);
        assert.deepEqual([...positions].sort((a, b) => a - b), waiters.map((_, i) => i + 1));
        for (const a of waiters) for (const b of waiters) if (a.seq < b.seq) assert.ok(positionOf(waiters, a.userId)! < positionOf(waiters, b.userId)!);
        assert.equal(positionOf(waiters, 'nobody'), null);
      }),
    );
  });

  test('admitting the first in line and allocating again never exceeds the seats bought', () => {
    fc.assert(
      fc.property(fc.nat(6), fc.subarray(users, { maxLength: 6 }), room, (purchased, holders, waiters) => {
        const assignments = holders.map((userId, i) => ({ kind: 'direct' as const, userId, assignedAt: i }));
        const before = allocateSeats({ purchased, assignments, groupEdges: [], disabledUserIds: new Set() });
        const active = new Set(before.holdings.filter((h) => h.state === 'active').map((h) => h.userId));
        const { admit } = admitFromWaitingRoom({ mode: 'automatic', freeSeats: before.availableSeats, waiters, activeHolders: active, disabledUserIds: new Set() });
        const after = allocateSeats({
          purchased,
          assignments: [...assignments, ...admit.map((userId) => ({ kind: 'direct' as const, userId, assignedAt: 100 }))],
          groupEdges: [],
          disabledUserIds: new Set(),
        });
        assert.ok(after.activeCount <= purchased);
        for (const id of admit) assert.equal(after.holdings.find((h) => h.userId === id)?.state, 'active');
      }),
    );
  });

  test('a worked example: manual rooms hand out nothing by themselves', () => {
    const waiters = [
      { userId: 'bo', seq: 7 },
      { userId: 'ann', seq: 3 },
      { userId: 'cy', seq: 9 },
    ];
    assert.deepEqual(admitFromWaitingRoom({ mode: 'automatic', freeSeats: 2, waiters, activeHolders: new Set(['ann']), disabledUserIds: new Set() }), { admit: ['bo', 'cy'], leave: ['ann'] });
    assert.deepEqual(admitFromWaitingRoom({ mode: 'manual', freeSeats: 2, waiters, activeHolders: new Set(), disabledUserIds: new Set() }), { admit: [], leave: [] });
  });
});
