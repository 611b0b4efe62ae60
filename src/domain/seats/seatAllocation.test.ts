import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { GroupEdge } from './groupGraph.js';
import {
  allocateSeats,
  availableSeats,
  canAssignDirect,
  compareClaims,
  type LicenseAssignment,
  type SeatAllocation,
  type SeatAllocationInput,
} from './seatAllocation.js';

const nest = (groupId: string, memberId: string, addedAt: number): GroupEdge => ({ groupId, memberKind: 'group', memberId, addedAt });
const member = (groupId: string, memberId: string, addedAt: number): GroupEdge => ({ groupId, memberKind: 'user', memberId, addedAt });
const direct = (userId: string, assignedAt: number): LicenseAssignment => ({ kind: 'direct', userId, assignedAt });
const toGroup = (groupId: string, assignedAt: number): LicenseAssignment => ({ kind: 'group', groupId, assignedAt });

const activeUsers = (allocation: SeatAllocation) => allocation.holdings.filter((h) => h.state === 'active').map((h) => h.userId);
const states = (allocation: SeatAllocation) => Object.fromEntries(allocation.holdings.map((h) => [h.userId, h.state]));

describe('allocateSeats, worked examples', () => {
  test('nested groups: members join in the order their whole chain existed', () => {
    // all ⊃ ops (t=20) ⊃ field (t=10); the license goes to "all" at t=15.
    const allocation = allocateSeats({
      purchased: 2,
      assignments: [toGroup('all', 15)],
      groupEdges: [nest('all', 'ops', 20), nest('ops', 'field', 10), member('field', 'ana', 40), member('ops', 'bo', 1), member('all', 'cy', 30)],
      disabledUserIds: new Set(),
    });
    assert.deepEqual(
      allocation.holdings.map((h) => [h.userId, h.since, h.state]),
      [
        ['bo', 20, 'active'],
        ['cy', 30, 'active'],
        ['ana', 40, 'not_enough_licenses'],
      ],
    );
    assert.deepEqual(allocation.holdings[2]?.sources, [{ kind: 'group', groupId: 'all' }]);
    assert.equal(allocation.activeCount, 2);
    assert.equal(allocation.availableSeats, 0);
  });

  test('a user both direct and through a group counts once, from the earlier source', () => {
    const allocation = allocateSeats({
      purchased: 5,
      assignments: [toGroup('sales', 10), direct('ana', 50), toGroup('emea', 12)],
      groupEdges: [member('sales', 'ana', 0), nest('emea', 'sales', 0), member('sales', 'bo', 0)],
      disabledUserIds: new Set(),
    });
    const ana = allocation.holdings.find((h) => h.userId === 'ana');
    assert.deepEqual(ana, {
      userId: 'ana',
      state: 'active',
      since: 10,
      sources: [{ kind: 'direct' }, { kind: 'group', groupId: 'sales' }, { kind: 'group', groupId: 'emea' }],
    });
    assert.equal(allocation.holdings.length, 2);
    assert.equal(allocation.activeCount, 2);
    assert.equal(allocation.availableSeats, 3);
  });

  test('reducing seats below what is assigned keeps the earliest claims and marks the rest', () => {
    const input: SeatAllocationInput = {
      purchased: 3,
      assignments: [direct('cy', 3), direct('ana', 1), direct('bo', 2)],
      groupEdges: [],
      disabledUserIds: new Set(),
    };
    assert.deepEqual(states(allocateSeats(input)), { ana: 'active', bo: 'active', cy: 'active' });
    const reduced = allocateSeats({ ...input, purchased: 1 });
    assert.deepEqual(states(reduced), { ana: 'active', bo: 'not_enough_licenses', cy: 'not_enough_licenses' });
    assert.equal(reduced.availableSeats, 0);
    assert.deepEqual(states(allocateSeats({ ...input, purchased: 0 })), { ana: 'not_enough_licenses', bo: 'not_enough_licenses', cy: 'not_enough_licenses' });
  });

  test('equal claim times are broken by user id', () => {
    const allocation = allocateSeats({
      purchased: 1,
      assignments: [toGroup('g', 5)],
      groupEdges: [member('g', 'zoe', 0), member('g', 'amy', 0)],
      disabledUserIds: new Set(),
    });
    assert.deepEqual(states(allocation), { amy: 'active', zoe: 'not_enough_licenses' });
  });

  test('a disabled user holds nothing and their seat goes to the next claim', () => {
    const allocation = allocateSeats({
      purchased: 1,
      assignments: [direct('ana', 1), toGroup('g', 2)],
      groupEdges: [member('g', 'ana', 0), member('g', 'bo', 0)],
      disabledUserIds: new Set(['ana']),
    });
    assert.deepEqual(states(allocation), { bo: 'active' });
  });

  test('refuses a seat count that is not a non-negative integer', () => {
    const base = { assignments: [], groupEdges: [], disabledUserIds: new Set<string>() };
    assert.throws(() => allocateSeats({ ...base, purchased: -1 }), RangeError);
    assert.throws(() => allocateSeats({ ...base, purchased: 1.5 }), RangeError);
    assert.throws(() => allocateSeats({ ...base, purchased: Number.NaN }), RangeError);
  });
});

describe('seat arithmetic', () => {
  test('availableSeats never goes negative', () => {
    assert.equal(availableSeats(5, 2), 3);
    assert.equal(availableSeats(5, 5), 0);
    assert.equal(availableSeats(2, 5), 0);
  });

  test('compareClaims: earlier first, then by user id', () => {
    assert.ok(compareClaims({ userId: 'b', since: 1 }, { userId: 'a', since: 2 }) < 0);
    assert.ok(compareClaims({ userId: 'b', since: 2 }, { userId: 'a', since: 2 }) > 0);
    assert.equal(compareClaims({ userId: 'a', since: 2 }, { userId: 'a', since: 2 }), 0);
  });

  test('canAssignDirect: a free seat, or a user who already holds one', () => {
    const full = allocateSeats({ purchased: 1, assignments: [direct('ana', 1)], groupEdges: [], disabledUserIds: new Set() });
    assert.equal(canAssignDirect(full, 'ana'), true, 'already holds a seat');
    assert.equal(canAssignDirect(full, 'bo'), false, 'no seat free');
    const overGroup = allocateSeats({
      purchased: 1,
      assignments: [toGroup('g', 1)],
      groupEdges: [member('g', 'ana', 0), member('g', 'bo', 0)],
      disabledUserIds: new Set(),
    });
    assert.equal(canAssignDirect(overGroup, 'bo'), false, 'entitled through the group but beyond the count');
    const roomy = allocateSeats({ purchased: 2, assignments: [direct('ana', 1)], groupEdges: [], disabledUserIds: new Set() });
    assert.equal(canAssignDirect(roomy, 'bo'), true);
  });
});

// Random scenarios: a few groups and users, dense enough for diamonds, shared members,
// cycles in stored data and ties in time.
const GROUPS = ['g0', 'g1', 'g2', 'g3'];
const USERS = ['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6'];
const time = fc.integer({ min: 0, max: 10 });

const scenarioArb = fc.record({
  purchased: fc.integer({ min: 0, max: 8 }),
  assignments: fc.array(
    fc.oneof(
      fc.record({ userId: fc.constantFrom(...USERS), assignedAt: time }).map(({ userId, assignedAt }) => direct(userId, assignedAt)),
      fc.record({ groupId: fc.constantFrom(...GROUPS), assignedAt: time }).map(({ groupId, assignedAt }) => toGroup(groupId, assignedAt)),
    ),
    { maxLength: 6 },
  ),
  groupEdges: fc
    .tuple(
      fc.uniqueArray(
        fc.record({ groupId: fc.constantFrom(...GROUPS), memberId: fc.constantFrom(...GROUPS), addedAt: time }).filter((e) => e.groupId !== e.memberId),
        { selector: (e) => `${e.groupId}>${e.memberId}`, maxLength: 6 },
      ),
      fc.uniqueArray(fc.record({ groupId: fc.constantFrom(...GROUPS), memberId: fc.constantFrom(...USERS), addedAt: time }), {
        selector: (e) => `${e.groupId}>${e.memberId}`,
        maxLength: 14,
      }),
    )
    .map(([groups, users]) => [...groups.map((e) => nest(e.groupId, e.memberId, e.addedAt)), ...users.map((e) => member(e.groupId, e.memberId, e.addedAt))]),
  disabledUserIds: fc.subarray(USERS, { maxLength: 3 }).map((ids) => new Set(ids)),
});

/**
 * Reference for when each enabled user became entitled, computed differently from the
 * implementation: relax every edge until nothing improves (a group's time is the
 * earliest of its own assignments and of its parents' times through the nesting edge).
 */
function entitledSince(input: SeatAllocationInput): Map<string, number> {
  const edges = input.groupEdges as readonly GroupEdge[];
  const groupTime = new Map<string, number>();
  for (const a of input.assignments) if (a.kind === 'group') groupTime.set(a.groupId, Math.min(groupTime.get(a.groupId) ?? Infinity, a.assignedAt));
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of edges) {
      const parent = groupTime.get(e.groupId);
      if (e.memberKind !== 'group' || parent === undefined) continue;
      const candidate = Math.max(parent, e.addedAt);
      if (candidate < (groupTime.get(e.memberId) ?? Infinity)) {
        groupTime.set(e.memberId, candidate);
        changed = true;
      }
    }
  }
  const userTime = new Map<string, number>();
  const offer = (userId: string, t: number) => {
    if (!input.disabledUserIds.has(userId)) userTime.set(userId, Math.min(userTime.get(userId) ?? Infinity, t));
  };
  for (const a of input.assignments) if (a.kind === 'direct') offer(a.userId, a.assignedAt);
  for (const e of edges) {
    const group = groupTime.get(e.groupId);
    if (e.memberKind === 'user' && group !== undefined) offer(e.memberId, Math.max(group, e.addedAt));
  }
  return userTime;
}

describe('allocateSeats, properties', () => {
  test('each entitled enabled user appears once, with the reference claim time; active = min(purchased, entitled)', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const allocation = allocateSeats(input);
        const expected = entitledSince(input);
        const ids = allocation.holdings.map((h) => h.userId);
        assert.equal(new Set(ids).size, ids.length, 'no user twice');
        assert.deepEqual(new Map(allocation.holdings.map((h) => [h.userId, h.since])), expected);
        assert.equal(allocation.activeCount, Math.min(input.purchased, expected.size));
        assert.equal(activeUsers(allocation).length, allocation.activeCount);
        assert.ok(allocation.activeCount <= input.purchased);
        assert.equal(allocation.availableSeats, input.purchased - allocation.activeCount);
      }),
    );
  });

  test('seats go to the earliest claims: every active claim precedes every waiting one', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const { holdings } = allocateSeats(input);
        for (let i = 1; i < holdings.length; i++) assert.ok(compareClaims(holdings[i - 1]!, holdings[i]!) < 0, 'in fair order');
        const firstWaiting = holdings.findIndex((h) => h.state !== 'active');
        if (firstWaiting >= 0) assert.ok(holdings.slice(firstWaiting).every((h) => h.state === 'not_enough_licenses'));
      }),
    );
  });

  test('a disabled user never holds a seat, and disabling someone never deactivates anyone else', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...USERS), (input, disabled) => {
        const before = activeUsers(allocateSeats(input));
        const after = allocateSeats({ ...input, disabledUserIds: new Set([...input.disabledUserIds, disabled]) });
        assert.ok(after.holdings.every((h) => !input.disabledUserIds.has(h.userId) && h.userId !== disabled));
        const stillActive = new Set(activeUsers(after));
        for (const userId of before) if (userId !== disabled) assert.ok(stillActive.has(userId), `${userId} kept the seat`);
      }),
    );
  });

  test('adding seats never deactivates an active user', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 5 }), (input, extra) => {
        const before = activeUsers(allocateSeats(input));
        const after = new Set(activeUsers(allocateSeats({ ...input, purchased: input.purchased + extra })));
        for (const userId of before) assert.ok(after.has(userId), `${userId} kept the seat`);
      }),
    );
  });

  test("removing a user's claim never deactivates anyone else", () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...USERS), (input, leaver) => {
        const before = activeUsers(allocateSeats(input));
        const after = allocateSeats({
          ...input,
          assignments: input.assignments.filter((a) => a.kind !== 'direct' || a.userId !== leaver),
          groupEdges: (input.groupEdges as readonly GroupEdge[]).filter((e) => e.memberKind !== 'user' || e.memberId !== leaver),
        });
        assert.ok(after.holdings.every((h) => h.userId !== leaver));
        const stillActive = new Set(activeUsers(after));
        for (const userId of before) if (userId !== leaver) assert.ok(stillActive.has(userId), `${userId} kept the seat`);
      }),
    );
  });

  test('removing any assignment never deactivates a user whose claim time it did not change', () => {
    fc.assert(
      fc.property(scenarioArb, fc.nat(), (input, pick) => {
        fc.pre(input.assignments.length > 0);
        const removed = pick % input.assignments.length;
        const before = allocateSeats(input);
        const after = allocateSeats({ ...input, assignments: input.assignments.filter((_, i) => i !== removed) });
        const afterById = new Map(after.holdings.map((h) => [h.userId, h]));
        for (const held of before.holdings) {
          const now = afterById.get(held.userId);
          if (held.state === 'active' && now && now.since === held.since) assert.equal(now.state, 'active', `${held.userId} kept the seat`);
        }
      }),
    );
  });

  test('canAssignDirect says exactly whether a new direct assignment would hold an active seat', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom(...USERS), (input, userId) => {
        fc.pre(!input.disabledUserIds.has(userId));
        const allocation = allocateSeats(input);
        const latest = Math.max(0, ...input.assignments.map((a) => a.assignedAt), ...(input.groupEdges as readonly GroupEdge[]).map((e) => e.addedAt));
        const after = allocateSeats({ ...input, assignments: [...input.assignments, direct(userId, latest + 1)] });
        const holding = after.holdings.find((h) => h.userId === userId);
        assert.equal(canAssignDirect(allocation, userId), holding?.state === 'active');
        assert.ok(after.activeCount <= input.purchased);
      }),
    );
  });
});
