import type { EntitlementIndex, IndexedAppModule, ProductEntry, UserEntry } from './entitlementIndex.js';

/**
 * What one publisher's apps need to decide licenses themselves (the SDK's
 * local mode), read from the in-memory index as the messages of the runtime
 * stream. Only the publisher's own app modules, the tenants that installed one
 * of its offers, and in them the users and the products of the plans its
 * modules require: nothing of another publisher or of other tenants.
 *
 * Messages are state, not deltas: each says what something is now, so sending
 * one twice, or after a snapshot that already showed it, is harmless.
 *
 * - `modules` {modules}: the publisher's app modules (replace all).
 * - `tenant` {tenantId, installedOffers}: a tenant starts (or starts over): forget what was known of it.
 * - `users` {tenantId, users: [[id, upn, displayName, enabled]…], removed?: [id…]}: users as they are now.
 * - `product` {tenantId, planId, serviceId, state, holders: [id…], beyond: [id…]}: one product's state and
 *   every seat (holders hold an active seat, beyond are entitled beyond the seat count); `removed: true` when gone.
 * - `holders` {tenantId, planId, holders, beyond}: more seats of the product just sent (large products come in parts).
 * - `installs` {tenantId, installedOffers}: which of the publisher's offers the tenant installed.
 * - `tenant.removed` {tenantId}: the tenant no longer concerns the publisher (uninstalled, deleted).
 */
export type StreamMessage = readonly [event: string, data: Record<string, unknown>];

/** Items per message, so no message is large (a tenant of 200,000 users is 100 messages). */
export const CHUNK = 2_000;

export interface PublisherScope {
  publisherTenantId: string;
  modules: IndexedAppModule[];
  offers: Set<string>;
  serviceIds: Set<string>;
}

export function scopeOf(index: EntitlementIndex, publisherTenantId: string): PublisherScope {
  const modules = index.publisherModules(publisherTenantId);
  return {
    publisherTenantId,
    modules,
    offers: new Set(modules.map((m) => m.offerId)),
    serviceIds: new Set(modules.flatMap((m) => m.requiredPlans.map((p) => p.serviceId))),
  };
}

export function isVisible(index: EntitlementIndex, scope: PublisherScope, tenantId: string): boolean {
  const tenant = index.tenantState(tenantId);
  if (!tenant) return false;
  for (const offer of scope.offers) if (tenant.installedOffers.has(offer)) return true;
  return false;
}

export function visibleTenants(index: EntitlementIndex, scope: PublisherScope): string[] {
  const visible: string[] = [];
  for (const tenantId of index.tenantIds()) if (isVisible(index, scope, tenantId)) visible.push(tenantId);
  return visible;
}

export function modulesMessage(scope: PublisherScope): StreamMessage {
  return [
    'modules',
    {
      modules: scope.modules.map((m) => ({ uniqueName: m.uniqueName, displayName: m.displayName, offerId: m.offerId, requiredPlans: m.requiredPlans })),
    },
  ];
}

function installedOffers(index: EntitlementIndex, scope: PublisherScope, tenantId: string): string[] {
  const tenant = index.tenantState(tenantId);
  return tenant ? [...scope.offers].filter((offer) => tenant.installedOffers.has(offer)) : [];
}

export function installsMessage(index: EntitlementIndex, scope: PublisherScope, tenantId: string): StreamMessage {
  return ['installs', { tenantId, installedOffers: installedOffers(index, scope, tenantId) }];
}

const userRow = (user: UserEntry) => [user.userId, user.userPrincipalName, user.displayName, user.enabled];

/** Everything of one tenant, in parts: `tenant`, then its users and products. */
export function* tenantMessages(index: EntitlementIndex, scope: PublisherScope, tenantId: string): Generator<StreamMessage> {
  const tenant = index.tenantState(tenantId);
  yield ['tenant', { tenantId, installedOffers: installedOffers(index, scope, tenantId) }];
  if (!tenant) return;
  let users: unknown[] = [];
  for (const user of tenant.usersById.values()) {
    users.push(userRow(user));
    if (users.length === CHUNK) {
      yield ['users', { tenantId, users }];
      users = [];
    }
  }
  if (users.length) yield ['users', { tenantId, users }];
  for (const [planId, product] of tenant.products) {
    if (scope.serviceIds.has(product.serviceId)) yield* productParts(tenantId, planId, product);
  }
}

function* productParts(tenantId: string, planId: string, product: ProductEntry): Generator<StreamMessage> {
  let holders: string[] = [];
  let beyond: string[] = [];
  let first = true;
  const part = (): StreamMessage =>
    first ? ['product', { tenantId, planId, serviceId: product.serviceId, state: product.state, holders, beyond }] : ['holders', { tenantId, planId, holders, beyond }];
  for (const user of product.holders) {
    const seat = user.holdings.find((h) => h.product === product);
    if (!seat) continue;
    (seat.seatState === 'active' ? holders : beyond).push(user.userId);
    if (holders.length + beyond.length === CHUNK) {
      yield part();
      first = false;
      holders = [];
      beyond = [];
    }
  }
  if (first || holders.length || beyond.length) yield part();
}

export function* productMessages(index: EntitlementIndex, scope: PublisherScope, tenantId: string, planId: string): Generator<StreamMessage> {
  const serviceId = index.serviceIdOfPlan(planId);
  if (!serviceId || !scope.serviceIds.has(serviceId)) return;
  const product = index.tenantState(tenantId)?.products.get(planId);
  if (!product) yield ['product', { tenantId, planId, serviceId, removed: true }];
  else yield* productParts(tenantId, planId, product);
}

export function* usersMessages(index: EntitlementIndex, tenantId: string, userIds: readonly string[]): Generator<StreamMessage> {
  const tenant = index.tenantState(tenantId);
  const users: unknown[] = [];
  const removed: string[] = [];
  for (const id of userIds) {
    const user = tenant?.usersById.get(id);
    if (user) users.push(userRow(user));
    else removed.push(id);
  }
  yield ['users', { tenantId, users, ...(removed.length ? { removed } : {}) }];
}
