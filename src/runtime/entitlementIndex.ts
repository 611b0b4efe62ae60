import { decideLicense, type AppModuleInfo, type Decision, type PlanHolding } from '../domain/licenses/decision.js';
import type { LicenseState } from '../domain/licenses/lifecycle.js';
import type { SeatState } from '../domain/seats/seatAllocation.js';

/**
 * What every user may run, held in memory so a license check never touches
 * the database. Loaded at start, then kept current by the changes commands
 * record (see entitlementChanges.ts). Plain maps and shared objects: a
 * product's state lives in one object every holder points at, so a deal
 * entering its grace period is one assignment, not one per user.
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

export interface ProductEntry {
  serviceId: string;
  state: LicenseState;
  /** Users holding a seat (active or not), so replacing a product touches only them. */
  holders: Set<UserEntry>;
}

/** A user's seat of one plan; its license state reads through to the product. */
class Holding implements PlanHolding {
  constructor(
    public seatState: SeatState,
    readonly product: ProductEntry,
  ) {}
  get licenseState(): LicenseState {
    return this.product.state;
  }
}

export interface UserEntry {
  userId: string;
  userPrincipalName: string;
  displayName: string;
  enabled: boolean;
  holdings: Map<string, Holding>;
}

const NO_HOLDINGS: ReadonlyMap<string, PlanHolding> = new Map();

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

export class EntitlementIndex {
  private readonly tenants = new Map<string, TenantEntry>();
  private appModules = new Map<string, IndexedAppModule>();
  /** plan id → service id, for every plan of every published offer. */
  private planServiceIds = new Map<string, string>();

  /** The decision for one check; pure lookups plus decideLicense. */
  check(tenantId: string, user: string, appModuleName: string): Decision & { appModule: IndexedAppModule | undefined } {
    const appModule = this.appModules.get(appModuleName);
    const tenant = this.tenants.get(tenantId);
    const entry = tenant ? (tenant.usersById.get(user) ?? tenant.usersByName.get(user.toLowerCase())) : undefined;
    const decision = decideLicense({
      requestedUser: user,
      requestedAppModule: appModuleName,
      appModule,
      installed: Boolean(appModule && tenant?.installedOffers.has(appModule.offerId)),
      user: entry,
      holdings: entry?.holdings ?? NO_HOLDINGS,
    });
    return Object.assign(decision, { appModule });
  }

  appModule(uniqueName: string): IndexedAppModule | undefined {
    return this.appModules.get(uniqueName);
  }

  isInstalled(tenantId: string, offerId: string): boolean {
    return this.tenants.get(tenantId)?.installedOffers.has(offerId) ?? false;
  }

  findUser(tenantId: string, user: string): UserEntry | undefined {
    const tenant = this.tenants.get(tenantId);
    return tenant?.usersById.get(user) ?? tenant?.usersByName.get(user.toLowerCase());
  }

  stats() {
    let users = 0;
    for (const tenant of this.tenants.values()) users += tenant.usersById.size;
    return { tenants: this.tenants.size, users, appModules: this.appModules.size };
  }

  // ---- updates, called by the loader -------------------------------------------------

  replaceCatalog(modules: IndexedAppModule[], planServiceIds: Map<string, string>): void {
    this.appModules = new Map(modules.map((m) => [m.uniqueName, m]));
    this.planServiceIds = planServiceIds;
  }

  replaceInstalls(tenantId: string, offerIds: Iterable<string>): void {
    this.tenant(tenantId).installedOffers = new Set(offerIds);
  }

  upsertUsers(tenantId: string, users: IndexedUser[]): void {
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
        const entry: UserEntry = { ...user, holdings: new Map() };
        tenant.usersById.set(user.userId, entry);
        tenant.usersByName.set(user.userPrincipalName.toLowerCase(), entry);
      }
    }
  }

  removeUsers(tenantId: string, userIds: Iterable<string>): void {
    const tenant = this.tenants.get(tenantId);
    if (!tenant) return;
    for (const userId of userIds) {
      const entry = tenant.usersById.get(userId);
      if (!entry) continue;
      tenant.usersById.delete(userId);
      tenant.usersByName.delete(entry.userPrincipalName.toLowerCase());
      for (const holding of entry.holdings.values()) holding.product.holders.delete(entry);
    }
  }

  removeTenant(tenantId: string): void {
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
    const loaded = from.tenants.get(tenantId);
    if (loaded) this.tenants.set(tenantId, loaded);
    else this.tenants.delete(tenantId);
  }

  /** Replaces every seat of one product (tenant + plan) and its state. */
  replaceProduct(tenantId: string, planId: string, state: LicenseState | null, holdings: IndexedHolding[]): void {
    const tenant = this.tenant(tenantId);
    const serviceId = this.planServiceIds.get(planId);
    const previous = tenant.products.get(planId);
    if (previous) {
      for (const user of previous.holders) {
        if (user.holdings.get(previous.serviceId)?.product === previous) user.holdings.delete(previous.serviceId);
      }
      tenant.products.delete(planId);
    }
    if (!serviceId || state === null) return;
    this.addProductHoldings(tenantId, planId, state, holdings);
  }

  /** Bulk load: add seats without clearing (the loader fills an empty tenant). */
  addProductHoldings(tenantId: string, planId: string, state: LicenseState, holdings: IndexedHolding[]): void {
    const serviceId = this.planServiceIds.get(planId);
    if (!serviceId) return;
    const tenant = this.tenant(tenantId);
    let product = tenant.products.get(planId);
    if (!product) tenant.products.set(planId, (product = { serviceId, state, holders: new Set() }));
    for (const holding of holdings) {
      const user = tenant.usersById.get(holding.userId);
      if (!user) continue;
      user.holdings.set(serviceId, new Holding(holding.state, product));
      product.holders.add(user);
    }
  }

  setProductState(tenantId: string, planId: string, state: LicenseState): void {
    const product = this.tenants.get(tenantId)?.products.get(planId);
    if (product) product.state = state;
  }

  private tenant(tenantId: string): TenantEntry {
    let tenant = this.tenants.get(tenantId);
    if (!tenant) this.tenants.set(tenantId, (tenant = new TenantEntry()));
    return tenant;
  }
}
