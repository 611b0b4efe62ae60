import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { groupsOfEachUser, transitiveMembers, type GroupEdge } from './groupGraph.js';

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
