import { DomainError } from '../domain/problems.js';
import type { Actor, Scope } from './actor.js';
import { authorize } from './authorize.js';
import { POLICIES, type Action } from './index.js';

export const ACTIONS = Object.keys(POLICIES) as Action[];

export interface Ability {
  /** Whether this caller may do it in their own tenant, as authorize() would decide. */
  allowed: boolean;
  /** Who may, e.g. "a Global or Billing admin of a publisher tenant". */
  requirement: string;
  /** The API token scope it needs. */
  scope: Scope;
}

/**
 * What the caller may do in their own tenant, action by action, decided by the
 * same authorize() the routes call: clients show or hide what a user may do
 * from this answer instead of keeping their own copy of the policy matrix.
 */
export function abilitiesOf(actor: Actor): Record<Action, Ability> {
  const abilities = {} as Record<Action, Ability>;
  for (const action of ACTIONS) {
    const policy = POLICIES[action];
    let allowed = true;
    try {
      authorize(actor, action, { tenantId: actor.tenantId });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      allowed = false;
    }
    abilities[action] = { allowed, requirement: policy.requirement, scope: policy.scope };
  }
  return abilities;
}
