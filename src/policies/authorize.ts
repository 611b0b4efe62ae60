import { DomainError, forbidden, notFound, unauthorized } from '../domain/problems.js';
import type { Actor } from './actor.js';
import { POLICIES, type Action } from './index.js';
import { grantTenantScope, type TenantScope } from './tenantScope.js';
import { assertSignInComplete } from './signInState.js';

export interface AuthorizeTarget {
  /** The tenant the request acts in; required by `tenant: 'own'` actions. */
  tenantId?: string;
}

/**
 * The one place that decides whether a caller may do something. Order:
 * signed in → same tenant (404 otherwise) → token scope → role rule.
 * Returns the tenant scope the store needs for tenant actions.
 */
export function authorize(actor: Actor | null, action: Action, target: AuthorizeTarget = {}): TenantScope | null {
  const policy = POLICIES[action];
  if (!actor) throw unauthorized();
  assertSignInComplete(actor);
  if (policy.tenant === 'own') {
    if (!target.tenantId) throw new DomainError(400, 'Invalid request', 'The tenant is missing from the request');
    if (target.tenantId.toLowerCase() !== actor.tenantId) throw notFound(`Tenant ${target.tenantId}`);
  }
  if (actor.scopes && !actor.scopes.has(policy.scope)) {
    throw forbidden(`This API token lacks the "${policy.scope}" scope needed for ${action}`);
  }
  if (action === 'apiToken.manage' && actor.via === 'token') {
    throw forbidden('API tokens can only be managed from a signed-in session');
  }
  if (!policy.rule(actor)) throw forbidden(`Only ${policy.requirement} may do this (${action})`);
  return policy.tenant === 'none' ? null : grantTenantScope(actor.tenantId);
}
