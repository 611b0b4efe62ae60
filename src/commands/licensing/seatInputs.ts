import { buildGroupGraph, type GroupEdge, type GroupGraph } from '../../domain/seats/groupGraph.js';
import type { LicenseAssignment } from '../../domain/seats/seatAllocation.js';
import type { Tx } from '../../store/transaction.js';
import type { ProductKey } from './productLock.js';

/**
 * What seat allocation reads from the database, read inside the caller's
 * transaction after the product lock is held (see reallocateProduct.ts).
 */

/** A tenant's group memberships and disabled users: the same for all of its products. */
export interface TenantDirectory {
  graph: GroupGraph;
  edges: GroupEdge[];
  disabledUserIds: ReadonlySet<string>;
}

export async function loadTenantDirectory(tx: Tx, tenantId: string): Promise<TenantDirectory> {
  const memberships = await tx.selectFrom('group_members').select(['group_id', 'member_user_id', 'member_group_id', 'added_at']).where('tenant_id', '=', tenantId).execute();
  const disabled = await tx.selectFrom('users').select('id').where('tenant_id', '=', tenantId).where('enabled', '=', false).execute();
  const edges: GroupEdge[] = memberships.map((m) => ({
    groupId: m.group_id,
    memberKind: m.member_user_id ? 'user' : 'group',
    memberId: (m.member_user_id ?? m.member_group_id)!,
    addedAt: m.added_at.getTime(),
  }));
  return { graph: buildGroupGraph(edges), edges, disabledUserIds: new Set(disabled.map((u) => u.id)) };
}

export async function loadAssignments(tx: Tx, key: ProductKey): Promise<LicenseAssignment[]> {
  const rows = await tx
    .selectFrom('license_assignments')
    .select(['user_id', 'group_id', 'assigned_at'])
    .where('tenant_id', '=', key.tenantId)
    .where('plan_id', '=', key.planId)
    .orderBy('assigned_at')
    .orderBy('id')
    .execute();
  return rows.map((r) =>
    r.user_id ? { kind: 'direct', userId: r.user_id, assignedAt: r.assigned_at.getTime() } : { kind: 'group', groupId: r.group_id!, assignedAt: r.assigned_at.getTime() },
  );
}

export interface StoredHolding {
  userId: string;
  state: 'active' | 'not_enough_licenses';
  since: number;
  sources: string;
}

export async function loadHoldings(tx: Tx, key: ProductKey): Promise<Map<string, StoredHolding>> {
  const rows = await tx
    .selectFrom('seat_holdings')
    .select(['user_id', 'state', 'since', 'sources'])
    .where('tenant_id', '=', key.tenantId)
    .where('plan_id', '=', key.planId)
    .execute();
  return new Map(rows.map((r) => [r.user_id, { userId: r.user_id, state: r.state, since: r.since.getTime(), sources: JSON.stringify(r.sources) }]));
}
