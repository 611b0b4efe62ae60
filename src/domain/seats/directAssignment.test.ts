import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { directAssignmentShortfall } from './directAssignment.js';
import { allocateSeats, canAssignDirect, type LicenseAssignment } from './seatAllocation.js';

const users = ['a', 'b', 'c', 'd', 'e', 'f'];
const assignment: fc.Arbitrary<LicenseAssignment> = fc.oneof(
  fc.record({ kind: fc.constant('direct' as const), userId: fc.constantFrom(...users), assignedAt: fc.nat(100) }),
  fc.record({ kind: fc.constant('group' as const), groupId: fc.constantFrom('g', 'h'), assignedAt: fc.nat(100) }),
);
const edges = fc.array(fc.record({ groupId: fc.constantFrom('g', 'h'), memberKind: fc.constant('user' as const), memberId: fc.constantFrom(...users), addedAt: fc.nat(100) }));
const allocation = fc
  .record({ purchased: fc.nat(8), assignments: fc.array(assignment, { maxLength: 8 }), groupEdges: edges })
  .map((input) => allocateSeats({ ...input, disabledUserIds: new Set() }));

test('property: for one user, the shortfall agrees with canAssignDirect', () => {
  fc.assert(
    fc.property(allocation, fc.constantFrom(...users), (alloc, userId) => {
      assert.equal(directAssignmentShortfall(alloc, [userId]).short === 0, canAssignDirect(alloc, userId));
    }),
  );
});

test('property: a request fits exactly when its new seats fit in the free ones', () => {
  fc.assert(
    fc.property(allocation, fc.subarray(users), (alloc, requested) => {
      const { needed, available, short } = directAssignmentShortfall(alloc, [...requested, ...requested]);
      const holding = new Set(alloc.holdings.filter((h) => h.state === 'active').map((h) => h.userId));
      assert.equal(needed, requested.filter((u) => !holding.has(u)).length);
      assert.equal(available, alloc.availableSeats);
      assert.equal(short, Math.max(0, needed - available));
    }),
  );
});
