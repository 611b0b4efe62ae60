import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findCycle, type GroupEdge } from './groupNesting.js';

test('names the loop a new nesting would close', () => {
  const edges: GroupEdge[] = [
    { parentId: 'all', childId: 'ops' },
    { parentId: 'ops', childId: 'field' },
  ];
  assert.deepEqual(findCycle(edges, 'field', 'all'), ['field', 'all', 'ops', 'field']);
  assert.equal(findCycle(edges, 'all', 'field'), null, 'a shortcut is not a loop');
  assert.deepEqual(findCycle(edges, 'ops', 'ops'), ['ops', 'ops']);
});

test('adding only edges findCycle accepts always leaves an acyclic graph', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.constantFrom(...ids)), { maxLength: 40 }), (pairs) => {
      const edges: GroupEdge[] = [];
      for (const [parentId, childId] of pairs) {
        const cycle = findCycle(edges, parentId, childId);
        if (cycle) {
          assert.equal(cycle[0], parentId);
          assert.equal(cycle.at(-1), parentId);
        } else edges.push({ parentId, childId });
      }
      // Topological sort succeeds only on a DAG.
      const indegree = new Map(ids.map((id) => [id, 0]));
      for (const e of edges) indegree.set(e.childId, indegree.get(e.childId)! + 1);
      const queue = ids.filter((id) => indegree.get(id) === 0);
      let visited = 0;
      while (queue.length) {
        const id = queue.pop()!;
        visited++;
        for (const e of edges.filter((x) => x.parentId === id)) {
          indegree.set(e.childId, indegree.get(e.childId)! - 1);
          if (indegree.get(e.childId) === 0) queue.push(e.childId);
        }
      }
      assert.equal(visited, ids.length);
    }),
  );
});

test('finds a loop exactly when the parent is already nested inside the child', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const edgesArb = fc.uniqueArray(
    fc.record({ parentId: fc.constantFrom(...ids), childId: fc.constantFrom(...ids) }).filter((e) => e.parentId !== e.childId),
    { selector: (e) => `${e.parentId}>${e.childId}`, maxLength: 12 },
  );
  fc.assert(
    fc.property(edgesArb, fc.constantFrom(...ids), fc.constantFrom(...ids), (edges, parentId, childId) => {
      // Reference: grow the set of groups inside the child until it stops changing.
      const inside = new Set([childId]);
      for (let grew = true; grew; ) {
        grew = false;
        for (const e of edges) {
          if (inside.has(e.parentId) && !inside.has(e.childId)) grew = inside.add(e.childId) !== undefined;
        }
      }
      const cycle = findCycle(edges, parentId, childId);
      assert.equal(cycle !== null, inside.has(parentId));
      if (cycle) {
        // Every step of the reported loop is a real nesting, closed by the new one.
        for (let i = 1; i < cycle.length - 1; i++) {
          assert.ok(edges.some((e) => e.parentId === cycle[i] && e.childId === cycle[i + 1]));
        }
      }
    }),
  );
});
