import { forbidden } from '../../../domain/problems.js';
import type { Actor } from '../../../policies/actor.js';
import type { EntitlementIndex, IndexedAppModule, RequiredPlan } from '../../../runtime/entitlementIndex.js';
import type { CheckInput } from './schema.js';

const NO_PLANS: RequiredPlan[] = [];

/**
 * The runtime check: answered from the in-memory entitlement index, never the
 * database. A runtime key may only ask about its own publisher's app modules,
 * and learns nothing about tenants that have not installed the app: those all
 * answer APP_NOT_INSTALLED, whether or not the tenant or user exists.
 * Shared by the Fastify routes and the fast path (fastPath.ts).
 */
export function answerCheck(index: EntitlementIndex, actor: Actor, check: CheckInput) {
  const result = index.check(check.tenantId, check.user, check.appModule);
  assertOwnApp(actor, result.appModule);
  return {
    licensed: result.licensed,
    code: result.code,
    detail: result.detail,
    plans: result.plans as string[],
    // The index's own (never mutated) array: the serializer only reads it.
    requiredPlans: (result.appModule?.requiredPlans ?? NO_PLANS) as RequiredPlan[],
  };
}

function assertOwnApp(actor: Actor, appModule: IndexedAppModule | undefined) {
  if (appModule && appModule.publisherTenantId !== actor.tenantId) {
    throw forbidden(`App module ${appModule.uniqueName} belongs to another publisher; use that publisher's runtime key`);
  }
}
