import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildGroupGraph, groupsOfEachUser, transitiveMembers, wouldCreateCycle, type GroupEdge } from './groupGraph.js';

const nest = (groupId: string, memberId: string, addedAt = 0): GroupEdge => ({ groupId, memberKind: 'group', memberId, addedAt });
const member = (groupId: string, memberId: string, addedAt = 0): GroupEdge => ({ groupId, memberKind: 'user', memberId, addedAt });

// Small id pools so random graphs are dense: shared members, diamonds and cycles.
const GROUPS = ['g0', 'g1', 'g2', 'g3', 'g4', 'g5'];
const USERS = ['u0', 'u1', 'u2', 'u3', 'u4'];
const time = fc.integer({ min: 0, max: 12 });

/** Group memberships as the database allows them: no duplicates, no group inside itself, cycles possible. */
const edgesArb = fc
  .tuple(
    fc.uniqueArray(
      fc.record({ groupId: fc.constantFrom(...GROUPS), memberId: fc.constantFrom(...GROUPS), addedAt: time }).filter((e) => e.groupId !== e.memberId),
      { selector: (e) => `${e.groupId}>${e.memberId}`, maxLength: 12 },
    ),
    fc.uniqueArray(fc.record({ groupId: fc.constantFrom(...GROUPS), memberId: fc.constantFrom(...USERS), addedAt: time }), {
      selector: (e) => `${e.groupId}>${e.memberId}`,
      maxLength: 14,
    }),
  )
  .map(([groups, users]) => [...groups.map((e) => nest(e.groupId, e.memberId, e.addedAt)), ...users.map((e) => member(e.groupId, e.memberId, e.addedAt))]);

/** Reference: is `to` nested (at any depth) inside `from`? Grows the reachable set until it stops changing. */
function nestedInside(edges: readonly GroupEdge[], from: string, to: string): boolean {
  const reached = new Set([from]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const e of edges) {
      if (e.memberKind === 'group' && reached.has(e.groupId) && !reached.has(e.memberId)) {
        reached.add(e.memberId);
        grew = true;
      }
    }
  }
  return from !== to && reached.has(to);
}

/** Reference: enumerate every simple chain from the group down to the user; the earliest chain's latest link. */
function memberSinceByEnumeration(edges: readonly GroupEdge[], groupId: string, userId: string): number | undefined {
  let best: number | undefined;
  const walk = (group: string, latest: number, onPath: Set<string>): void => {
    for (const e of edges) {
      if (e.groupId !== group) continue;
      const chainTime = Math.max(latest, e.addedAt);
      if (e.memberKind === 'user' && e.memberId === userId) best = best === undefined ? chainTime : Math.min(best, chainTime);
      if (e.memberKind === 'group' && !onPath.has(e.memberId)) walk(e.memberId, chainTime, new Set(onPath).add(e.memberId));
    }
  };
  walk(groupId, -Infinity, new Set([groupId]));
  return best;
}

/** Acyclic when no nesting edge points at a group that contains its parent. */
function isAcyclic(edges: readonly GroupEdge[]): boolean {
  return edges.every((e) => e.memberKind !== 'group' || (e.groupId !== e.memberId && !nestedInside(edges, e.memberId, e.groupId)));
}

describe('wouldCreateCycle', () => {
  const chain = [nest('all', 'ops'), nest('ops', 'field'), member('field', 'ana')];

  test('a group cannot contain itself', () => {
    assert.equal(wouldCreateCycle([], 'all', 'all'), true);
  });

  test('putting an ancestor inside its descendant closes a loop; the other way round does not', () => {
    assert.equal(wouldCreateCycle(chain, 'field', 'all'), true);
    assert.equal(wouldCreateCycle(chain, 'ops', 'all'), true);
    assert.equal(wouldCreateCycle(chain, 'all', 'field'), false, 'a shortcut edge is fine');
    assert.equal(wouldCreateCycle(chain, 'other', 'all'), false);
  });

  test('user memberships are not nesting', () => {
    // A user id that happens to equal a group id must not be followed as a group.
    assert.equal(wouldCreateCycle([member('a', 'b'), nest('b', 'c')], 'c', 'a'), false);
  });

  test('agrees with plain reachability on arbitrary graphs', () => {
    fc.assert(
      fc.property(edgesArb, fc.constantFrom(...GROUPS), fc.constantFrom(...GROUPS), (edges, parent, child) => {
        const expected = parent === child || nestedInside(edges, child, parent);
        assert.equal(wouldCreateCycle(edges, parent, child), expected);
        assert.equal(wouldCreateCycle(buildGroupGraph(edges), parent, child), expected, 'same answer from a prebuilt graph');
      }),
    );
  });

  test('adding only the edges it accepts always leaves the graph acyclic', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...GROUPS), fc.constantFrom(...GROUPS)), { maxLength: 30 }), (proposals) => {
        const accepted: GroupEdge[] = [];
        for (const [parent, child] of proposals) {
          if (!wouldCreateCycle(accepted, parent, child)) accepted.push(nest(parent, child));
        }
        assert.ok(isAcyclic(accepted));
      }),
    );
  });
});

describe('transitiveMembers', () => {
  test('nested groups: membership starts when the last link of the chain was added', () => {
    const edges = [nest('all', 'ops', 20), nest('ops', 'field', 10), member('field', 'ana', 5), member('ops', 'bo', 30)];
    const { groups, users } = transitiveMembers(edges, 'all');
    assert.deepEqual([...groups].sort(), [['field', 20], ['ops', 20]]);
    assert.deepEqual([...users].sort(), [['ana', 20], ['bo', 30]]);
    assert.deepEqual([...transitiveMembers(edges, 'field').users], [['ana', 5]]);
  });

  test('with two chains to the same user the earlier one counts', () => {
    const edges = [nest('all', 'late', 50), member('late', 'ana', 1), nest('all', 'early', 10), nest('early', 'mid', 12), member('mid', 'ana', 3)];
    assert.deepEqual([...transitiveMembers(edges, 'all').users], [['ana', 12]]);
  });

  test('a cycle left in stored data does not hang and lists each member once', () => {
    const edges = [nest('a', 'b', 1), nest('b', 'a', 2), member('b', 'ana', 3)];
    const { groups, users } = transitiveMembers(edges, 'a');
    assert.deepEqual([...groups], [['b', 1]]);
    assert.deepEqual([...users], [['ana', 3]]);
  });

  test('an unknown group has no members', () => {
    const { groups, users } = transitiveMembers([member('g', 'ana')], 'nobody');
    assert.equal(groups.size + users.size, 0);
  });

  test('every user time matches the earliest of all chains, enumerated one by one', () => {
    fc.assert(
      fc.property(edgesArb, fc.constantFrom(...GROUPS), (edges, groupId) => {
        const { users } = transitiveMembers(edges, groupId);
        for (const userId of USERS) assert.equal(users.get(userId), memberSinceByEnumeration(edges, groupId, userId), `${userId} in ${groupId}`);
      }),
    );
  });
});

describe('groupsOfEachUser', () => {
  test('lists direct and nested groups with the time the user joined each', () => {
    const edges = [nest('all', 'ops', 20), nest('ops', 'field', 10), member('field', 'ana', 5), member('all', 'ana', 40), member('ops', 'bo', 7)];
    const byUser = groupsOfEachUser(edges);
    assert.deepEqual([...(byUser.get('ana') ?? [])].sort(), [['all', 20], ['field', 5], ['ops', 10]]);
    assert.deepEqual([...(byUser.get('bo') ?? [])].sort(), [['all', 20], ['ops', 7]]);
    assert.equal(byUser.has('nobody'), false);
  });

  test('is the same relation as transitiveMembers, seen from the user side', () => {
    fc.assert(
      fc.property(edgesArb, (edges) => {
        const byUser = groupsOfEachUser(edges);
        for (const groupId of GROUPS) {
          const { users } = transitiveMembers(edges, groupId);
          for (const userId of USERS) assert.equal(byUser.get(userId)?.get(groupId), users.get(userId), `${userId} in ${groupId}`);
        }
      }),
    );
  });
});
