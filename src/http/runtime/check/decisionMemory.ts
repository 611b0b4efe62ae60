/**
 * Serialized check results remembered per runtime key's publisher, tenant,
 * app module and user, for one generation of the entitlement index — the
 * batch check's counterpart of AnswerMemory (which remembers whole single-check
 * answers by their request bytes). A batch mixes many checks; each is
 * answered once per generation and afterwards costs three map lookups and a
 * copy of its bytes, so a thousand-check batch is mostly JSON parsing.
 *
 * Any change to the index forgets everything (`useGeneration`), so a
 * remembered result is never older than what the index would answer.
 */
export interface RememberedDecision {
  /** The result as the route's serializer writes it, as UTF-8 bytes ready to copy into an answer. */
  readonly bytes: Buffer;
  /** The decision code's position in DECISION_CODES, for the decision counters. */
  readonly codeIndex: number;
}

type ByUser = Map<string, RememberedDecision>;
type ByAppModule = Map<string, ByUser>;
type ByTenant = Map<string, ByAppModule>;

export class DecisionMemory {
  private readonly byPublisher = new Map<string, ByTenant>();
  private count = 0;
  private generation = -1;

  /** At most this many results; past it, all are forgotten and remembering starts over. */
  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.count;
  }

  useGeneration(generation: number): void {
    if (generation === this.generation) return;
    this.byPublisher.clear();
    this.count = 0;
    this.generation = generation;
  }

  get(publisherTenantId: string, tenantId: string, appModule: string, user: string): RememberedDecision | undefined {
    return this.byPublisher.get(publisherTenantId)?.get(tenantId)?.get(appModule)?.get(user);
  }

  remember(publisherTenantId: string, tenantId: string, appModule: string, user: string, decision: RememberedDecision): void {
    if (this.count >= this.capacity) {
      this.byPublisher.clear();
      this.count = 0;
    }
    let tenants = this.byPublisher.get(publisherTenantId);
    if (!tenants) this.byPublisher.set(publisherTenantId, (tenants = new Map()));
    let modules = tenants.get(tenantId);
    if (!modules) tenants.set(tenantId, (modules = new Map()));
    let users = modules.get(appModule);
    if (!users) modules.set(appModule, (users = new Map()));
    if (!users.has(user)) this.count++;
    users.set(user, decision);
  }
}
