import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildGroupGraph, type GroupEdge } from '../../src/domain/seats/groupGraph.js';
import { allocateSeats, type LicenseAssignment } from '../../src/domain/seats/seatAllocation.js';

/**
 * What must hold for a product whatever happened to it: the stored holdings
 * are exactly allocateSeats() over the stored inputs, assigned equals the
 * active holdings and never exceeds purchased, and the ledger adds up to both.
 */
export async function assertSeatInvariants(app: FastifyInstance, tenantId: string, planId: string): Promise<{ purchased: number; assigned: number; holders: number }> {
  const db = app.db;
  const product = await db.selectFrom('products').selectAll().where('tenant_id', '=', tenantId).where('plan_id', '=', planId).executeTakeFirstOrThrow();
  const assignments = await db.selectFrom('license_assignments').selectAll().where('tenant_id', '=', tenantId).where('plan_id', '=', planId).execute();
  const members = await db.selectFrom('group_members').selectAll().where('tenant_id', '=', tenantId).execute();
  const disabled = await db.selectFrom('users').select('id').where('tenant_id', '=', tenantId).where('enabled', '=', false).execute();
  const holdings = await db.selectFrom('seat_holdings').selectAll().where('tenant_id', '=', tenantId).where('plan_id', '=', planId).execute();

  const edges: GroupEdge[] = members.map((m) => ({ groupId: m.group_id, memberKind: m.member_user_id ? 'user' : 'group', memberId: (m.member_user_id ?? m.member_group_id)!, addedAt: m.added_at.getTime() }));
  const expected = allocateSeats({
    purchased: product.purchased,
    assignments: assignments.map(
      (a): LicenseAssignment => (a.user_id ? { kind: 'direct', userId: a.user_id, assignedAt: a.assigned_at.getTime() } : { kind: 'group', groupId: a.group_id!, assignedAt: a.assigned_at.getTime() }),
    ),
    groupEdges: buildGroupGraph(edges),
    disabledUserIds: new Set(disabled.map((u) => u.id)),
  });
  const stored = holdings
    .map((h) => ({ userId: h.user_id, state: h.state, since: h.since.getTime(), sources: h.sources }))
    .sort((a, b) => (a.userId < b.userId ? -1 : 1));
  const computed = expected.holdings.map((h) => ({ userId: h.userId, state: h.state, since: h.since, sources: h.sources })).sort((a, b) => (a.userId < b.userId ? -1 : 1));
  assert.deepEqual(stored, computed, 'seat_holdings equal allocateSeats() over the stored inputs');

  const active = holdings.filter((h) => h.state === 'active').length;
  assert.equal(product.assigned, active, 'products.assigned counts the active holdings');
  assert.ok(product.assigned <= product.purchased, `assigned ${product.assigned} ≤ purchased ${product.purchased}`);

  const ledger = await db.selectFrom('license_ledger').selectAll().where('tenant_id', '=', tenantId).where('plan_id', '=', planId).orderBy('id').execute();
  const assignedByLedger = ledger.filter((l) => l.kind === 'assigned' || l.kind === 'unassigned').reduce((sum, l) => sum + l.delta, 0);
  const purchasedByLedger = ledger.filter((l) => l.kind === 'provisioned' || l.kind === 'deprovisioned').reduce((sum, l) => sum + l.delta, 0);
  assert.equal(assignedByLedger, product.assigned, 'the ledger adds up to the assigned count');
  assert.equal(purchasedByLedger, product.purchased, 'the ledger adds up to the purchased count');
  for (const row of ledger) assert.ok(row.assigned_after <= row.purchased_after, `ledger row ${row.id}: assigned ${row.assigned_after} ≤ purchased ${row.purchased_after}`);
  const last = ledger.at(-1);
  if (last) assert.deepEqual([last.purchased_after, last.assigned_after, last.state_after], [product.purchased, product.assigned, product.state]);
  return { purchased: product.purchased, assigned: product.assigned, holders: holdings.length };
}
