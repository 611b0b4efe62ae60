/** A product the organization holds that grants the app module a request asks for. */
export interface GrantingProduct {
  planId: string;
  name: string;
  /** Seats nobody holds: purchased minus assigned, never below zero. */
  freeSeats: number;
  waitingRoom: 'off' | 'automatic' | 'manual';
}

/** Only products whose licenses work (active, or in their grace period) can take a new holder. */
export const isUsableState = (state: string) => state === 'active' || state === 'warning';

export const freeSeatsOf = (product: { purchased: number; assigned: number }) => Math.max(0, product.purchased - product.assigned);

/**
 * The product approving a request assigns when the admin does not pick one: the first (by name)
 * with a free seat. Undefined when none has a free seat — the approval cannot go through.
 */
export function productToApprove(products: readonly GrantingProduct[]): GrantingProduct | undefined {
  return [...products].sort((a, b) => a.name.localeCompare(b.name)).find((p) => p.freeSeats > 0);
}

/**
 * Why a request cannot be approved now, in a sentence for the admin; null when it can.
 * Names plans, never app module keys, and says where to go instead: the waiting room, or more licenses.
 */
export function approvalBlocker(appName: string, products: readonly GrantingProduct[]): string | null {
  if (productToApprove(products)) return null;
  if (products.length === 0) return `Your organization holds no license that grants ${appName}. Ask its publisher for licenses, then approve.`;
  const names = products.map((p) => p.name).join(', ');
  const room = products.find((p) => p.waitingRoom !== 'off');
  if (room?.waitingRoom === 'automatic') return `No seat of ${names} is free. The requester waits in the waiting room of ${room.name} and gets the next seat freed; or buy more licenses.`;
  if (room) return `No seat of ${names} is free. The requester waits in the waiting room of ${room.name}: give them the next seat freed there, or buy more licenses.`;
  return `No seat of ${names} is free. Unassign someone or buy more licenses from the publisher, then approve.`;
}
