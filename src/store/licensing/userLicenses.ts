import type { TenantScope } from '../../policies/tenantScope.js';
import type { ProductState } from '../schema.js';
import type { Db } from '../transaction.js';
import { ancestorGroups, buildGroupGraph, transitiveMembers } from '../../domain/seats/groupGraph.js';
import { sourceDescriber, type HolderSource } from './holders.js';

/** One product as a user holds it (Graph's license assignment state, in our words). */
export interface UserLicenseRecord {
  planId: string;
  planName: string;
  serviceId: string;
  offer: { id: string; name: string };
  productState: ProductState;
  /** 'user_disabled' when the user is assigned the product but disabled, so holds no seat. */
  state: 'active' | 'not_enough_licenses' | 'user_disabled';
  since: Date | null;
  sources: HolderSource[];
}

/** Every product the user holds a seat of, directly or through groups, or is directly assigned. */
export async function listUserLicenses(db: Db, scope: TenantScope, userId: string): Promise<UserLicenseRecord[]> {
  return (await listLicensesOfUsers(db, scope, [userId])).get(userId) ?? [];
}

/** The same for several users at once (a page of the Graph users list): two queries, not two per user. */
export async function listLicensesOfUsers(db: Db, scope: TenantScope, userIds: readonly string[]): Promise<Map<string, UserLicenseRecord[]>> {
  const byUser = new Map<string, UserLicenseRecord[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const holdings = await db
    .selectFrom('seat_holdings')
    .innerJoin('products', (join) => join.onRef('products.tenant_id', '=', 'seat_holdings.tenant_id').onRef('products.plan_id', '=', 'seat_holdings.plan_id'))
    .innerJoin('plans', 'plans.id', 'seat_holdings.plan_id')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .select(['seat_holdings.user_id', 'seat_holdings.plan_id', 'seat_holdings.state', 'seat_holdings.since', 'seat_holdings.sources', 'plans.name', 'plans.service_id', 'offers.id as offer_id', 'offers.name as offer_name', 'products.state as product_state'])
    .where('seat_holdings.tenant_id', '=', scope.tenantId)
    .where('seat_holdings.user_id', 'in', [...userIds])
    .orderBy('offers.name')
    .orderBy('plans.name')
    .execute();
  const directOnly = await db
    .selectFrom('license_assignments')
    .innerJoin('products', (join) => join.onRef('products.tenant_id', '=', 'license_assignments.tenant_id').onRef('products.plan_id', '=', 'license_assignments.plan_id'))
    .innerJoin('plans', 'plans.id', 'license_assignments.plan_id')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .select(['license_assignments.user_id', 'license_assignments.plan_id', 'plans.name', 'plans.service_id', 'offers.id as offer_id', 'offers.name as offer_name', 'products.state as product_state'])
    .where('license_assignments.tenant_id', '=', scope.tenantId)
    .where('license_assignments.user_id', 'in', [...userIds])
    .execute();
  const describe = await sourceDescriber(db, scope, holdings.some((h) => h.sources.some((s) => s.kind === 'group')));
  for (const h of holdings) {
    byUser.get(h.user_id)?.push({
      planId: h.plan_id,
      planName: h.name,
      serviceId: h.service_id,
      offer: { id: h.offer_id, name: h.offer_name },
      productState: h.product_state,
      state: h.state,
      since: h.since,
      sources: h.sources.map((source) => describe(source, h.user_id)),
    });
  }
  for (const a of directOnly) {
    const records = byUser.get(a.user_id!);
    if (!records || records.some((r) => r.planId === a.plan_id)) continue;
    records.push({
      planId: a.plan_id,
      planName: a.name,
      serviceId: a.service_id,
      offer: { id: a.offer_id, name: a.offer_name },
      productState: a.product_state,
      state: 'user_disabled',
      since: null,
      sources: [{ kind: 'direct' }],
    });
  }
  return byUser;
}

/**
 * The products a group's members get: those assigned to the group itself and those
 * assigned to a group it is inside (nested groups: `inheritedFrom` names that group),
 * with how many of the group's members (at any depth) hold a seat of each.
 */
export async function listGroupLicenses(db: Db, scope: TenantScope, groupId: string) {
  const memberships = await db.selectFrom('group_members').select(['group_id', 'member_user_id', 'member_group_id']).where('tenant_id', '=', scope.tenantId).execute();
  const graph = buildGroupGraph(memberships.map((m) => ({ groupId: m.group_id, memberKind: m.member_user_id ? 'user' : 'group', memberId: (m.member_user_id ?? m.member_group_id)!, addedAt: 0 })));
  const ancestors = ancestorGroups(graph, groupId);
  const rows = await db
    .selectFrom('license_assignments')
    .innerJoin('plans', 'plans.id', 'license_assignments.plan_id')
    .innerJoin('offers', 'offers.id', 'plans.offer_id')
    .innerJoin('products', (join) => join.onRef('products.tenant_id', '=', 'license_assignments.tenant_id').onRef('products.plan_id', '=', 'license_assignments.plan_id'))
    .innerJoin('groups', 'groups.id', 'license_assignments.group_id')
    .select(['license_assignments.plan_id', 'license_assignments.group_id', 'license_assignments.assigned_at', 'groups.display_name as group_name', 'plans.name', 'plans.service_id', 'offers.name as offer_name', 'products.state as product_state'])
    .where('license_assignments.tenant_id', '=', scope.tenantId)
    .where('license_assignments.group_id', 'in', [groupId, ...ancestors])
    .orderBy('plans.name')
    .orderBy('groups.display_name')
    .execute();
  if (rows.length === 0) return [];
  const members = transitiveMembers(graph, groupId).users;
  const holdings = await db
    .selectFrom('seat_holdings')
    .select(['plan_id', 'user_id', 'state', 'sources'])
    .where('tenant_id', '=', scope.tenantId)
    .where('plan_id', 'in', [...new Set(rows.map((r) => r.plan_id))])
    .execute();
  return rows.map((r) => {
    const assignedGroup = r.group_id!;
    // Through this group's own assignment every holder counts; through a parent's, only this group's members.
    const through = holdings.filter(
      (h) => h.plan_id === r.plan_id && h.sources.some((s) => s.kind === 'group' && s.groupId === assignedGroup) && (assignedGroup === groupId || members.has(h.user_id)),
    );
    return {
      planId: r.plan_id,
      planName: r.name,
      serviceId: r.service_id,
      offerName: r.offer_name,
      productState: r.product_state,
      assignedAt: r.assigned_at,
      inheritedFrom: assignedGroup === groupId ? null : { id: assignedGroup, displayName: r.group_name },
      activeMembers: through.filter((h) => h.state === 'active').length,
      notEnoughMembers: through.filter((h) => h.state === 'not_enough_licenses').length,
    };
  });
}
