import type { Scope } from './actor.js';
import type { Rule } from './rules.js';

/**
 * What an action requires. `tenant: 'own'` actions act inside one tenant named
 * by the request; the caller must belong to it (checked first, answered 404
 * so other tenants' data is not even confirmed to exist). `tenant: 'caller'`
 * actions act inside the caller's own tenant without naming it, as Microsoft
 * Graph's URLs do. `tenant: 'none'` actions are about the caller themself or
 * the whole platform.
 */
export interface Policy {
  tenant: 'own' | 'caller' | 'none';
  scope: Scope;
  rule: Rule;
  /** Said in the 403 when the rule fails, e.g. "a Global or User admin". */
  requirement: string;
}

export const definePolicies = <T extends Record<string, Policy>>(policies: T): T => policies;
