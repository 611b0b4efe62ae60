import { asGroupGraph, type GroupEdge, type GroupGraph } from './groupGraph.js';

/**
 * How a user is inside a group: the chain of groups from `groupId` down to a
 * group the user is a direct member of (the shortest one), e.g. Operations →
 * Field Technicians. `[groupId]` when the user is a direct member; null when
 * the user is not in the group at all. Shown to admins next to a seat held
 * through a group, so nested memberships are not a mystery.
 */
export function membershipPath(edges: readonly GroupEdge[] | GroupGraph, groupId: string, userId: string): string[] | null {
  const graph = asGroupGraph(edges);
  const parentOf = new Map<string, string | null>([[groupId, null]]);
  const queue = [groupId];
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i]!;
    if ((graph.memberUsers.get(current) ?? []).some((edge) => edge.memberId === userId)) {
      const path: string[] = [];
      for (let at: string | null = current; at !== null; at = parentOf.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const edge of graph.memberGroups.get(current) ?? []) {
      if (parentOf.has(edge.memberId)) continue;
      parentOf.set(edge.memberId, current);
      queue.push(edge.memberId);
    }
  }
  return null;
}
