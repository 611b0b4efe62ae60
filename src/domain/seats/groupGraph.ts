/**
 * Security groups nest: a group's members are users and other groups. A license
 * assigned to a group reaches every user below it, so seat allocation needs to
 * know who is (transitively) in a group, and since when.
 *
 * "Since when" along a chain of memberships is the moment the last link of the
 * chain was added (the chain only exists once all of its links do). Over several
 * chains, the earliest such moment counts.
 */

/** One row of group membership: a user or a group that is a direct member of `groupId`. */
export interface GroupEdge {
  groupId: string;
  memberKind: 'user' | 'group';
  memberId: string;
  /** When the member was added, in ms since the epoch. */
  addedAt: number;
}

/** Edges indexed for traversal. Build it once when several queries run over the same edges. */
export interface GroupGraph {
  /** groupId → edges to its member groups. */
  readonly memberGroups: ReadonlyMap<string, readonly GroupEdge[]>;
  /** groupId → edges to its member users. */
  readonly memberUsers: ReadonlyMap<string, readonly GroupEdge[]>;
  /** groupId → edges to the groups it is a member of. */
  readonly parentGroups: ReadonlyMap<string, readonly GroupEdge[]>;
  /** userId → edges to the groups the user is a direct member of. */
  readonly groupsOfUser: ReadonlyMap<string, readonly GroupEdge[]>;
}

/** A group or user reached from a group, with the time it became reachable. */
export type Reached = Map<string, number>;

export function buildGroupGraph(edges: readonly GroupEdge[]): GroupGraph {
  const memberGroups = new Map<string, GroupEdge[]>();
  const memberUsers = new Map<string, GroupEdge[]>();
  const parentGroups = new Map<string, GroupEdge[]>();
  const groupsOfUser = new Map<string, GroupEdge[]>();
  for (const edge of edges) {
    if (edge.memberKind === 'group') {
      append(memberGroups, edge.groupId, edge);
      append(parentGroups, edge.memberId, edge);
    } else {
      append(memberUsers, edge.groupId, edge);
      append(groupsOfUser, edge.memberId, edge);
    }
  }
  return { memberGroups, memberUsers, parentGroups, groupsOfUser };
}

/** Lets callers pass either raw edges or a graph they already built. */
export function asGroupGraph(edges: readonly GroupEdge[] | GroupGraph): GroupGraph {
  return isEdgeList(edges) ? buildGroupGraph(edges) : edges;
}

/**
 * Everyone inside `groupId` at any depth: the nested groups and the users, each
 * with the time they became members of `groupId` (through their earliest chain).
 * The group itself is not listed among its own members.
 */
export function transitiveMembers(edges: readonly GroupEdge[] | GroupGraph, groupId: string): { groups: Reached; users: Reached } {
  const graph = asGroupGraph(edges);
  const groups = earliestReach(groupId, graph.memberGroups, (edge) => edge.memberId);
  const users: Reached = new Map();
  // Group times are final here, so each user edge is looked at once per reached group.
  for (const [reachedGroup, groupSince] of groups) {
    for (const edge of graph.memberUsers.get(reachedGroup) ?? []) {
      keepEarliest(users, edge.memberId, Math.max(groupSince, edge.addedAt));
    }
  }
  groups.delete(groupId);
  return { groups, users };
}

/**
 * For every user who is in at least one group: each group they belong to, directly
 * or through nesting, with the time they became a member of it.
 */
export function groupsOfEachUser(edges: readonly GroupEdge[] | GroupGraph): Map<string, Reached> {
  const graph = asGroupGraph(edges);
  // Many users share the same direct groups; walk up from each group only once.
  const ancestorsOf = new Map<string, Reached>();
  const result = new Map<string, Reached>();
  for (const [userId, directEdges] of graph.groupsOfUser) {
    const groups: Reached = new Map();
    for (const edge of directEdges) {
      let ancestors = ancestorsOf.get(edge.groupId);
      if (!ancestors) {
        ancestors = earliestReach(edge.groupId, graph.parentGroups, (parent) => parent.groupId);
        ancestorsOf.set(edge.groupId, ancestors);
      }
      for (const [ancestor, nestedSince] of ancestors) {
        keepEarliest(groups, ancestor, Math.max(edge.addedAt, nestedSince));
      }
    }
    result.set(userId, groups);
  }
  return result;
}

/**
 * The earliest time each group is reachable from `start` along `next` edges, where
 * a path's time is its latest edge. `start` itself is reached at -Infinity.
 *
 * Label-correcting search: a group is queued again only when its time improves.
 * Times only take values from the finite set of edge times, so it ends even if the
 * stored data holds a cycle that should never have been accepted.
 */
function earliestReach(start: string, next: ReadonlyMap<string, readonly GroupEdge[]>, endOf: (edge: GroupEdge) => string): Reached {
  const reached: Reached = new Map([[start, -Infinity]]);
  const pending = [start];
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    const currentSince = reached.get(current) ?? -Infinity;
    for (const edge of next.get(current) ?? []) {
      const target = endOf(edge);
      if (keepEarliest(reached, target, Math.max(currentSince, edge.addedAt))) pending.push(target);
    }
  }
  return reached;
}

/** Records `time` for `key` if it is earlier than what is there; says whether it was. */
function keepEarliest(times: Reached, key: string, time: number): boolean {
  const known = times.get(key);
  if (known !== undefined && known <= time) return false;
  times.set(key, time);
  return true;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isEdgeList(edges: readonly GroupEdge[] | GroupGraph): edges is readonly GroupEdge[] {
  return Array.isArray(edges);
}

/** The groups `groupId` is inside at any depth (its parents, their parents…), not itself. */
export function ancestorGroups(edges: readonly GroupEdge[] | GroupGraph, groupId: string): string[] {
  const reached = earliestReach(groupId, asGroupGraph(edges).parentGroups, (parent) => parent.groupId);
  reached.delete(groupId);
  return [...reached.keys()];
}
