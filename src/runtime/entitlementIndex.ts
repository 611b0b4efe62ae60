import { decideLicense, type AppModuleInfo, type Decision, type PlanHolding } from '../domain/licenses/decision.js';
import type { LicenseState } from '../domain/licenses/lifecycle.js';
import type { SeatState } from '../domain/seats/seatAllocation.js';

/**
 * What every user may run, held in memory so a license check never touches
 * the database. Loaded at start, then kept current by the changes commands
 * record (see entitlementChanges.ts). A product's state lives in one object
 * every holder points at, so a deal entering its grace period is one
 * assignment, not one per user.
 *
 * Compact by design (a million users must fit in well under a gigabyte): a
 * user is one small object whose holdings are a short array (most users hold
 * one to three plans) rather than a Map, users holding nothing share one empty
 * array, and a product lists its holders in a plain array.
 */

export interface RequiredPlan {
  serviceId: string;
  displayName: string;
  moreInfoUrl: string;
}

export interface IndexedAppModule extends AppModuleInfo {
  offerId: string;
  publisherTenantId: string;
  requiredPlans: readonly RequiredPlan[];
}

export class ProductEntry {
  /** Users holding a seat (active or not), so replacing a product touches only them. */
  holders: UserEntry[] = [];
  /** A seat carries nothing of its user: every holder in one seat state shares one Holding. */
  private readonly seats = new Map<SeatState, Holding>();
  constructor(
    readonly serviceId: string,
    public state: LicenseState,
    /** The plan's id (products are keyed by it in their tenant), for usage records. */
    readonly planId: string,
  ) {}

  seat(seatState: SeatState): Holding {
    let holding = this.seats.get(seatState);
    if (!holding) this.seats.set(seatState, (holding = new Holding(seatState, this)));
    return holding;
  }
}

/** A seat of one plan in one seat state; its license state reads through to the product. */
class Holding implements PlanHolding {
  constructor(
    readonly seatState: SeatState,
    readonly product: ProductEntry,
  ) {}
  get licenseState(): LicenseState {
    return this.product.state;
  }
}

const NO_HOLDINGS: readonly Holding[] = Object.freeze([]) as readonly Holding[];

export class UserEntry {
  /** At most one per Service ID; NO_HOLDINGS (shared) until the first seat. */
  holdings: readonly Holding[] = NO_HOLDINGS;
  constructor(
    readonly userId: string,
    public userPrincipalName: string,
    public displayName: string,
    public enabled: boolean,
  ) {}

  holding(serviceId: string): Holding | undefined {
    const holdings = this.holdings;
    for (let i = 0; i < holdings.length; i++) {
      const holding = holdings[i]!;
      if (holding.product.serviceId === serviceId) return holding;
    }
    return undefined;
  }

  /** Adds a seat, replacing the one of the same Service ID (as a map by Service ID would). */
  hold(holding: Holding): void {
    const serviceId = holding.product.serviceId;
    const holdings = this.holdings;
    for (let i = 0; i < holdings.length; i++) {
      if (holdings[i]!.product.serviceId === serviceId) {
        const copy = holdings.slice();
        copy[i] = holding;
        this.holdings = copy;
        return;
      }
    }
    this.holdings = holdings.length === 0 ? [holding] : [...holdings, holding];
  }

  /** Drops the seat of this product, if it is still the one held. */
  release(product: ProductEntry): void {
    const holdings = this.holdings;
    for (let i = 0; i < holdings.length; i++) {
      if (holdings[i]!.product === product) {
        this.holdings = holdings.length === 1 ? NO_HOLDINGS : holdings.filter((_, j) => j !== i);
        return;
      }
    }
  }
}

/**
 * The user's holdings as the decision function reads them (by Service ID).
 * One instance, pointed at the user being checked: a check is synchronous and
 * decideLicense keeps nothing, so no per-check allocation is needed.
 */
class HoldingsView implements ReadonlyMap<string, PlanHolding> {
  user: UserEntry | undefined;
  get(serviceId: string): PlanHolding | undefined {
    return this.user?.holding(serviceId);
  }
  has(serviceId: string): boolean {
    return this.get(serviceId) !== undefined;
  }
  get size(): number {
    return this.user?.holdings.length ?? 0;
  }
  *entries(): MapIterator<[string, PlanHolding]> {
    for (const holding of this.user?.holdings ?? NO_HOLDINGS) yield [holding.product.serviceId, holding];
  }
  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }
  *values(): MapIterator<PlanHolding> {
    for (const [, value] of this.entries()) yield value;
  }
  [Symbol.iterator](): MapIterator<[string, PlanHolding]> {
    return this.entries();
  }
  forEach(callback: (value: PlanHolding, key: string, map: ReadonlyMap<string, PlanHolding>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
const view = new HoldingsView();

/** Which plans the tenant being checked holds licenses of, for the refusal's wording; one instance, like HoldingsView. */
class TenantPlansView {
  tenant: TenantEntry | undefined;
  readonly holds = (serviceId: string): boolean => {
    for (const product of this.tenant?.products.values() ?? []) if (product.serviceId === serviceId && product.state !== 'removed') return true;
    return false;
  };
}
const tenantPlans = new TenantPlansView();

/** What the SDK stream reads of a tenant. */
export interface TenantState {
  readonly usersById: ReadonlyMap<string, UserEntry>;
  readonly products: ReadonlyMap<string, ProductEntry>;
  readonly installedOffers: ReadonlySet<string>;
}

class TenantEntry {
  readonly usersById = new Map<string, UserEntry>();
  readonly usersByName = new Map<string, UserEntry>();
  /** plan id → product */
  readonly products = new Map<string, ProductEntry>();
  installedOffers = new Set<string>();
}

export interface IndexedUser {
  userId: string;
  userPrincipalName: string;
  displayName: string;
  enabled: boolean;
}

export interface IndexedHolding {
  userId: string;
  state: SeatState;
}

/**
 * Generations count across every index of the process, so an index rebuilt
 * from scratch and swapped in never repeats a generation an answer was
 * remembered under.
 */
let lastGeneration = 0;
const nextGeneration = () => ++lastGeneration;

export class EntitlementIndex {
  private readonly tenants = new Map<string, TenantEntry>();
  private appModules = new Map<string, IndexedAppModule>();
  /** plan id → service id, for every plan of every published offer. */
  private planServiceIds = new Map<string, string>();
  /** Goes up with every change, so answers remembered from an older generation are known to be stale. */
  generation = nextGeneration();

  /** The decision for one check; pure lookups plus decideLicense. */
  check(tenantId: string, user: string, appModuleName: string): Decision & { appModule: IndexedAppModule | undefined } {
    const appModule = this.appModules.get(appModuleName);
    const tenant = this.tenants.get(tenantId);
    const entry = tenant ? (tenant.usersById.get(user) ?? tenant.usersByName.get(user.toLowerCase())) : undefined;
    view.user = entry;
    tenantPlans.tenant = tenant;
    try {
      const decision = decideLicense({
        requestedUser: user,
        requestedAppModule: appModuleName,
        appModule,
        installed: Boolean(appModule && tenant?.installedOffers.has(appModule.offerId)),
        user: entry,
        holdings: view,
        tenantHolds: tenantPlans.holds,
      });
      return Object.assign(decision, { appModule });
    } finally {
      view.user = undefined;
      tenantPlans.tenant = undefined;
    }
  }

  /**
   * The usage record key of a licensed check: the tenant, the user's id and the
   * ids of the plans (products) whose seats granted it — what the usage
   * recorder aggregates (seatUsage.ts). Undefined when no seat granted it.
   * Computed once per remembered answer, not per check.
   */
  usageKey(tenantId: string, user: string, serviceIds: readonly string[]): string | undefined {
    if (serviceIds.length === 0) return undefined;
    const entry = this.findUser(tenantId, user);
    if (!entry) return undefined;
    let key = `${tenantId} ${entry.userId}`;
    let plans = 0;
    for (const serviceId of serviceIds) {
      const holding = entry.holding(serviceId);
      if (holding) {
        key += ` ${holding.product.planId}`;
        plans++;
      }
    }
    return plans > 0 ? key : undefined;
  }

  appModule(uniqueName: string): IndexedAppModule | undefined {
    return this.appModules.get(uniqueName);
  }

  /** Every app module of the offers installed in the tenant (My apps); not for the hot path. */
  installedAppModules(tenantId: string): IndexedAppModule[] {
    const installed = this.tenants.get(tenantId)?.installedOffers;
    if (!installed || installed.size === 0) return [];
    return [...this.appModules.values()].filter((m) => installed.has(m.offerId));
  }

  isInstalled(tenantId: string, offerId: string): boolean {
    return this.tenants.get(tenantId)?.installedOffers.has(offerId) ?? false;
  }

  findUser(tenantId: string, user: string): UserEntry | undefined {
    const tenant = this.tenants.get(tenantId);
    return tenant?.usersById.get(user) ?? tenant?.usersByName.get(user.toLowerCase());
  }

  // ---- reads for the SDK stream (publisherView.ts) ------------------------------------

  /** Every app module of one publisher's published offers. */
  publisherModules(publisherTenantId: string): IndexedAppModule[] {
    return [...this.appModules.values()].filter((m) => m.publisherTenantId === publisherTenantId);
  }

  /** The Service ID of a plan of a published offer. */
  serviceIdOfPlan(planId: string): string | undefined {
    return this.planServiceIds.get(planId);
  }

  tenantIds(): IterableIterator<string> {
    return this.tenants.keys();
  }

  /** A tenant's users, seats and installs as they are now (read-only; undefined when unknown). */
  tenantState(tenantId: string): TenantState | undefined {
    return this.tenants.get(tenantId);
  }

  stats() {
    let users = 0;
    for (const tenant of this.tenants.values()) users += tenant.usersById.size;
    return { tenants: this.tenants.size, users, appModules: this.appModules.size };
  }

  // ---- updates, called by the loader -------------------------------------------------

  replaceCatalog(modules: IndexedAppModule[], planServiceIds: Map<string, string>): void {
    this.generation = nextGeneration();
    this.appModules = new Map(modules.map((m) => [m.uniqueName, m]));
    this.planServiceIds = planServiceIds;
  }

  replaceInstalls(tenantId: string, offerIds: Iterable<string>): void {
    this.generation = nextGeneration();
    this.tenant(tenantId).installedOffers = new Set(offerIds);
  }

  upsertUsers(tenantId: string, users: IndexedUser[]): void {
    this.generation = nextGeneration();
    const tenant = this.tenant(tenantId);
    for (const user of users) {
      const existing = tenant.usersById.get(user.userId);
      if (existing) {
        if (existing.userPrincipalName !== user.userPrincipalName) tenant.usersByName.delete(existing.userPrincipalName.toLowerCase());
        existing.userPrincipalName = user.userPrincipalName;
        existing.displayName = user.displayName;
        existing.enabled = user.enabled;
        tenant.usersByName.set(user.userPrincipalName.toLowerCase(), existing);
      } else {
        const entry = new UserEntry(user.userId, user.userPrincipalName, user.displayName, user.enabled);
        tenant.usersById.set(user.userId, entry);
        tenant.usersByName.set(user.userPrincipalName.toLowerCase(), entry);
      }
    }
  }

  removeUsers(tenantId: string, userIds: Iterable<string>): void {
    this.generation = nextGeneration();
    const tenant = this.tenants.get(tenantId);
    if (!tenant) return;
    const removed = new Set<UserEntry>();
    const products = new Set<ProductEntry>();
    for (const userId of userIds) {
      const entry = tenant.usersById.get(userId);
      if (!entry) continue;
      tenant.usersById.delete(userId);
      tenant.usersByName.delete(entry.userPrincipalName.toLowerCase());
      removed.add(entry);
      for (const holding of entry.holdings) products.add(holding.product);
    }
    for (const product of products) product.holders = product.holders.filter((user) => !removed.has(user));
  }

  removeTenant(tenantId: string): void {
    this.generation = nextGeneration();
    this.tenants.delete(tenantId);
  }

  /** An empty index sharing this one's catalog, to load a tenant into before swapping it in. */
  scratch(): EntitlementIndex {
    const scratch = new EntitlementIndex();
    scratch.appModules = this.appModules;
    scratch.planServiceIds = this.planServiceIds;
    return scratch;
  }

  /** Takes a tenant loaded into a scratch index, in one step, so no check sees it half-loaded. */
  adoptTenant(tenantId: string, from: EntitlementIndex): void {
    this.generation = nextGeneration();
    const loaded = from.tenants.get(tenantId);
    if (loaded) this.tenants.set(tenantId, loaded);
    else this.tenants.delete(tenantId);
  }

  /** Replaces every seat of one product (tenant + plan) and its state. */
  replaceProduct(tenantId: string, planId: string, state: LicenseState | null, holdings: IndexedHolding[]): void {
    this.generation = nextGeneration();
    const tenant = this.tenant(tenantId);
    const serviceId = this.planServiceIds.get(planId);
    const previous = tenant.products.get(planId);
    if (previous) {
      for (const user of previous.holders) user.release(previous);
      tenant.products.delete(planId);
    }
    if (!serviceId || state === null) return;
    this.addProductHoldings(tenantId, planId, state, holdings);
  }

  /** Bulk load: add seats without clearing (the loader fills an empty tenant). */
  addProductHoldings(tenantId: string, planId: string, state: LicenseState, holdings: IndexedHolding[]): void {
    this.generation = nextGeneration();
    const serviceId = this.planServiceIds.get(planId);
    if (!serviceId) return;
    const tenant = this.tenant(tenantId);
    let product = tenant.products.get(planId);
    if (!product) tenant.products.set(planId, (product = new ProductEntry(serviceId, state, planId)));
    for (const holding of holdings) this.addHolding(tenant, product, holding.userId, holding.state);
  }

  /** Bulk load, one seat at a time (no array per row). */
  addProductHolding(tenantId: string, planId: string, state: LicenseState, userId: string, seatState: SeatState): void {
    this.generation = nextGeneration();
    const serviceId = this.planServiceIds.get(planId);
    if (!serviceId) return;
    const tenant = this.tenant(tenantId);
    let product = tenant.products.get(planId);
    if (!product) tenant.products.set(planId, (product = new ProductEntry(serviceId, state, planId)));
    this.addHolding(tenant, product, userId, seatState);
  }

  private addHolding(tenant: TenantEntry, product: ProductEntry, userId: string, seatState: SeatState): void {
    const user = tenant.usersById.get(userId);
    if (!user) return;
    user.hold(product.seat(seatState));
    product.holders.push(user);
  }

  setProductState(tenantId: string, planId: string, state: LicenseState): void {
    this.generation = nextGeneration();
    const product = this.tenants.get(tenantId)?.products.get(planId);
    if (product) product.state = state;
  }

  private tenant(tenantId: string): TenantEntry {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) this.tenants.set(tenantId, (tenant = new TenantEntry()));
    return tenant;
  }
}
