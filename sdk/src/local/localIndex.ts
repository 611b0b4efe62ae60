import { decideLicense, type AppModuleInfo, type Decision, type PlanHolding } from './decision.js';
import type { LicenseState, SeatState } from './decisionTypes.js';
import type { RequiredPlan } from '../types.js';

/**
 * The SDK's copy of what the publisher's apps need to decide, built from the
 * runtime stream's snapshot and kept current by its state messages (the
 * server's src/runtime/publisherView.ts describes them). Laid out like the
 * server's entitlement index — a user is one small object with a short array
 * of holdings, a product's state is one object its holders point at — and
 * decided with the server's own decision function (decision.ts, a copy).
 */
export interface LocalAppModule extends AppModuleInfo {
  offerId: string;
  requiredPlans: readonly RequiredPlan[];
}

class LocalProduct {
  holders: LocalUser[] = [];
  readonly active: LocalHolding;
  readonly beyond: LocalHolding;
  constructor(
    readonly serviceId: string,
    public state: LicenseState,
  ) {
    this.active = new LocalHolding('active', this);
    this.beyond = new LocalHolding('not_enough_licenses', this);
  }
}

class LocalHolding implements PlanHolding {
  constructor(
    readonly seatState: SeatState,
    readonly product: LocalProduct,
  ) {}
  get licenseState(): LicenseState {
    return this.product.state;
  }
}

const NO_HOLDINGS: readonly LocalHolding[] = Object.freeze([]) as readonly LocalHolding[];

class LocalUser {
  holdings: readonly LocalHolding[] = NO_HOLDINGS;
  constructor(
    readonly userId: string,
    public userPrincipalName: string,
    public displayName: string,
    public enabled: boolean,
  ) {}
  holding(serviceId: string): LocalHolding | undefined {
    const holdings = this.holdings;
    for (let i = 0; i < holdings.length; i++) if (holdings[i]!.product.serviceId === serviceId) return holdings[i];
    return undefined;
  }
  hold(holding: LocalHolding): void {
    const holdings = this.holdings;
    for (let i = 0; i < holdings.length; i++) {
      if (holdings[i]!.product.serviceId === holding.product.serviceId) {
        const copy = holdings.slice();
        copy[i] = holding;
        this.holdings = copy;
        return;
      }
    }
    this.holdings = holdings.length === 0 ? [holding] : [...holdings, holding];
  }
  release(product: LocalProduct): void {
    const holdings = this.holdings;
    for (let i = 0; i < holdings.length; i++) {
      if (holdings[i]!.product === product) {
        this.holdings = holdings.length === 1 ? NO_HOLDINGS : holdings.filter((_, j) => j !== i);
        return;
      }
    }
  }
}

class LocalTenant {
  readonly usersById = new Map<string, LocalUser>();
  readonly usersByName = new Map<string, LocalUser>();
  readonly products = new Map<string, LocalProduct>();
  constructor(public installedOffers: Set<string>) {}
}

/** One view object for the decision function, pointed at the user being decided (a decision is synchronous). */
class HoldingsView {
  user: LocalUser | undefined;
  get(serviceId: string): PlanHolding | undefined {
    return this.user?.holding(serviceId);
  }
}

type Row = [string, string, string, boolean];
type Data = Record<string, any>;

/** A decision made, with the app module it was made for (its required plans go into the answer). */
interface Remembered {
  decision: Decision;
  appModule: LocalAppModule | undefined;
}

/** Past this many remembered decisions, all are forgotten and remembering starts over. */
const REMEMBER_AT_MOST = 100_000;

export class LocalIndex {
  private modules = new Map<string, LocalAppModule>();
  private readonly tenants = new Map<string, LocalTenant>();
  private readonly view = new HoldingsView();
  private tenantBeingDecided: LocalTenant | undefined;
  private readonly tenantHolds = (serviceId: string): boolean => {
    for (const product of this.tenantBeingDecided?.products.values() ?? []) if (product.serviceId === serviceId && product.state !== 'removed') return true;
    return false;
  };

  /** The app module of the last decision (so a decision allocates nothing beyond its result). */
  lastAppModule: LocalAppModule | undefined;

  /**
   * Decisions made since the last state message, by app module, tenant and user as asked: between two
   * changes the same question gets the same answer, and apps ask the same ones over and over. The
   * server remembers its answers the same way (src/http/runtime/check/answerMemory.ts). A decision
   * from memory costs a few small lookups instead of the directory's, which miss the CPU's caches
   * in a large directory (bench/README.md, "SDK local decisions").
   */
  private remembered = new Map<string, Map<string, Map<string, Remembered>>>();
  private rememberedCount = 0;

  decide(tenantId: string, user: string, appModuleName: string): Decision {
    const known = this.remembered.get(appModuleName)?.get(tenantId)?.get(user);
    if (known) {
      this.lastAppModule = known.appModule;
      return known.decision;
    }
    const decision = this.decideNow(tenantId, user, appModuleName);
    this.remember(tenantId, user, appModuleName, { decision, appModule: this.lastAppModule });
    return decision;
  }

  private remember(tenantId: string, user: string, appModuleName: string, remembered: Remembered): void {
    if (this.rememberedCount >= REMEMBER_AT_MOST) this.forget();
    let byTenant = this.remembered.get(appModuleName);
    if (!byTenant) this.remembered.set(appModuleName, (byTenant = new Map()));
    let byUser = byTenant.get(tenantId);
    if (!byUser) byTenant.set(tenantId, (byUser = new Map()));
    byUser.set(user, remembered);
    this.rememberedCount++;
  }

  private forget(): void {
    if (this.rememberedCount === 0) return;
    this.remembered = new Map();
    this.rememberedCount = 0;
  }

  private decideNow(tenantId: string, user: string, appModuleName: string): Decision {
    const appModule = this.modules.get(appModuleName);
    const tenant = this.tenants.get(tenantId) ?? this.tenants.get(tenantId.toLowerCase());
    const entry = tenant ? (tenant.usersById.get(user) ?? tenant.usersByName.get(user.toLowerCase())) : undefined;
    this.view.user = entry;
    this.tenantBeingDecided = tenant;
    this.lastAppModule = appModule;
    const decision = decideLicense({
      requestedUser: user,
      requestedAppModule: appModuleName,
      appModule,
      installed: appModule !== undefined && tenant !== undefined && tenant.installedOffers.has(appModule.offerId),
      user: entry,
      holdings: this.view as unknown as ReadonlyMap<string, PlanHolding>,
      tenantHolds: this.tenantHolds,
    });
    this.view.user = undefined;
    this.tenantBeingDecided = undefined;
    return decision;
  }

  stats(): { tenants: number; users: number; appModules: number } {
    let users = 0;
    for (const tenant of this.tenants.values()) users += tenant.usersById.size;
    return { tenants: this.tenants.size, users, appModules: this.modules.size };
  }

  /** Applies one state message of the stream (`snapshot` and `ready` are the decider's). */
  apply(event: string, data: Data): void {
    // Every state message may change an answer; `revision` only says how far the feed has come.
    if (event !== 'revision') this.forget();
    switch (event) {
      case 'snapshot':
      case 'modules':
        this.modules = new Map(
          (data.modules as Data[]).map((m) => [
            m.uniqueName as string,
            {
              uniqueName: m.uniqueName,
              displayName: m.displayName,
              offerId: m.offerId,
              requiredPlans: m.requiredPlans,
              requiredServiceIds: (m.requiredPlans as RequiredPlan[]).map((p) => p.serviceId),
              requiredPlanDisplayNames: (m.requiredPlans as RequiredPlan[]).map((p) => p.displayName),
            },
          ]),
        );
        return;
      case 'tenant':
        this.tenants.set(data.tenantId, new LocalTenant(new Set(data.installedOffers)));
        return;
      case 'tenant.removed':
        this.tenants.delete(data.tenantId);
        return;
      case 'installs': {
        const tenant = this.tenants.get(data.tenantId);
        if (tenant) tenant.installedOffers = new Set(data.installedOffers);
        return;
      }
      case 'users':
        return this.users(data.tenantId, data.users as Row[], (data.removed as string[] | undefined) ?? []);
      case 'product':
        return this.product(data);
      case 'holders': {
        const tenant = this.tenants.get(data.tenantId);
        const product = tenant?.products.get(data.planId);
        if (tenant && product) this.addHolders(tenant, product, data.holders, data.beyond);
        return;
      }
      default:
        return; // `revision`, and events of newer servers this SDK does not know
    }
  }

  private users(tenantId: string, rows: Row[], removed: string[]): void {
    const tenant = this.tenants.get(tenantId);
    if (!tenant) return;
    for (const [userId, userPrincipalName, displayName, enabled] of rows) {
      const existing = tenant.usersById.get(userId);
      if (existing) {
        if (existing.userPrincipalName !== userPrincipalName) tenant.usersByName.delete(existing.userPrincipalName.toLowerCase());
        existing.userPrincipalName = userPrincipalName;
        existing.displayName = displayName;
        existing.enabled = enabled;
        tenant.usersByName.set(userPrincipalName.toLowerCase(), existing);
      } else {
        const user = new LocalUser(userId, userPrincipalName, displayName, enabled);
        tenant.usersById.set(userId, user);
        tenant.usersByName.set(userPrincipalName.toLowerCase(), user);
      }
    }
    if (!removed.length) return;
    const gone = new Set<LocalUser>();
    for (const userId of removed) {
      const user = tenant.usersById.get(userId);
      if (!user) continue;
      tenant.usersById.delete(userId);
      tenant.usersByName.delete(user.userPrincipalName.toLowerCase());
      gone.add(user);
    }
    for (const product of tenant.products.values()) if (product.holders.some((u) => gone.has(u))) product.holders = product.holders.filter((u) => !gone.has(u));
  }

  private product(data: Data): void {
    const tenant = this.tenants.get(data.tenantId);
    if (!tenant) return;
    const previous = tenant.products.get(data.planId);
    if (previous) {
      for (const user of previous.holders) user.release(previous);
      tenant.products.delete(data.planId);
    }
    if (data.removed) return;
    const product = new LocalProduct(data.serviceId, data.state);
    tenant.products.set(data.planId, product);
    this.addHolders(tenant, product, data.holders, data.beyond);
  }

  private addHolders(tenant: LocalTenant, product: LocalProduct, holders: string[], beyond: string[]): void {
    for (const [ids, holding] of [
      [holders, product.active],
      [beyond, product.beyond],
    ] as const) {
      for (const id of ids) {
        const user = tenant.usersById.get(id);
        if (!user) continue;
        user.hold(holding);
        product.holders.push(user);
      }
    }
  }
}
