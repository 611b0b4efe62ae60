/** Nested security groups form a directed graph that must stay acyclic. */
export interface GroupEdge {
  parentId: string;
  childId: string;
}

/**
 * Would making `childId` a member of `parentId` close a loop? It would if the
 * parent is already reachable from the child (or they are the same group).
 * Returns the loop as a path of group ids for the error message, or null.
 */
export function findCycle(edges: readonly GroupEdge[], parentId: string, childId: string): string[] | null {
  if (parentId === childId) return [parentId, parentId];
  const children = new Map<string, string[]>();
  for (const e of edges) {
    const list = children.get(e.parentId);
    if (list) list.push(e.childId);
    else children.set(e.parentId, [e.childId]);
  }
  const cameFrom = new Map<string, string>();
  const queue = [childId];
  const seen = new Set(queue);
  while (queue.length) {
    const current = queue.shift()!;
    if (current === parentId) {
      const path = [current];
      for (let step = current; step !== childId; ) {
        step = cameFrom.get(step)!;
        path.unshift(step);
      }
      return [parentId, ...path];
    }
    for (const next of children.get(current) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        cameFrom.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}
