import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { GroupEdge } from './groupGraph.js';
import { membershipPath } from './membershipPath.js';

const nest = (groupId: string, memberId: string): GroupEdge => ({ groupId, memberKind: 'group', memberId, addedAt: 0 });
const member = (groupId: string, memberId: string): GroupEdge => ({ groupId, memberKind: 'user', memberId, addedAt: 0 });

test('the shortest chain of groups from the assigned group down to the user', () => {
  const edges = [nest('all', 'ops'), nest('ops', 'field'), member('field', 'ana'), member('all', 'bo'), nest('all', 'field'), member('ops', 'cy')];
  assert.deepEqual(membershipPath(edges, 'all', 'bo'), ['all']);
  assert.deepEqual(membershipPath(edges, 'all', 'ana'), ['all', 'field']);
  assert.deepEqual(membershipPath(edges, 'ops', 'ana'), ['ops', 'field']);
  assert.deepEqual(membershipPath(edges, 'all', 'cy'), ['all', 'ops']);
  assert.equal(membershipPath(edges, 'field', 'bo'), null);
  assert.equal(membershipPath([...edges, nest('field', 'all')], 'field', 'nobody'), null, 'a stored cycle still ends');
});
