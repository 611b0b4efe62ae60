import { forbidden } from '../domain/problems.js';
import type { Role } from '../domain/identity/roles.js';

/** What a tenant is to the platform; only the operator's own is special here. */
type TenantKind = 'operator' | 'publisher' | 'customer';
import { ADMIN_ROLES, type Actor } from './actor.js';

/**
 * What one admin does to one person of the directory. The route-level policy
 * (`user.write`, `user.roles`) only knows the caller; these rules also weigh
 * whom the action is aimed at, as Entra ID does: a User admin manages people
 * without admin roles, only a Global admin acts on another admin, and the
 * operator's own tenant is managed by operators only.
 */
export const USER_TARGET_ACTIONS = [
  'user.update',
  'user.resetPassword',
  'user.enable',
  'user.disable',
  'user.delete',
  'user.setRoles',
  'user.resetMfa',
] as const;
export type UserTargetAction = (typeof USER_TARGET_ACTIONS)[number];

export interface UserTarget {
  roles: readonly Role[];
  /** The kind of the tenant both of them are in (the tenant check ran first). */
  tenantKind: TenantKind;
}

const VERB: Record<UserTargetAction, string> = {
  'user.update': 'change the profile of',
  'user.resetPassword': 'reset the password of',
  'user.enable': 'enable',
  'user.disable': 'disable',
  'user.delete': 'delete',
  'user.setRoles': 'change the roles of',
  'user.resetMfa': 'reset multi-factor authentication of',
};

export const isAdmin = (roles: Iterable<Role>) => [...roles].some((role) => role === 'operator' || ADMIN_ROLES.includes(role));

/** Why this actor may not do this to this target, or null when they may. */
export function userTargetProblem(actor: Actor, action: UserTargetAction, target: UserTarget): string | null {
  const operator = actor.roles.has('operator');
  if (target.tenantKind === 'operator' && !operator) return "Only platform operators manage the operator's tenant";
  if (target.roles.includes('operator') && !operator) return `Only a platform operator may ${VERB[action]} an operator`;
  const globalAdmin = actor.roles.has('global_admin');
  if (action === 'user.setRoles' && !globalAdmin) return 'Only a Global admin may change roles';
  if (isAdmin(target.roles) && !globalAdmin) return `Only a Global admin may ${VERB[action]} an admin`;
  if (!globalAdmin && !actor.roles.has('user_admin')) return `Only a Global admin or a User admin may ${VERB[action]} a user`;
  return null;
}

/** Which roles this actor may hand out in this tenant, or why not. */
export function roleGrantProblem(actor: Actor, roles: readonly Role[], tenantKind: TenantKind): string | null {
  if (!roles.length) return null;
  if (!actor.roles.has('global_admin')) return 'Only a Global admin may give admin roles';
  if (roles.includes('operator') && (tenantKind !== 'operator' || !actor.roles.has('operator'))) {
    return "Only a platform operator may make someone an operator, and only in the operator's tenant";
  }
  return null;
}

export function authorizeUserTarget(actor: Actor, action: UserTargetAction, target: UserTarget): void {
  const problem = userTargetProblem(actor, action, target);
  if (problem) throw forbidden(problem);
}

export function authorizeRoleGrant(actor: Actor, roles: readonly Role[], tenantKind: TenantKind): void {
  const problem = roleGrantProblem(actor, roles, tenantKind);
  if (problem) throw forbidden(problem);
}
