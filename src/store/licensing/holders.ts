import { sql } from 'kysely';
import { buildGroupGraph, type GroupEdge } from '../../domain/seats/groupGraph.js';
import { membershipPath } from '../../domain/seats/membershipPath.js';
import type { TenantScope } from '../../policies/tenantScope.js';
import type { Db } from '../transaction.js';

export type HolderSource = { kind: 'direct' } | { kind: 'group'; groupId: string; groupName: string; via: { id: string; name: string }[] };

/** A user holding (or waiting for) a seat of a product, and every way they hold it. */
export interface HolderRecord {
  user: { id: string; displayName: string; userPrincipalName: string };
  state: 'active' | 'not_enough_licenses';
  since: Date;
  sources: HolderSource[];
}

export interface HolderQuery {
  state?: 'active' | 'not_enough_licenses' | undefined;
  search?: string | undefined;
  limit: number;
  offset: number;
}

/** The product's holders in fair order (active first, then who waits longest). */
export async function listHolders(db: Db, scope: TenantScope, planId: string, query: HolderQuery) {
  let q = db
    .selectFrom('seat_holdings')
    .innerJoin('users', 'users.id', 'seat_holdings.user_id')
    .where('seat_holdings.tenant_id', '=', scope.tenantId)
    .where('seat_holdings.plan_id', '=', planId);
  if (query.state) q = q.where('seat_holdings.state', '=', query.state);
  if (query.search) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb(sql`lower(users.display_name)`, 'like', pattern), eb(sql`lower(users.user_principal_name)`, 'like', pattern)]));
  }
  const [rows, total] = await Promise.all([
    q
      .select(['seat_holdings.user_id', 'seat_holdings.state', 'seat_holdings.since', 'seat_holdings.sources', 'users.display_name', 'users.user_principal_name'])
      .orderBy(sql`seat_holdings.state = 'active'`, 'desc')
      .orderBy('seat_holdings.since')
      .orderBy('seat_holdings.user_id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
  ]);
  const describe = await sourceDescriber(db, scope, rows.some((r) => r.sources.some((s) => s.kind === 'group')));
  return {
    total: total.count,
    items: rows.map(
      (r): HolderRecord => ({
        user: { id: r.user_id, displayName: r.display_name, userPrincipalName: r.user_principal_name },
        state: r.state,
        since: r.since,
        sources: r.sources.map((s) => describe(s, r.user_id)),
      }),
    ),
  };
}

/** Names the groups behind seats, with the chain of nested groups that leads to the user. */
export async function sourceDescriber(db: Db, scope: TenantScope, needed: boolean) {
  if (!needed) return (source: { kind: 'direct' } | { kind: 'group'; groupId: string }): HolderSource => (source.kind === 'direct' ? source : { ...source, groupName: '', via: [] });
  const memberships = await db.selectFrom('group_members').select(['group_id', 'member_user_id', 'member_group_id']).where('tenant_id', '=', scope.tenantId).execute();
  const groups = await db.selectFrom('groups').select(['id', 'display_name']).where('tenant_id', '=', scope.tenantId).execute();
  const names = new Map(groups.map((g) => [g.id, g.display_name]));
  const edges: GroupEdge[] = memberships.map((m) => ({ groupId: m.group_id, memberKind: m.member_user_id ? 'user' : 'group', memberId: (m.member_user_id ?? m.member_group_id)!, addedAt: 0 }));
  const graph = buildGroupGraph(edges);
  return (source: { kind: 'direct' } | { kind: 'group'; groupId: string }, userId: string): HolderSource => {
    if (source.kind === 'direct') return source;
    const path = membershipPath(graph, source.groupId, userId) ?? [source.groupId];
    return { kind: 'group', groupId: source.groupId, groupName: names.get(source.groupId) ?? source.groupId, via: path.slice(1).map((id) => ({ id, name: names.get(id) ?? id })) };
  };
}
