import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DomainError } from '../../domain/problems.js';
import { runUseCase } from '../runUseCase.js';
import { grantTenantScope, type TenantScope } from '../../policies/tenantScope.js';
import { createTestApp, type TestApp } from '../../../test/support/testApp.js';
import { customerWithLicenses, type PlanFixture } from '../../../test/support/licensingFactories.js';
import { assertSeatInvariants } from '../../../test/support/seatInvariants.js';
import { addGroupMember } from '../directory/addGroupMember.js';
import { createGroup } from '../directory/createGroup.js';
import { createUser } from '../directory/createUser.js';
import { deleteUser } from '../directory/deleteUser.js';
import { removeGroupMember } from '../directory/removeGroupMember.js';
import { updateUser } from '../directory/updateUser.js';
import { changeDealLicenses } from '../deals/changeDealLicenses.js';
import { assignLicenses } from './assignLicenses.js';
import { unassignLicenses } from './unassignLicenses.js';

/**
 * The database agrees with the seat arithmetic: after any sequence of
 * assignments, unassignments, membership and nesting changes, users disabled,
 * enabled or deleted and quantity changes, the stored holdings are exactly
 * allocateSeats() over the stored inputs (see seatInvariants.ts).
 */
describe('reallocateProduct against the database', () => {
  let t: TestApp;
  let scope: TenantScope;
  let publisherScope: TenantScope;
  let plan: PlanFixture;
  let dealId: string;
  const users: string[] = [];
  const groups: string[] = [];
  let domain = '';
  let created = 0;

  before(async () => {
    t = await createTestApp();
    const fixture = await customerWithLicenses(t.app, 3);
    plan = fixture.plan;
    dealId = fixture.deal.id;
    scope = grantTenantScope(fixture.customer.id);
    domain = fixture.customer.domain;
    publisherScope = grantTenantScope(fixture.publisher.id);
    await runUseCase(t.app, 'system', async (ctx) => {
      for (let i = 0; i < 8; i++) users.push((await createUser(ctx, { scope, userPrincipalName: `p${i}@${fixture.customer.domain}`, displayName: `P ${i}` })).id);
      for (let i = 0; i < 3; i++) groups.push((await createGroup(ctx, { scope, displayName: `G ${i}` })).id);
    });
  });
  after(() => t.close());

  type Op =
    | { kind: 'assignUser' | 'unassignUser' | 'disable' | 'enable' | 'delete'; user: number }
    | { kind: 'assignGroup' | 'unassignGroup'; group: number }
    | { kind: 'addMember' | 'removeMember'; group: number; user: number }
    | { kind: 'nest'; parent: number; child: number }
    | { kind: 'quantity'; quantity: number };

  const user = fc.nat(7);
  const group = fc.nat(2);
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constantFrom('assignUser' as const, 'unassignUser' as const, 'disable' as const, 'enable' as const), user }),
    fc.record({ kind: fc.constant('delete' as const), user }),
    fc.record({ kind: fc.constantFrom('assignGroup' as const, 'unassignGroup' as const), group }),
    fc.record({ kind: fc.constantFrom('addMember' as const, 'removeMember' as const), group, user }),
    fc.record({ kind: fc.constant('nest' as const), parent: group, child: group }),
    fc.record({ kind: fc.constant('quantity' as const), quantity: fc.integer({ min: 1, max: 6 }) }),
  );

  async function apply(o: Op): Promise<void> {
    t.clock.advance(1000);
    const policy = { thresholdUsd: 5000, terms: { graceDays: 30, suspendedDays: 30 } };
    const userId = 'user' in o ? users[o.user]! : '';
    await runUseCase(t.app, 'system', async (ctx) => {
      switch (o.kind) {
        case 'assignUser':
          return void (await assignLicenses(ctx, { scope, planId: plan.id, userIds: [userId], groupIds: [], assignedBy: null }));
        case 'unassignUser':
          return void (await unassignLicenses(ctx, { scope, planId: plan.id, userIds: [userId], groupIds: [] }));
        case 'assignGroup':
          return void (await assignLicenses(ctx, { scope, planId: plan.id, userIds: [], groupIds: [groups[o.group]!], assignedBy: null }));
        case 'unassignGroup':
          return void (await unassignLicenses(ctx, { scope, planId: plan.id, userIds: [], groupIds: [groups[o.group]!] }));
        case 'addMember':
          return addGroupMember(ctx, { scope, groupId: groups[o.group]!, memberType: 'user', memberId: userId });
        case 'removeMember':
          return void (await removeGroupMember(ctx, { scope, groupId: groups[o.group]!, memberId: userId }));
        case 'nest':
          return addGroupMember(ctx, { scope, groupId: groups[o.parent]!, memberType: 'group', memberId: groups[o.child]! });
        case 'disable':
        case 'enable':
          return void (await updateUser(ctx, { scope, userId, changes: { enabled: o.kind === 'enable' } }));
        case 'delete': {
          await deleteUser(ctx, { scope, userId });
          // Keep eight users around: a deleted one comes back as a new user in its slot.
          users[o.user] = (await createUser(ctx, { scope, userPrincipalName: `again${++created}@${domain}`, displayName: 'Again' })).id;
          return;
        }
        case 'quantity':
          return void (await changeDealLicenses(ctx, { publisher: publisherScope, dealId, planRef: plan.id, quantity: o.quantity, policy }));
      }
    }).catch((error) => {
      // Refusals (no free seat, not assigned, already a member, a nesting loop) are part of the game.
      if (!(error instanceof DomainError)) throw error;
    });
  }

  test('property: holdings always equal allocateSeats() over what is stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 25 }), async (ops) => {
        for (const o of ops) {
          await apply(o);
          await assertSeatInvariants(t.app, scope.tenantId, plan.id);
        }
      }),
      { numRuns: 12 },
    );
  });
});
